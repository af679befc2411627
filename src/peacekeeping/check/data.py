"""What the store says for a claim in a report month: one value per reading of the claim, or why it cannot say."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace as dc_replace
from functools import cache

import duckdb

from ..facts.cache import memo
from ..facts.fatalities import LOCAL, UNIFORMED, NoFatalities, Register, register
from ..facts.figures import CountryMonth, WorldMonth, country_months, world_months
from ..facts.months import Month, calendar
from ..facts.rankings import unreliable_split
from ..harmonize import missions
from ..wording.check_notes import said
from .binding import WORLD
from .kinds import TOLLS, Claim
from .subjects import hosts
from .type_readings import TYPES, Readings, named_type, typed_readings, unique

NO_MISSIONS = said("no_missions")
NO_SEXES = said("no_sexes")
SEXES_WRONG = said("sexes_wrong")
# one service's dead, the fewest a country's own count of its dead may take
MILITARY_DEAD = frozenset({"Military", "Military Observer"})


@cache
def _kind(acronym: str) -> str:
    """A mission's kind, read once per acronym (a long text asks for the same few many times)."""
    return missions.kind(acronym)


_KEPT = 256  # countries' windows of months kept per store generation (a text's window is about 13 months)


def _countries(
    con: duckdb.DuckDBPyConnection, subjects: set[str], first: dt.date, last: dt.date
) -> dict[str, dict[dt.date, CountryMonth]]:
    """country_months, each country's window read once per store generation (the last _KEPT windows asked kept):
    texts checked one after the other are about the same few countries and months."""
    kept: dict = memo(con, "check country months", dict)
    missing = sorted(c for c in subjects if (c, first, last) not in kept)
    for code, months in country_months(con, missing, first, last).items():
        kept[(code, first, last)] = months
    while len(kept) > _KEPT:
        del kept[next(iter(kept))]  # the oldest asked first
    return {c: dict(kept[(c, first, last)]) for c in subjects}


