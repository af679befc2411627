"""The last small failures of the audit (issue 28.7), on real `peacekeeping ingest` processes: a full disk is said
as such (not "the store cannot be read"), a UTF-16 fatalities file is named as UTF-16 (not "not the fatalities
register"), and a 200 MB input is refused from its size, before it is read."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import reports_of

CLI = Path(sys.executable).parent / "peacekeeping"
TIME = Path("/usr/bin/time")


def ingest(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), "ingest", *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
@pytest.mark.parametrize("where", ["named", "in a folder"])
def test_a_utf16_fatalities_file_is_named_as_such(small_inputs, small_copy, tmp_path, encoding, where):
    csv = small_inputs / "datasets" / "fatalities-2025-04-04.csv"
    folder = tmp_path / "in"
    folder.mkdir()
    wide = folder / csv.name
    wide.write_bytes(csv.read_bytes().decode("utf-8-sig").encode(encoding))
    before = small_copy.read_bytes()
    run = ingest(wide if where == "named" else folder, "--db", small_copy)
    name = "UTF-32" if encoding == "utf-32" else "UTF-16"
    assert run.returncode == 1, run
    assert run.stderr == (
        f"Error: {wide if where == 'named' else folder / csv.name}: {name} text, not UTF-8: the "
        f"Data Hub's files are UTF-8 (save it as UTF-8 and ingest it again)\n"
    )
    assert small_copy.read_bytes() == before


@pytest.mark.skipif(not TIME.exists(), reason="measures the peak memory with /usr/bin/time")
@pytest.mark.parametrize("name", ["big.csv", "big.json", "big.pdf"])
def test_a_200_mb_input_is_refused_before_it_is_read(small_copy, tmp_path, name):
    big = tmp_path / name
    with open(big, "wb") as out:  # sparse: 200 MB that cost no disk
        out.write(b"Incident_Date,Mission,Type_Of_Incident\n")
        out.truncate(200_000_000)
    before = small_copy.read_bytes()
    run = subprocess.run(
        [str(TIME), "-f", "%M", str(CLI), "ingest", str(big), "--db", str(small_copy)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    said, _, peak_kb = run.stderr.splitlines()  # time's "Command exited with non-zero status 1" between
    assert run.returncode == 1
    assert said == f"Error: {big}: 200.0 MB, more than the 64 MiB an input may be (the UN's largest file is under 3 MB)"
    assert int(peak_kb) < 200_000, "the file was read"  # the command itself takes about 100 MB
    assert small_copy.read_bytes() == before


def _tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )


@pytest.mark.archive
@pytest.mark.slow
def test_a_full_disk_is_said_as_such(tmp_path, small_store):
    reports = reports_of(2020, 2022)  # 23 reports: parsed in seconds, not the archive's minute
    full = tmp_path / "full"
    if not _tmpfs(full, "3m"):
        pytest.skip("cannot mount a small tmpfs here (needs CAP_SYS_ADMIN)")
    try:
        run = ingest(*reports, "--db", full / "s.duckdb", "--workers", "2")  # a store of 3.9 MB into 3 MB
        assert run.returncode == 1, run
        assert run.stderr == f"Error: no space left on device: {full} (the store s.duckdb is unchanged)\n"
        assert [p.name for p in full.iterdir()] == [".s.duckdb.lock"]  # no temporary copy left
    finally:
        subprocess.run(["umount", str(full)], check=False)
    # a store already there, its copy filling the disk: the store stays as it was
    size = small_store[0].stat().st_size
    store = tmp_path / "half" / "t.duckdb"
    assert _tmpfs(store.parent, f"{(size + 2**20) // 1024}k")
    try:
        shutil.copyfile(small_store[0], store)
        run = ingest(*reports, "--db", store)
        assert run.returncode == 1, run
        assert run.stderr == f"Error: no space left on device: {store.parent} (the store t.duckdb is unchanged)\n"
        assert filecmp.cmp(small_store[0], store, shallow=False)
        assert sorted(p.name for p in store.parent.iterdir()) == [".t.duckdb.lock", "t.duckdb"]
    finally:
        subprocess.run(["umount", str(store.parent)], check=False)
