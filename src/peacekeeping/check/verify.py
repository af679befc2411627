"""Verdicts: each claim against the report month that best explains the text, with its source."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb

from ..facts.caveats import Caveats, load_notes
from ..facts.fatalities import NoFatalities, fatalities
from ..facts.months import Month, calendar
from ..harmonize import countries, missions
from .extract import KINDS, Claim, extract, find_country

SUPPORTED, BOUND, CONTRADICTED, UNCHECKABLE = "supported", "bound holds", "contradicted", "not checkable"
IN_ERROR = "printed in error"  # the claim matches a figure the report printed in error: never "supported"
_SCOPED = {"total": "total", "women": "sex", "mission_count": "total", "global_personnel": "total"}


@dataclass(slots=True)
class Verdict:
    """A claim, what the data says, and where that comes from."""

    claim: Claim
    verdict: str
    data: int | str | None
    note: str
    source: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {**self.claim.to_dict(), "fact": KINDS[self.claim.kind], "verdict": self.verdict, "data": self.data,
                "note": self.note, "source": self.source}


@dataclass(slots=True)
class Result:
    """The checked text: the month it must have used, the months that came close, and every verdict."""

    date: str | None
    country: dict | None
    month: dict | None
    runners_up: list[dict]
    verdicts: list[Verdict]
    message: str

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for v in self.verdicts:
            out[v.verdict] += 1
        return dict(out)

    def to_dict(self) -> dict:
        return {"date": self.date, "country": self.country, "month": self.month, "runners_up": self.runners_up,
                "message": self.message, "counts": self.counts(), "claims": [v.to_dict() for v in self.verdicts]}


def judge(claimed: int, qualifier: str | None, actual: int | None) -> tuple[str, str]:
    """Verdict and note for a number against the data's value."""
    if actual is None:
        return UNCHECKABLE, "no such figure in the data for that month"
    if qualifier is None:
        return (SUPPORTED, "") if claimed == actual else (CONTRADICTED, f"the data says {actual:,}")
    holds = {">": actual > claimed, ">=": actual >= claimed, "<": actual < claimed, "<=": actual <= claimed,
             "~": abs(actual - claimed) <= max(1, 0.05 * actual),
             "<~": claimed * 0.9 <= actual <= claimed}[qualifier]
    if not holds:
        return CONTRADICTED, f"the data says {actual:,}"
    if qualifier == "~":
        return SUPPORTED, f"approximately: the data says {actual:,}"
    return BOUND, f"true, but the data says {actual:,}" + (" (stale or rounded)" if actual != claimed else "")


class _Data:
    """What the store says for every candidate month, loaded in a few queries."""

    def __init__(self, con: duckdb.DuckDBPyConnection, iso3: str | None, date: dt.date | None):
        self.con, self.iso3, self.date = con, iso3, date
        self.country = {r[0]: r[1:] for r in con.execute(
            "SELECT as_of, total, women, rank, rank_women FROM country_months WHERE iso3 = ?", [iso3]).fetchall()}
        self.missions: dict[dt.date, dict[str, int]] = defaultdict(dict)
        for as_of, mission, total in con.execute(
                "SELECT as_of, mission, sum(total) FROM cells WHERE iso3 = ? AND total > 0 "
                "AND mission IS NOT NULL GROUP BY ALL", [iso3]).fetchall():
            self.missions[as_of][mission] = int(total)
        # Contributing countries as the UN counts them: every country the report lists (its ranking includes zeros).
        self.world = {r[0]: r[1:] for r in con.execute(
            "SELECT as_of, personnel, contributors FROM months WHERE as_of IS NOT NULL").fetchall()}
        self.operations = {as_of: sum(1 for a in acronyms if missions.kind(a) == "pko")
                           for as_of, acronyms in con.execute(
                               "SELECT as_of, list(DISTINCT mission) FROM cells WHERE total > 0 "
                               "AND mission IS NOT NULL GROUP BY as_of").fetchall()}
        self._deaths: dict[str | None, dict | None] = {}
        self.months = {m.as_of: m for m in calendar(con).covered()}
        self.notes: dict[dt.date, list] = defaultdict(list)
        for (as_of,) in con.execute("SELECT DISTINCT as_of FROM notes").fetchall():
            self.notes[as_of] = load_notes(con, as_of)

    def deaths(self, iso3: str | None) -> dict | None:
        """Fatalities up to the publication date (nationals of iso3, or all), newest register; None without one."""
        if iso3 not in self._deaths:
            try:
                self._deaths[iso3] = fatalities(self.con, iso3, self.date)
            except NoFatalities:
                self._deaths[iso3] = None
        return self._deaths[iso3]

    def value(self, claim: Claim, as_of: dt.date) -> int | str | None:
        """The data's value for a claim in a month (None: no such figure)."""
        mine = self.country.get(as_of)
        kind = claim.kind
        if kind in ("total", "women", "rank", "rank_women"):
            index = ("total", "women", "rank", "rank_women").index(kind)
            return mine[index] if mine else (0 if kind in ("total", "women") else None)
        if kind == "missions":
            return len(self.missions[as_of]) if as_of in self.missions or mine else None
        if kind == "mission_count":
            return self.missions[as_of].get(claim.mission, 0)
        if kind == "mission":
            return claim.value if claim.value in self.missions[as_of] else None
        if kind == "global_personnel":
            return int(self.world[as_of][0]) if as_of in self.world else None
        if kind == "global_countries":
            return self.world[as_of][1] if as_of in self.world else None
        if kind == "global_operations":
            return self.operations.get(as_of)
        if kind in ("fatalities", "global_fatalities"):
            died = self.deaths(self.iso3 if kind == "fatalities" else None)
            return died["count"] if died else None
        return None

    def verdict(self, claim: Claim, as_of: dt.date) -> tuple[str, int | str | None, str]:
        if claim.kind == "other":
            return UNCHECKABLE, None, "the data holds no such figure"
        if claim.kind in ("total", "women", "missions", "rank", "rank_women", "mission_count", "mission",
                          "fatalities") and self.iso3 is None:
            return UNCHECKABLE, None, "no country named in the text (use --country)"
        month = self.months[as_of]
        if claim.kind in ("missions", "mission_count", "mission") and not month.has_missions:
            return UNCHECKABLE, None, "not checkable in this report: it has no breakdown by mission"
        if claim.kind in ("women", "rank_women") and not month.has_sexes:
            return UNCHECKABLE, None, "not checkable in this report: it does not split personnel by sex"
        actual = self.value(claim, as_of)
        if claim.kind in _SCOPED and actual is not None and self.notes[as_of]:
            caveats = Caveats(self.notes[as_of])
            iso3 = None if claim.kind.startswith("global") else self.iso3
            if caveats.judge("/", actual, iso3, claim.mission, kind=_SCOPED[claim.kind]) is None:
                why = caveats.items[0].text
                if claim.qualifier is None and claim.value == actual:
                    return IN_ERROR, actual, f"matches a figure the report printed in error: {why}"
                return UNCHECKABLE, None, f"the report's figure is unreliable: {why}"
        if claim.kind == "mission":
            if actual is None:
                return CONTRADICTED, None, "no personnel of the country in this mission that month"
            return SUPPORTED, actual, ""
        verdict, note = judge(int(claim.value), claim.qualifier, actual)
        return verdict, actual, note


