"""The reviewed corrections applied at every ingest: `cells` (the contributions as corrected, printed values kept
beside them) and `notes` (every known doubt about a figure, from the quality flags and the reviews, scoped to the
cells it touches)."""

from __future__ import annotations

import json

import duckdb

from ..harmonize import corrections
from ..harmonize.corrections import Review
from ..wording import flag_notes

CELLS = """
INSERT INTO cells
SELECT c.as_of, c.mission, c.iso3, c.personnel_type, c.male, c.female, c.total, c.report, c.page, c.line,
       c.iso3, c.male, c.female, c.country_printed, c.mission_printed, c.type_printed, NULL
FROM contributions c JOIN reports r ON r.as_of = c.as_of AND r.status = 'ingested' AND (r.file = c.report OR
    r.layout = 'ipi')  -- a month of IPI's rows from many files
"""
# A reviewed row: its month must come from a report (a Data Hub month is another printing), its scope must match.
_SCOPE = (
    "strftime(as_of, '%Y-%m') = ? AND report IN (SELECT file FROM reports WHERE layout NOT IN ('datahub', "
    "'ipi')) "
    "AND (? IS NULL OR printed_iso3 = ?) AND (? IS NULL OR mission = ?) AND (? IS NULL OR personnel_type = ?)"
)
_MOVE = f"UPDATE cells SET iso3 = ?, review_line = ? WHERE {_SCOPE}"
_SEX = f"UPDATE cells SET female = ?, male = total - ?, review_line = ? WHERE {_SCOPE} AND printed_female = ?"

_UNRELIABLE_FLAGS = {"sex_split_flip": "sex", "total_jump": "total", "ipi_sex_total": "total"}
_NOTE_FLAGS = {
    "source_disagreement": "total",
    "ranking_mismatch": "rank",
    "inferred_date": "date",
    "no_printed_totals": "total",
    "carried_forward": "source",
    "ipi_no_breakdown": "source",
    "ipi_disagreement": "total",
}


def _scope(r: Review) -> list:
    return [r.month, r.iso3, r.iso3, r.mission, r.mission, r.personnel_type, r.personnel_type]


def apply(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild `cells` from the contributions with every reviewed correction applied."""
    con.execute("DELETE FROM cells")
    con.execute(CELLS)
    for r in corrections.reviews():
        if r.moves_to:
            con.execute(_MOVE, [r.moves_to, r.line, *_scope(r)])
        elif r.field == "sex" and r.status == "corrected":
            con.execute(_SEX, [int(r.corrected), int(r.corrected), r.line, *_scope(r), int(r.printed)])


def _flag_text(kind: str, iso3: str | None, mission: str | None, ptype: str | None, detail: str) -> str:
    """What a reader of a figure is told about a flag that no reviewer has decided on yet (the API's English)."""
    return flag_notes.sentence(kind, iso3, mission, ptype, detail)


# flag kind -> what bounds its error over the flagged cells, and the column its country is in
_CELL_BOUNDS = {
    "sex_split_flip": ("sum(total)", "printed_iso3"),
    "ipi_sex_total": ("abs(sum(male) + sum(female) - sum(total))", "iso3"),
}


def _flag_bound(kind: str, con: duckdb.DuckDBPyConnection, flag: tuple) -> int | None:
    """By how many people a flagged figure may be off: all of a split by sex, or a total's distance to its
    neighbouring months' mean."""
    as_of, iso3, mission, ptype = flag[1:5]
    if kind in _CELL_BOUNDS:
        measure, country = _CELL_BOUNDS[kind]
        return con.execute(
            f"SELECT {measure} FROM cells WHERE as_of = ? AND {country} = ? AND mission IS NOT DISTINCT FROM ? "
            "AND personnel_type = ?",
            [as_of, iso3, mission, ptype],
        ).fetchone()[0]
    if kind == "total_jump":
        totals = con.execute(
            "(SELECT total FROM country_months WHERE iso3 = ? AND as_of < ? ORDER BY as_of DESC LIMIT 1) UNION ALL "
            "(SELECT total FROM country_months WHERE iso3 = ? AND as_of > ? ORDER BY as_of LIMIT 1)",
            [iso3, as_of, iso3, as_of],
        ).fetchall()
        now = con.execute("SELECT total FROM country_months WHERE iso3 = ? AND as_of = ?", [iso3, as_of]).fetchone()
        if now and totals:
            return round(abs(now[0] - sum(t for (t,) in totals) / len(totals)))
    return None


def _resolves(r: Review, flag: tuple) -> bool:
    """Whether a review decides on a flag: same month, overlapping scope, the same kind of figure."""
    kind, as_of, iso3, mission, ptype = flag[:5]
    related = {
        "sex": ("sex_split_flip",),
        "total": ("total_jump", "source_disagreement"),
        "country": ("total_jump", "source_disagreement"),
    }[r.field]
    return (
        kind in related
        and f"{as_of:%Y-%m}" == r.month
        and (r.iso3 is None or iso3 is None or iso3 in (r.iso3, r.moves_to))
        and (r.mission is None or mission is None or mission == r.mission)
        and (r.personnel_type is None or ptype is None or ptype == r.personnel_type)
    )


def notes(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild `notes`: one per review that applies to a stored report month, and one per undecided flag."""
    con.execute("DELETE FROM notes")
    flags = con.execute(
        "SELECT kind, as_of, iso3, mission, personnel_type, detail, report, page FROM quality_flags "
        "ORDER BY as_of, kind, iso3, mission, personnel_type"
    ).fetchall()
    months = {
        m
        for (m,) in con.execute(
            "SELECT DISTINCT strftime(as_of, '%Y-%m') FROM reports WHERE status = 'ingested' AND layout NOT IN "
            "('datahub', 'ipi')"
        ).fetchall()
    }
    rows, decided = [], set()
    for r in corrections.reviews():
        if r.month not in months:
            continue
        resolved = [f for f in flags if _resolves(r, f)]
        decided.update(resolved)
        as_of = con.execute(
            "SELECT as_of FROM reports WHERE status = 'ingested' AND layout NOT IN ('datahub', 'ipi') "
            "AND "
            "strftime(as_of, '%Y-%m') = ?",
            [r.month],
        ).fetchone()[0]
        listed = json.dumps([{"kind": f[0], "detail": f[5], "report": f[6], "page": f[7]} for f in resolved])
        status = "checked" if r.status == "confirmed" else r.status
        for iso3 in [r.iso3, r.moves_to] if r.moves_to else [r.iso3]:
            rows.append(
                (
                    as_of,
                    iso3,
                    r.mission,
                    r.personnel_type,
                    r.field,
                    status,
                    r.bound,
                    r.note or None,
                    r.printed or None,
                    r.corrected or None,
                    listed,
                    r.line,
                    r.evidence,
                    r.source,
                )
            )
    for f in flags:
        if f in decided:
            continue
        kind, as_of, iso3, mission, ptype, detail, report, page = f
        status = "unreliable" if kind in _UNRELIABLE_FLAGS else "note"
        field = _UNRELIABLE_FLAGS.get(kind) or _NOTE_FLAGS[kind]
        listed = json.dumps([{"kind": kind, "detail": detail, "report": report, "page": page}])
        rows.append(
            (
                as_of,
                iso3,
                mission,
                ptype,
                field,
                status,
                _flag_bound(kind, con, f),
                _flag_text(kind, iso3, mission, ptype, detail),
                None,
                None,
                listed,
                None,
                None,
                f"{report}" + (f", page {page}" if page else ""),
            )
        )
    if rows:
        con.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
