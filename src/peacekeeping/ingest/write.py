"""The one write of an ingest: new rows, then every derived table and flag recomputed, in one atomic swap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa

from .. import store
from ..errors import StoreError
from ..facts import prefixes
from ..harmonize import countries
from . import derive, history
from .datasets import Release
from .plan import Outcome
from .reports import Parsed


def write(
    db: Path, reports: list[Parsed], releases: list[Release], skipped: list[Outcome], digests_by_name: dict[str, str]
) -> None:
    """Write the parsed reports, the dataset releases and the skipped files, and recompute what derives from them."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    report_rows = [
        (
            p.file,
            p.sha256,
            p.as_of,
            p.as_of_source,
            p.created,
            p.layout,
            p.pages,
            len(p.rows),
            p.totals_checked,
            "ingested",
            None,
            now,
        )
        for p in reports
    ] + [
        (o.file, digests_by_name[o.file], o.as_of, None, None, None, None, 0, 0, "skipped", o.reason, now)
        for o in skipped
        if o.kind == "report"
    ]
    dataset_rows = [
        (r.dataset, r.release, r.file, r.sha256, r.format, len(r.rows), "ingested", None, now, r.downloaded or now)
        for r in releases
    ] + [
        (o.kind, o.as_of, o.file, digests_by_name[o.file], None, 0, "skipped", o.reason, now)
        for o in skipped
        if o.kind != "report"
    ]
    with store.writing(db) as con:
        con.execute("DELETE FROM countries")
        store.insert(con, "countries", [(c.iso3, c.m49, c.name) for c in countries.all_countries()])
        store.insert(con, "reports", report_rows)
        if reports:
            store.insert(con, "contributions", pa.concat_tables([p.rows for p in reports]))
        store.insert(con, "datasets", dataset_rows)
        for release in releases:
            if release.dataset == "fatalities":
                store.insert(con, "fatalities", release.rows)
            elif release.dataset == "latest":
                con.execute("DELETE FROM datahub_ranking WHERE as_of = ?", [release.release])
                store.insert(con, "datahub_ranking", release.rows)
            elif release.dataset in history.KINDS:
                continue
            elif _newest(con, release):
                table = {"missions": "missions", "historical": "datahub_contributions"}[release.dataset]
                con.execute(f"DELETE FROM {table}")
                store.insert(con, table, release.rows)
        _history(con, [r for r in releases if r.dataset in history.KINDS])
        derive.refresh(con)


def _underived(db: Path) -> str | None:
    """Why a current store should be derived again: it lacks the record prefixes of its generation, or None."""
    with store.connect(db) as con:
        if prefixes.stored(con):
            return None
    return f"store {db} has no record prefixes derived for its data"


def _history(con, releases: list[Release]) -> None:
    """IPI's files, kept one per name (another file of the same name replaces it), each table written at once."""
    for table in sorted(set(history.TABLES.values())):
        mine = [r for r in releases if history.TABLES[r.dataset] == table]
        if mine:
            con.execute(f"DELETE FROM {table} WHERE list_contains(?, source_file)", [[r.file for r in mine]])
            store.insert(con, table, [row for r in mine for row in r.rows])


def _newest(con, release: Release) -> bool:
    """Whether a release replaces the stored one: downloaded no earlier than every other ingested file of its
    dataset (not judged by its dates: a corrected download with earlier dates replaces one with a wrong late date)."""
    newest = con.execute(
        "SELECT max(downloaded) FROM datasets WHERE dataset = ? AND status = 'ingested' AND file <> ?",
        [release.dataset, release.file],
    ).fetchone()[0]
    return newest is None or release.downloaded is None or release.downloaded >= newest


def migrate(db: Path, wait: bool = True, waiting: Callable[[str], None] | None = None) -> str | None:
    """Rewrite a store of an older schema or other reviewed corrections, or without the record prefixes of its
    generation (written by an older peacekeeping), in place, atomically; why, or None."""
    if not db.exists():
        raise StoreError(f"no store at {db}: nothing to migrate")
    with store.writer(db, wait, waiting):
        reason = store.outdated(db) or _underived(db)
        if reason is not None:
            with store.writing(db) as con:
                derive.refresh(con)
    return reason
