import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli():
    exe = os.environ.get("CITELIB_CLI") or str(ROOT / "build" / "citelib")
    assert pathlib.Path(exe).exists(), f"citelib CLI not built at {exe}"

    def run(*args, stdin=None, check_rc=None):
        p = subprocess.run([exe, *map(str, args)], input=stdin, capture_output=True)
        if check_rc is not None:
            assert p.returncode == check_rc, (p.returncode, p.stderr.decode(errors="replace"))
        return p

    return run


@pytest.fixture(scope="session")
def root():
    return ROOT