class Data:
    """The figures of every subject of a text over the months its check may use, loaded in a few queries."""

    def __init__(self, con: duckdb.DuckDBPyConnection, subjects: set[str], first: dt.date, last: dt.date):
        self.con = con
        self.calendar = calendar(con)
        self.world: dict[dt.date, WorldMonth] = world_months(con)
        self.countries = _countries(con, subjects, first, last)
        self._subjects, self._window, self._more = subjects, (first, last), set()
        self._deaths: dict[tuple, tuple[Readings, Register] | str] = {}
        self._worlds: dict[tuple, Readings | str] = {}
        self._registers: dict[str | None, Register | None] = memo(con, "check registers", dict)  # filled as asked
        # months whose whole split by sex is withheld (no rank of women): one query per store generation
        self._sexes_wrong: set[dt.date] = memo(con, "check unreliable split", lambda: unreliable_split(con))

    def register(self, iso3: str | None) -> Register | None:
        """The newest register's deaths of a country's nationals (None: all); None without a register."""
        if iso3 not in self._registers:
            try:
                self._registers[iso3] = register(self.con, iso3)
            except NoFatalities:
                self._registers[iso3] = None
        return self._registers[iso3]

    def country(self, iso3: str, as_of: dt.date) -> CountryMonth | None:
        """A country's figures in a month (None: the report does not list it), read if outside the window."""
        if not self._window[0] <= as_of <= self._window[1] and as_of not in self._more:  # absent is not zero
            for code, months in country_months(self.con, self._subjects, as_of, as_of).items():
                self.countries.setdefault(code, {}).update(months)
            self._more.add(as_of)
        return self.countries.get(iso3, {}).get(as_of)

    def readings(self, claim: Claim, month: Month) -> Readings | str:
        """The data's readings of a claim in a month, or the reason it holds no such figure."""
        kind = claim.kind
        if kind in ("other", "rank_partial"):
            return said("no_such_figure") if kind == "other" else said("rank_in_group")
        if claim.subject is None:
            return said("ambiguous", doubt=claim.doubt) if claim.doubt else said("no_country")
        if (
            kind in ("missions", "mission_count", "mission_women", "mission", "global_operations")
            and not month.has_missions
        ):
            return NO_MISSIONS
        if kind in ("women", "rank_women", "mission_women", "global_women") and not month.has_sexes:
            return NO_SEXES
        if kind == "rank_women" and month.as_of in self._sexes_wrong:
            return SEXES_WRONG
        if kind.startswith("global"):  # the same for every claim of a kind: read once per month
            key = (kind, claim.population, month.as_of)
            if key not in self._worlds:
                self._worlds[key] = self._world(claim, self.world[month.as_of])
            return self._worlds[key]
        return self._country(claim, self.country(claim.subject, month.as_of), month)

    def _world(self, claim: Claim, world: WorldMonth) -> Readings | str:
        kind = claim.kind
        if kind == "global_personnel":
            if claim.population == "all":
                return said("civilians_too")
            return [("uniformed personnel", world.personnel)]
        if kind == "global_women":
            return [("uniformed women", world.women)] if world.women is not None else NO_SEXES
        if kind == "global_countries":
            return unique(
                [
                    ("countries the report lists", world.countries_listed),
                    ("countries with personnel deployed", world.countries_with_personnel),
                ]
            )
        if kind == "global_operations":
            return unique(
                [
                    ("peacekeeping operations with personnel", world.operations),
                    ("peacekeeping operations open that month", world.open_operations),
                ]
            )
        return said("no_such_figure")

    def _country(self, claim: Claim, mine: CountryMonth | None, month: Month) -> Readings | str:
        kind = claim.kind
        if kind == "total":  # the type the words name ("troops"), or the service's that gives the figure
            named = claim.ptype or named_type(claim.kind_words)
            plain = [("uniformed personnel", mine.total if mine else 0)]
            return typed_readings(plain, mine.by_type if mine else {}, named)
        if kind == "women":
            plain = [("uniformed women", (mine.women or 0) if mine else 0)]
            return typed_readings(plain, mine.by_type if mine else {}, claim.ptype, women=True)
        if kind in ("rank", "rank_women"):
            rank = getattr(mine, kind) if mine else None
            return [("rank", rank)] if rank is not None else said("not_ranked")
        if kind == "type":
            return self._types(claim, mine)
        if kind == "missions":
            staffed = list(mine.by_mission) if mine else []
            pko = [a for a in staffed if _kind(a) == "pko"]
            typed = []
            if claim.ptype in TYPES and mine:  # "2,240 military peacekeepers … on seven missions": the military's
                types = {t for _, ts in TYPES[claim.ptype] for t in ts}
                with_type = [a for a, by in mine.by_mission.items() if any(by[t].total for t in types if t in by)]
                typed = [(f"missions with {claim.ptype}", len(with_type))]
            return unique([("missions and offices", len(staffed)), ("peacekeeping operations", len(pko)), *typed])
        if kind in ("mission_count", "mission_women", "mission"):
            return self._mission(claim, mine)
        return said("no_such_figure")

    def _types(self, claim: Claim, mine: CountryMonth | None) -> Readings | str:
        if claim.mission:
            by_type = mine.by_mission.get(claim.mission, {}) if mine else {}
        else:
            by_type = mine.by_type if mine else {}
        return typed_readings([], by_type, claim.ptype) or said("no_such_figure")

    def _mission(self, claim: Claim, mine: CountryMonth | None) -> Readings | str:
        staffed = mine.by_mission if mine else {}
        acronyms = [claim.mission] if claim.mission else sorted(set(staffed) & hosts().get(claim.place or "", set()))
        if not acronyms:
            return said("no_mission_there", iso3=claim.subject)
        if claim.kind == "mission":
            return [("missions it contributes to", 1 if claim.mission in staffed else 0)]
        splits = [mine.mission(a) if mine else None for a in acronyms]
        label = " + ".join(acronyms)
        if claim.kind == "mission_women":
            return [(f"women in {label}", sum(s.women or 0 for s in splits if s))]
        plain = [(f"personnel in {label}", sum(s.total for s in splits if s))]
        if len(acronyms) > 1 or not mine:
            return plain
        return typed_readings(plain, mine.by_mission.get(acronyms[0], {}), named_type(claim.kind_words))

    def contingent(self, claim: Claim, month: Month | None) -> str | None:
        """Why an exact figure that fails may be a contingent's own count: the report's figure of the country's
        people in the mission it names is that figure rounded ("1,144" where the report prints 1,150), or, read as
        the country's total, it is within 5 % of the country's people in one of its missions (and nearer them than
        its total)."""
        mine = self.country(claim.subject, month.as_of) if month and claim.subject not in (None, WORLD) else None
        if mine is None or claim.qualifier is not None or claim.kind not in ("total", "mission_count", "type"):
            return None
        if claim.kind == "type":  # "1.295 soldats sénégalais" where the report has 1,295 people in MINUSMA
            return self._mission_type(claim, mine, month)
        value = int(claim.value)
        if claim.kind == "mission_count":
            readings = self.readings(claim, month)
            rounded = [] if isinstance(readings, str) else [(a, label) for label, a in readings if _rounds(value, a)]
            if rounded:
                actual, label = rounded[0]
                return said(
                    "doubt_contingent_rounded", actual=actual, label=label, month=month.month, figure=claim.text
                )
            return None
        near = [(mine.mission(a).total, f"personnel in {a}") for a in sorted(mine.by_mission)]
        near = [
            (a, label) for a, label in near if abs(value - a) <= 0.05 * a and abs(value - a) < abs(value - mine.total)
        ]
        if not near:
            return None
        actual, label = min(near, key=lambda x: abs(value - x[0]))
        return said("doubt_contingent_near", figure=claim.text, actual=actual, label=label, month=month.month)

    def _mission_type(self, claim: Claim, mine: CountryMonth, month: Month) -> str | None:
        """Why a type's figure that fails may be a contingent's: within 5 % of the country's people in one mission
        (all of them, or of that type there) and nearer them than any national reading of the type."""
        national = self._types(claim, mine)
        if isinstance(national, str) or claim.mission:
            return None
        value = int(claim.value)
        nearest = min(abs(value - a) for _, a in national)
        near = []
        for acronym in sorted(mine.by_mission):
            typed = self._types(dc_replace(claim, mission=acronym), mine)
            for label, a in [("personnel", mine.mission(acronym).total), *([] if isinstance(typed, str) else typed)]:
                if abs(value - a) <= 0.05 * a and abs(value - a) < nearest:
                    near.append((a, f"{label} in {acronym}"))
        if not near:
            return None
        actual, label = min(near, key=lambda x: abs(value - x[0]))
        return said("doubt_contingent_near", figure=claim.text, actual=actual, label=label, month=month.month)

    def far(self, claim: Claim, month: Month | None) -> bool:
        """Whether a figure is more than twice apart from each of the data's readings of it: a figure of another fact
        (one mission, a part, another period or body) is far more often than one the text got wrong (docs/check.md)."""
        if claim.kind in TOLLS:
            readings = self.toll(claim)
        else:
            readings = self.readings(claim, month) if month is not None else None
        if not isinstance(claim.value, int) or not isinstance(readings, list) or not readings:
            return False
        return all(max(claim.value, actual) > 2 * min(claim.value, actual) for _, actual in readings)

    def source(self, claim: Claim, month: Month | None) -> dict:
        """Where a verdict's data comes from: the report and its pages, or the register and its lines."""
        if claim.kind in ("other", "rank_partial", "first_deployment", "past_mission") or claim.subject is None:
            return {}
        if claim.kind in TOLLS:
            register = self.register(None if claim.kind == "global_fatalities" else claim.subject)
            if register is None:
                return {}
            lines = register.lines(*_period(claim)) if claim.kind == "fatalities" else []
            return {
                "file": register.file,
                "release": register.release.isoformat(),
                "until": claim.until,
                **({"since": claim.since} if claim.since else {}),
                **({"lines": lines} if lines else {}),
            }
        if month is None:
            return {}
        if claim.kind.startswith("global"):
            return {"file": month.report, "as_of": month.as_of.isoformat()}
        mine = self.country(claim.subject, month.as_of)
        pages = mine.pages if mine else {}
        chosen = pages.get(claim.mission, set()) if claim.mission else {p for v in pages.values() for p in v}
        return {"file": month.report, "as_of": month.as_of.isoformat(), "pages": sorted(chosen)}

    def toll(self, claim: Claim) -> Readings | str:
        """A fatalities claim's readings (whatever the month), or why there are none."""
        found = self.deaths(claim) if claim.subject is not None else said("no_country")
        return found if isinstance(found, str) else found[0]

    def between_rules(self, claim: Claim, month: Month | None) -> tuple[int, int] | None:
        """(lowest, highest) of the data's counting rules for a figure that lies between them, which the data cannot
        tell from a wrong one: a country's missions between its peacekeeping operations and its missions and offices
        (some offices counted), a toll (read with no population of its own) from its military dead (one service) to
        those with its international staff (its police, some of its civilians; local staff, another rule, widen it
        no further); else None."""
        if not isinstance(claim.value, int):
            return None
        if claim.kind == "missions" and month is not None and isinstance(found := self.readings(claim, month), list):
            low, high = min(a for _, a in found), max(a for _, a in found)
            return (low, high) if low < claim.value < high else None
        if claim.kind != "fatalities" or claim.population is not None:
            return None
        found = self.deaths(claim)
        if isinstance(found, str):
            return None
        # the fewer of its readings is the one without local staff (they are one when it has none)
        low, high = found[1].count(*_period(claim), types=MILITARY_DEAD), min(a for _, a in found[0])
        return (low, high) if low <= claim.value <= high else None

    def register_ends(self, claim: Claim) -> str | None:
        """Why a toll above each of the register's readings is not contradicted where the register ends before
        the period counted (deaths after its end may make up the difference), or None."""
        found = self.deaths(claim)
        until = _period(claim)[1]
        if isinstance(found, str) or until is None or found[1].release >= until or not isinstance(claim.value, int):
            return None
        actual = max(a for _, a in found[0])
        return said("register_ends", day=found[1].release.isoformat(), actual=actual) if claim.value > actual else None

    def deaths(self, claim: Claim) -> tuple[Readings, Register] | str:
        """Readings of a fatalities claim: uniformed and international staff, and all with local staff."""
        key = (claim.kind, claim.subject, claim.since, claim.until, claim.population)
        if key not in self._deaths:
            self._deaths[key] = self._count(claim)
        return self._deaths[key]

    def _count(self, claim: Claim) -> tuple[Readings, Register] | str:
        found = self.register(None if claim.kind == "global_fatalities" else claim.subject)
        if found is None:
            return said("no_register")
        since, until = _period(claim)
        everyone = ("all personnel, with local staff", found.count(since, until))
        if claim.population == "all":
            return [everyone], found
        international = ("uniformed and international staff", found.count(since, until, without=LOCAL))
        if claim.population == "uniformed":  # the register's types are not the press's: "130 uniformed … died"
            return unique(
                [("uniformed personnel", found.count(since, until, types=UNIFORMED)), international, everyone]
            ), found
        return unique([international, everyone]), found


def _period(claim: Claim) -> tuple[dt.date | None, dt.date | None]:
    """(since, until) of a toll claim, as days (None: from 1948, or up to the register's end)."""
    return (
        dt.date.fromisoformat(claim.since) if claim.since else None,
        dt.date.fromisoformat(claim.until) if claim.until else None,
    )


def _rounds(value: int, actual: int) -> bool:
    """Whether `actual`, of whole tens (or fifties, hundreds, ...), is `value` rounded, `value` not being so."""
    unit = next((u for u in (1000, 500, 100, 50, 10) if actual and actual % u == 0), None)
    return unit is not None and value % unit != 0 and abs(value - actual) * 2 <= unit


def subject_of(claim: Claim) -> str | None:
    """The ISO3 a claim is about, or None for the world or no one."""
    return None if claim.subject in (None, WORLD) else claim.subject
