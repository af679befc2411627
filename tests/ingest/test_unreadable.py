"""Nothing skipped without a word (issue 28.1): every file or folder that `ingest` or `update` cannot read is an error
naming it, one line, exit 1, the store unchanged. Real `peacekeeping` processes run as an unprivileged user (mode 000
does not stop root), in a folder of their own under /tmp."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures import small

CLI = Path(sys.executable).parent / "peacekeeping"
SETPRIV = shutil.which("setpriv")
MIRROR = {"DPO-UCHISTORICAL": small.HISTORICAL_FILE, "DPPADPOSS-FATALITIES": small.FATALITIES_FILE}

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.skipif(
        os.name == "posix" and os.geteuid() == 0 and SETPRIV is None,
        reason="running as root and no setpriv to drop privileges: mode 000 would not stop reads",
    ),
]


def _as_user(args: list[str], home: Path) -> subprocess.CompletedProcess:
    """`peacekeeping ARGS` as an unprivileged user (nobody when the tests run as root)."""
    prefix = [SETPRIV, "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home)}
    return subprocess.run([*prefix, str(CLI), *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture()
def place(small_inputs, small_store) -> Iterator[Path]:
    """A folder the unprivileged user owns: parent/{a,b} with three reports each, mirror/ with two datasets, and a
    copy of the small store (which holds all six reports) as s.duckdb."""
    root = Path(tempfile.mkdtemp(prefix="pk-unreadable-"))
    try:
        reports = sorted((small_inputs / "reports").iterdir())
        for folder, part in (("a", reports[:3]), ("b", reports[3:])):
            (root / "parent" / folder).mkdir(parents=True)
            for path in part:
                shutil.copyfile(path, root / "parent" / folder / path.name)
        (root / "mirror").mkdir()
        for dataset_id, name in MIRROR.items():
            shutil.copyfile(small_inputs / "datasets" / name, root / "mirror" / f"{dataset_id}.csv")
        shutil.copyfile(small_store[0], root / "s.duckdb")
        if os.geteuid() == 0:
            for path in [root, *root.rglob("*")]:
                os.chown(path, 65534, 65534)
        yield root
    finally:
        for path in [root, *root.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(root)


def _fails(place: Path, args: list[str]) -> str:
    """The command fails with one line and exit 1, the store byte-identical: that line."""
    db = place / "s.duckdb"
    before = db.read_bytes()
    result = _as_user([*args, "--db", str(db)], place)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    return result.stderr.strip()


def test_the_unprivileged_user_can_ingest_the_place(place):
    """The setting works: with everything readable, the ingest runs (the six reports are stored already)."""
    result = _as_user(["ingest", str(place / "parent"), "--db", str(place / "s.duckdb")], place)
    assert result.returncode == 0, result.stderr
    assert "0 reports and 0 datasets ingested, 0 skipped, 6 unchanged" in result.stdout


def test_an_unreadable_subfolder_is_an_error_naming_it(place):
    (place / "parent" / "b").chmod(0)
    message = _fails(place, ["ingest", str(place / "parent")])
    assert message == f"Error: {place / 'parent' / 'b'}: cannot read this folder (Permission denied)"


def test_an_unreadable_report_in_a_folder_is_an_error_naming_it(place):
    report = next((place / "parent" / "b").iterdir())
    report.chmod(0)
    message = _fails(place, ["ingest", str(place / "parent")])
    assert message == f"Error: {report}: cannot read this file (Permission denied)"


def test_an_unreadable_file_named_directly_is_an_error_naming_it(place):
    report = next((place / "parent" / "a").iterdir())
    report.chmod(0)
    message = _fails(place, ["ingest", str(report)])
    assert message == f"Error: {report}: cannot read this file (Permission denied)"


def test_a_folder_inside_an_unreadable_one_is_not_said_to_be_missing(place):
    (place / "parent").chmod(0)
    message = _fails(place, ["ingest", str(place / "parent" / "a")])
    assert message == f"Error: {place / 'parent' / 'a'}: cannot read it (Permission denied)"


def test_an_unreadable_dataset_of_a_mirror_is_an_error_naming_it(place):
    dataset = place / "mirror" / "DPPADPOSS-FATALITIES.csv"
    dataset.chmod(0)
    message = _fails(place, ["update", "--from", str(place / "mirror"), "--datasets", "DPPADPOSS-FATALITIES"])
    assert message == f"Error: {dataset}: cannot read this file (Permission denied)"


def test_an_unreadable_mirror_is_an_error_naming_it(place):
    (place / "mirror").chmod(0)
    message = _fails(place, ["update", "--from", str(place / "mirror"), "--datasets", "DPPADPOSS-FATALITIES"])
    assert message == f"Error: {place / 'mirror'}: cannot read this folder (Permission denied)"


def test_a_mirror_inside_an_unreadable_folder_is_not_said_to_be_missing(place):
    inner = place / "mirror" / "inner"
    inner.mkdir()
    if os.geteuid() == 0:
        os.chown(inner, 65534, 65534)
    (place / "mirror").chmod(0)
    message = _fails(place, ["update", "--from", str(inner)])
    assert message == f"Error: {inner}: cannot read it (Permission denied)"