def _score(verdicts: list[tuple[str, int | str | None, str]], claims: list[Claim]) -> int:
    """Exact matches: the measure of how well a month explains the text."""
    return sum(1 for (v, _, _), c in zip(verdicts, claims, strict=True) if v == SUPPORTED and c.qualifier is None)


def _source(con: duckdb.DuckDBPyConnection, claim: Claim, iso3: str | None, month: Month, data: _Data) -> dict:
    if claim.kind == "other":
        return {}
    if claim.kind in ("fatalities", "global_fatalities"):
        died = data.deaths(iso3 if claim.kind == "fatalities" else None)
        if not died:
            return {}
        lines = [i["line"] for i in died["incidents"]] if claim.kind == "fatalities" else []
        return {"file": died["release"]["file"], "release": died["release"]["date"], "until": died["until"],
                **({"lines": lines} if lines else {})}
    as_of, report = month.as_of, month.report
    if claim.kind.startswith("global") or iso3 is None:
        return {"file": report, "as_of": as_of.isoformat()}
    params = [as_of, iso3]
    where = "as_of = ? AND iso3 = ? AND total > 0"
    if claim.mission:
        where += " AND mission = ?"
        params.append(claim.mission)
    pages = [r[0] for r in con.execute(f"SELECT DISTINCT page FROM cells WHERE {where} ORDER BY 1",
                                       params).fetchall()]
    return {"file": report, "as_of": as_of.isoformat(), "pages": pages}


def check(con: duckdb.DuckDBPyConnection, text: str, date: dt.date | None = None,
          country: str | None = None) -> Result:
    """Verify every numeric claim of `text` against the report month that best explains it."""
    iso3 = countries.lookup(country).iso3 if country else find_country(text)
    subject = None
    if iso3:
        c = countries.by_iso3(iso3)
        subject = {"iso3": c.iso3, "m49": c.m49, "name": c.name}
    claims = extract(text, iso3)
    when = date.isoformat() if date else None
    if not claims:
        return Result(when, subject, None, [], [], "no numeric claims found in the text")
    months = calendar(con)
    candidates = [m for m in months.covered() if date is None or m.published < date]
    if not candidates:
        return Result(when, subject, None, [], [], f"no report was published before {date}")
    data = _Data(con, iso3, date)
    scored = []
    for row in candidates:
        verdicts = [data.verdict(c, row.as_of) for c in claims]
        scored.append((_score(verdicts, claims), row.as_of, row, verdicts))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best_score, _, best, verdicts = scored[0]
    month = months.resolve(best.as_of)
    runners = [{"month": f"{r[1]:%Y-%m}", "report": r[2].report, "score": r[0]} for r in scored[1:4]]
    out = [Verdict(c, v, d, note, _source(con, c, iso3, best, data)) for c, (v, d, note) in zip(
        claims, verdicts, strict=True)]
    explained = f"{best_score} of {len(claims)} claims match the report of {best.as_of} exactly"
    return Result(when, subject, {**month.to_dict(), "score": best_score}, runners, out, explained)
