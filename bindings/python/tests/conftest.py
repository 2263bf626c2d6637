import json
import os
import pathlib

import pytest

ROOT = pathlib.Path(os.environ.get("CITELIB_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[3]))
SEED = ROOT / "examples" / "north-korea-peru"


@pytest.fixture(scope="session")
def seed_text():
    return (SEED / "north-korea-peru.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads((SEED / "north-korea-peru.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def root():
    return ROOT
