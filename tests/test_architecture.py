"""The house keeps its layers: import contracts hold, and no module grows past what a reader takes in at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "peacekeeping"
LONGEST = 400  # lines a module may have


def test_the_import_contracts_hold():
    linter = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([linter], cwd=SRC.parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_module_is_longer_than_400_lines():
    sizes = {p.relative_to(SRC).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in SRC.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > LONGEST} == {}


def _layers() -> list[str]:
    """The layers of the first import contract, as pyproject.toml states them."""
    import tomllib

    config = tomllib.loads((SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"][0]["layers"]


def test_the_plan_in_the_docs_is_the_contracts():
    doc = (SRC.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    drawn = doc.split("<!-- layers: drawn from [tool.importlinter] in pyproject.toml -->\n```\n", 1)[1].split("```")[0]
    assert drawn.splitlines() == _layers()


def test_every_part_of_the_package_is_in_a_layer():
    named = {name.strip() for line in _layers() for name in line.split("|")}
    parts = {
        f"peacekeeping.{p.stem if p.is_file() else p.name}"
        for p in SRC.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    }
    assert parts - named == set()
