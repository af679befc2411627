"""Shared test fixtures.

Two sources of data:
- the real UN archive in ../shared/data: tests that read it are marked `archive` (one ingest of the whole archive,
  about 10 s, is shared by them, and by every xdist worker of the run);
- synthetic inputs made in code (tests/fixtures/): one small report per layout and a small store of a few months and
  tiny Data Hub files, ingested in about a second. `pytest -m "not archive"` runs on these alone, without ../shared.

Hypothesis runs derandomized (the "tests" profile): the same examples on every run. PEACEKEEPING_HYPOTHESIS=random
draws fresh ones; benchmarks/fuzz.py runs the fuzz properties for longer with fresh seeds.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from filelock import FileLock
from hypothesis import settings

from peacekeeping.errors import ReportError
from peacekeeping.sources.pdftext import Pdf
from peacekeeping.sources.reports import parse_report
from peacekeeping.sources.reports.model import ParsedReport, Row

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DATA = ROOT.parent / "shared" / "data"
REPORTS = DATA / "contributions" / "monthly-reports"

settings.register_profile("tests", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("random", derandomize=False, database=None, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("PEACEKEEPING_HYPOTHESIS", "tests"))

# Fixtures that read the real archive: a test using any of them must be marked `archive`.
ARCHIVE_FIXTURES = frozenset(
    {"reports_dir", "archive", "archive_con", "full_store", "full_con", "history_store", "history_con"}
)


def pytest_collection_modifyitems(config, items):
    unmarked = [
        item.nodeid
        for item in items
        if ARCHIVE_FIXTURES & set(getattr(item, "fixturenames", ())) and not item.get_closest_marker("archive")
    ]
    if unmarked:
        raise pytest.UsageError(
            "tests that use the real archive must be marked @pytest.mark.archive: " + ", ".join(unmarked)
        )
    # The archive's tests last: xdist hands each worker a run of tests, so one ingests the archive while the other
    # runs tests of synthetic inputs, instead of both waiting for it at the start.
    items.sort(key=lambda item: item.get_closest_marker("archive") is not None)


def under_ci() -> bool:
    """Whether CI is set: there, nothing the tests need may be missing."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


ARCHIVE_MISSING = f"the real archive is missing: {DATA}"
archive_left_out = pytest.StashKey[bool]()


def pytest_configure(config):
    """Without the archive, a newcomer's `pytest` leaves its tests out (and says so once); under CI it is an error."""
    if DATA.is_dir() or config.option.markexpr:
        return
    if under_ci():
        raise pytest.UsageError(f"{ARCHIVE_MISSING} (CI is set, so the archive's tests must run)")
    config.option.markexpr = "not archive"
    config.stash[archive_left_out] = True


def pytest_terminal_summary(terminalreporter, config):
    if config.stash.get(archive_left_out, False):
        terminalreporter.write_line(
            f"the tests marked `archive` were left out: {ARCHIVE_MISSING}; put the archive "
            "there to run them (README, Tests)",
            yellow=True,
        )


def pytest_runtest_setup(item):
    if item.get_closest_marker("archive") and not DATA.is_dir():
        pytest.fail(f"{ARCHIVE_MISSING} (run `pytest -m 'not archive'` without it)", pytrace=False)


def report(label: str) -> Path:
    """The archive's report file for a label such as '2022_06'."""
    return REPORTS / f"UN_country_contributions_{label}.pdf"


def reports_of(*years: int) -> list[Path]:
    """The archive's report files of these years, in order: a real ingest of some seconds, for tests that interrupt
    or race one (2020-2022: 35 reports of three layouts, parsed in about 4 s in two workers)."""
    return sorted(p for p in REPORTS.glob("*.pdf") if int(p.stem.split("_")[-2]) in years)


# Peru's peacekeepers who died up to 12 October 2022, as (mission, year), in the register's release of 2025-04-04
PERU_DEATHS_TO_2022_10_12 = [
    ("MINUSCA", 2019),
    ("MINUSCA", 2021),
    ("MINUSTAH", 2016),
    ("ONUMOZ", 1993),
    ("UNEF", 1974),
    ("UNEF", 1974),
    ("UNEF", 1974),
    ("UNVMC", 2019),
]


# ------------------------------------------------------------------------------------------------ the real archive


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    if not REPORTS.is_dir():
        pytest.fail(f"the real archive is missing: {REPORTS}")
    return REPORTS


def built_once(tmp_path_factory, name: str, build: Callable[[Path], object]) -> tuple[Path, object]:
    """(folder, what build returned): `build` fills the folder once per run, whichever xdist worker asks first;
    the others wait for it and share the result. Read only what it made: copy a store before writing to it."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder, result = root / name, root / f"{name}.pickle"
    with FileLock(root / f"{name}.lock"):
        if not result.exists():
            folder.mkdir(exist_ok=True)
            result.write_bytes(pickle.dumps(build(folder)))
    return folder, pickle.loads(result.read_bytes())


@pytest.fixture(scope="session")
def archive(reports_dir, tmp_path_factory):
    """The whole real archive ingested once: (store path, ingest summary)."""
    from peacekeeping.ingest import ingest

    folder, summary = built_once(
        tmp_path_factory, "archive", lambda folder: ingest([reports_dir], folder / "archive.duckdb", workers=2)
    )
    return folder / "archive.duckdb", summary


@pytest.fixture()
def archive_con(archive):
    """A read-only connection to the archive store."""
    from peacekeeping import store

    connection = store.connect(archive[0])
    yield connection
    connection.close()


@cache
def parsed_report(label: str) -> ParsedReport:
    """A report of the archive as `parse_report` gives it (detected, parsed, reconciled), parsed once a session."""
    return parse_report(report(label))


def rows_in(rows: list[Row], country: str, mission: str) -> list[Row]:
    """A country's rows in one mission, in print order."""
    return [r for r in rows if r.country == country and r.mission == mission]


