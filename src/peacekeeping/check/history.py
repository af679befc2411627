"""History in a published text: first deployments (checked against the reviewed table), past missions, and missions
the monthly reports do not cover (closed before the month, political missions, forces outside the UN)."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..facts.months import Month
from ..harmonize import milestones, missions
from ..wording.check_notes import first_said, said
from .binding import WORLD
from .kinds import SUPPORTED, UNCHECKABLE, Claim

_CONGO = {"COD", "COG"}


def first_deployment(claim: Claim) -> tuple[str, str | None, str]:
    """Verdict, data and note of a first-deployment claim: the reviewed table's entry, never a contradiction."""
    entry = milestones.first_deployment(claim.subject) if claim.subject not in (None, WORLD) else None
    if entry is None:
        return UNCHECKABLE, None, said("first_unlisted")
    table = {
        "what": entry.mission or entry.place_iso3 or entry.deployed,
        "year": entry.year,
        "disputed": entry.disputed.year if entry.disputed else None,
        "table": milestones.FIRST,
        "line": entry.line,
        "publisher": entry.publisher,
    }
    year = int(claim.since[:4]) if claim.since else None
    names = {entry.mission, *(missions.covers(entry.mission) if entry.mission else ())} - {None}
    where_ok = claim.mission in names if claim.mission else (claim.place is None or claim.place == entry.place_iso3)
    if {claim.place, entry.place_iso3} == _CONGO:  # ONUC's "Republic of the Congo" of 1960 is today's DR Congo
        where_ok = True
    if claim.mission and not where_ok and entry.mission:  # "UNEF" for UNEF I: the aggregate, with the year to say
        try:
            where_ok = entry.mission in missions.covers(claim.mission) and year is not None
        except missions.UnknownMission:
            pass
    year_ok = year is None or (year == entry.year and not entry.disputed)
    if year_ok and (where_ok or (claim.mission and not names)):
        return SUPPORTED, claim.value, said("first_agrees", **table)  # the data agrees: what the text says
    return UNCHECKABLE, first_said(**table), said("first_in_table", **table)


def past_mission(claim: Claim) -> tuple[str, str | None, str]:
    """A mission the text says the country served in before: history, which the monthly reports do not check."""
    return UNCHECKABLE, None, said("past_mission", words=claim.kind_words)


def _end(con: duckdb.DuckDBPyConnection, acronym: str) -> dt.date | None:
    """The day a mission closed, by the store's mission list (None: open, unknown, or no list in the store)."""
    try:
        row = con.execute("SELECT end_date FROM missions WHERE acronym = ?", [acronym]).fetchone()
    except duckdb.Error:  # a store without the mission list
        return None
    return row[0] if row else None


def not_in_report(con: duckdb.DuckDBPyConnection, acronym: str | None, month: Month) -> str | None:
    """Why a mission with no personnel of the country in a month's report is no contradiction: it had closed, or
    it is no peacekeeping operation the reports list in full (a political mission, a force outside the UN)."""
    if acronym is None:
        return None
    end = _end(con, acronym)
    if end is not None and end < month.as_of.replace(day=1):
        return said("mission_closed", acronym=acronym, day=end.isoformat(), month=month.month)
    try:
        kind = missions.kind(acronym)
    except missions.UnknownMission:
        return said("mission_unknown", acronym=acronym)
    if kind != "pko":
        return said("mission_not_pko", acronym=acronym)
    return None
