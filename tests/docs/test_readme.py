"""The README's examples are code: the Python block runs, the C++ block is the compiled
example, and the Quick start holds exactly two commands."""
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title):
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert m, f"README has no section {title!r}"
    return m.group(1)


def blocks(text, lang):
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_quick_start_has_exactly_two_commands():
    first = re.search(r"```\w*\n(.*?)```", section("Quick start"), re.S).group(1)
    commands = [l for l in first.splitlines() if l.strip() and not l.strip().startswith("#")]
    assert len(commands) == 2
    for c in commands:
        assert (ROOT / c.split()[0]).exists(), c


def test_python_example_runs():
    (code,) = blocks(section("Python"), "python")
    env = dict(os.environ)
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert "input-binary" in p.stdout


def test_cpp_snippet_is_the_compiled_example():
    (code,) = blocks(section("C++"), "cpp")
    example = (ROOT / "examples" / "quickstart.cpp").read_text(encoding="utf-8")
    norm = lambda text: "\n".join(l.strip() for l in text.splitlines() if l.strip())
    assert norm(code) in norm(example)


def test_rendering_example_is_the_seed_rendering():
    # The APA excerpt is copied from the rendering that ctest's seed-renderings keeps current.
    (text,) = blocks(section("Rendering with CSL styles"), "text")
    seed = (ROOT / "examples" / "north-korea-peru" / "bibliography-apa.txt").read_text(encoding="utf-8")
    lines = text.strip().splitlines()
    assert lines
    for line in lines:
        assert line in seed.splitlines(), line
