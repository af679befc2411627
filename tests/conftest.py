"""Shared test fixtures: the real UN archive lives in ../shared/data."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from peacekeeping.sources.pdftext import Pdf
from peacekeeping.sources.reports.model import ParsedReport

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
REPORTS = DATA / "contributions" / "monthly-reports"


def report(label: str) -> Path:
    """The archive's report file for a label such as '2022_06'."""
    return REPORTS / f"UN_country_contributions_{label}.pdf"


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    if not REPORTS.is_dir():
        pytest.fail(f"the real archive is missing: {REPORTS}")
    return REPORTS


@pytest.fixture(scope="session")
def archive(reports_dir, tmp_path_factory):
    """The whole real archive ingested once: (store path, ingest summary)."""
    from peacekeeping.ingest import ingest

    db = tmp_path_factory.mktemp("archive") / "archive.duckdb"
    summary = ingest([reports_dir], db, workers=2)
    return db, summary


@pytest.fixture()
def con(archive):
    """A read-only connection to the archive store."""
    from peacekeeping import store

    connection = store.connect(archive[0])
    yield connection
    connection.close()


@cache
def parse_with(layout: ModuleType, label: str) -> ParsedReport:
    """A report of the archive parsed by one layout module (not reconciled), cached across tests."""
    with Pdf(report(label)) as pdf:
        return layout.parse(pdf)


@pytest.fixture(scope="session")
def full_store(archive, tmp_path_factory):
    """The archive store plus the fatalities register (both releases) and the mission list."""
    import shutil

    from peacekeeping.ingest import ingest

    db = tmp_path_factory.mktemp("full") / "full.duckdb"
    shutil.copyfile(archive[0], db)
    summary = ingest([DATA / "fatalities", DATA / "datahub", DATA / "missions"], db)
    return db, summary


@pytest.fixture()
def fcon(full_store):
    """A read-only connection to the store with reports, fatalities and missions."""
    from peacekeeping import store

    connection = store.connect(full_store[0])
    yield connection
    connection.close()