@cache
def parse_with(layout: ModuleType, label: str) -> ParsedReport:
    """A report of the archive parsed by one layout module, cached across tests: the session's parse of the file
    (parsed_report) when it is of that layout, so that each report is parsed once, not once per test module."""
    try:
        parsed = parsed_report(label)
    except ReportError:
        parsed = None
    if parsed is not None and parsed.layout == layout.NAME:
        return parsed
    with Pdf(report(label)) as pdf:
        return layout.parse(pdf)


def built_from(tmp_path_factory, base: Path, name: str, paths: list[Path]) -> tuple[Path, object]:
    """(store path, ingest summary): a copy of the store `base` with `paths` ingested into it, built once per run."""
    import shutil

    from peacekeeping.ingest import ingest

    def build(folder: Path):
        shutil.copyfile(base, folder / f"{name}.duckdb")
        return ingest(paths, folder / f"{name}.duckdb")

    folder, summary = built_once(tmp_path_factory, name, build)
    return folder / f"{name}.duckdb", summary


@pytest.fixture(scope="session")
def full_store(archive, tmp_path_factory):
    """The archive store plus the fatalities register (both releases) and the mission list."""
    return built_from(tmp_path_factory, archive[0], "full", [DATA / "fatalities", DATA / "datahub", DATA / "missions"])


@pytest.fixture(scope="session")
def history_store(full_store, tmp_path_factory):
    """The full store plus IPI's research dataset (1990-2014, ../shared/data/history/ipi), built once; a store of
    its own, so that the other archive tests keep a calendar that starts in 2015."""
    return built_from(tmp_path_factory, full_store[0], "history", [DATA / "history" / "ipi"])


@pytest.fixture()
def history_con(history_store):
    """A read-only connection to the store with IPI's history."""
    from peacekeeping import store

    connection = store.connect(history_store[0])
    yield connection
    connection.close()


@pytest.fixture()
def full_con(full_store):
    """A read-only connection to the store with reports, fatalities and missions."""
    from peacekeeping import store

    connection = store.connect(full_store[0])
    yield connection
    connection.close()


# ------------------------------------------------------------------------------------------------ synthetic inputs


@pytest.fixture(scope="session")
def synthetic_reports(tmp_path_factory) -> dict[str, Path]:
    """One synthetic report per layout (and variant), written once: key -> path (see fixtures/layouts.py)."""
    from fixtures.layouts import build_all

    return build_all(tmp_path_factory.mktemp("synthetic-reports"))


@pytest.fixture(scope="session")
def small_inputs(tmp_path_factory) -> Path:
    """The small store's input files: reports/ (six months) and datasets/ (see fixtures/small.py)."""
    from fixtures import small

    return small.build(tmp_path_factory.mktemp("small-inputs"))


@pytest.fixture(scope="session")
def small_store(small_inputs, tmp_path_factory):
    """The small store ingested once: (store path, ingest summary). Never write to it: copy it first."""
    from peacekeeping.ingest import ingest

    db = tmp_path_factory.mktemp("small") / "small.duckdb"
    summary = ingest([small_inputs], db)
    return db, summary


@pytest.fixture(scope="session")
def ipi_folder(tmp_path_factory) -> Path:
    """A tiny copy of IPI's files (see fixtures/ipi.py)."""
    from fixtures import ipi

    return ipi.build(tmp_path_factory.mktemp("ipi") / "ipi")


@pytest.fixture(scope="session")
def small_history(small_store, ipi_folder, tmp_path_factory):
    """The small store plus the tiny copy of IPI's files: (store path, ingest summary). Never write to it."""
    import shutil

    from peacekeeping.ingest import ingest

    db = tmp_path_factory.mktemp("small-history") / "history.duckdb"
    shutil.copyfile(small_store[0], db)
    return db, ingest([ipi_folder], db)


@pytest.fixture()
def small_copy(tmp_path, small_store) -> Path:
    """A copy of the small store, in a folder of its own, for a test to write to."""
    import shutil

    path = tmp_path / "store" / "s.duckdb"
    path.parent.mkdir()
    shutil.copyfile(small_store[0], path)
    return path


def web_client(db: Path):
    """A test client of the web app over the store at `db`, whose store is closed afterwards (a fixture yields from
    it)."""
    from fastapi.testclient import TestClient

    from peacekeeping.web.app import create_app

    app = create_app(db)
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


@pytest.fixture()
def small_con(small_store):
    """A read-only connection to the small store."""
    from peacekeeping import store

    connection = store.connect(small_store[0])
    yield connection
    connection.close()
