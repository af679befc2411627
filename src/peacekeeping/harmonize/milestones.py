"""Reviewed tables for news and drafts: first deployments of contributors, and the gender parity targets.

`first_deployments.csv`: each contributor's first uniformed contribution to the UN (year, mission, what it deployed
and where), with the page that states it and its words (`quote`, which must hold the year); where another source gives
another year, the `disputed_*` columns hold that source and its words (drafts then leave the year out and tell the
editor). `gender_parity_targets.csv`:
the Uniformed Gender Parity Strategy's target share of women by group of personnel types and year; a year no source
gives is left empty (its `note` says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import ReviewError
from . import countries, country_names
from . import missions as mission_table
from .tables import read_table

FIRST = "harmonize/data/first_deployments.csv"
TARGETS = "harmonize/data/gender_parity_targets.csv"
DEPLOYED = ("troops", "military_observers", "medical", "officers", "engineers", "deminers", "police")
# The strategy's groups and the report's personnel types each covers.
GROUPS = {
    "troops": ("Troops",),
    "observers_staff": ("Staff Officer", "Experts on Mission"),
    "formed_police": ("Formed Police Units",),
    "individual_police": ("Individual Police",),
}
_URL = re.compile(r"https?://\S+")
# Without a named mission, the quote itself must say it was a peacekeeping operation (the UN Command in Korea, 1950,
# was not one).
_OPERATION = re.compile(
    r"(?:UN|United Nations) peacekeeping|peacekeeping (?:operation|mission|force)|misi[oó]n(?:es)? de paz|"
    r"operaci[oó]n(?:es)? de (?:mantenimiento de (?:la )?)?paz|op[ée]rations? de maintien de la paix|"
    r"missions? de (?:maintien de la )?paix",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Disputed:
    """Another source's year for the same first deployment, with its words."""

    year: int
    source: str
    publisher: str
    quote: str


@dataclass(frozen=True, slots=True)
class FirstDeployment:
    """A contributor's first deployment, as its source states it."""

    iso3: str
    year: int
    mission: str | None
    deployed: str
    place_iso3: str | None
    source: str
    publisher: str
    quote: str
    line: int
    disputed: Disputed | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """The target share of women (0-1) for a group of personnel types in a year, with its source."""

    group: str
    year: int
    share: float
    source: str
    quote: str
    line: int


def _first(row: dict[str, str], line: int) -> FirstDeployment:
    where = f"{FIRST}, line {line}"
    try:
        countries.by_iso3(row["iso3"])
        country_names.names_of(row["iso3"])
        if row["place_iso3"]:
            countries.by_iso3(row["place_iso3"])
            country_names.names_of(row["place_iso3"])  # drafts name both: they need reviewed wording
    except (KeyError, country_names.WordingError) as exc:
        raise ReviewError(f"{where}: unknown ISO3 or no wording for it: {exc}") from None
    if not row["year"].isdigit() or not 1948 <= int(row["year"]) <= 2100:
        raise ReviewError(f"{where}: year {row['year']!r} is not a year since 1948")
    if row["mission"]:
        try:
            kind = mission_table.kind(row["mission"])
        except mission_table.UnknownMission:
            raise ReviewError(f"{where}: unknown mission {row['mission']!r}") from None
        if kind != "pko":
            raise ReviewError(f"{where}: {row['mission']} is not a peacekeeping operation")
    elif not _OPERATION.search(row["quote"]):
        raise ReviewError(f"{where}: no mission named and the quote does not say it was a peacekeeping operation")
    if row["deployed"] not in DEPLOYED:
        raise ReviewError(f"{where}: deployed is one of {', '.join(DEPLOYED)}")
    if not _URL.fullmatch(row["source"]) or not row["publisher"]:
        raise ReviewError(f"{where}: every entry needs its source URL and publisher")
    if row["year"] not in row["quote"]:
        raise ReviewError(f"{where}: the quote must state the year {row['year']}")
    return FirstDeployment(
        row["iso3"],
        int(row["year"]),
        row["mission"] or None,
        row["deployed"],
        row["place_iso3"] or None,
        row["source"],
        row["publisher"],
        row["quote"],
        line,
        _disputed(row, where),
    )


def _disputed(row: dict[str, str], where: str) -> Disputed | None:
    """The other year a source gives, if the row has one: all four columns, a year the quote states, a source URL."""
    given = [row.get(f"disputed_{k}", "") for k in ("year", "source", "publisher", "quote")]
    if not any(given):
        return None
    year, source, publisher, quote = given
    if not all(given) or not year.isdigit() or year == row["year"] or year not in quote or not _URL.fullmatch(source):
        raise ReviewError(
            f"{where}: a disputed year needs its source URL, publisher and a quote stating it (and differs from year)"
        )
    return Disputed(int(year), source, publisher, quote)


@cache
def first_deployments() -> dict[str, FirstDeployment]:
    """Every reviewed first deployment by ISO3 (one per country)."""
    out: dict[str, FirstDeployment] = {}
    for line, row in enumerate(read_table("first_deployments.csv"), start=2):
        entry = _first(row, line)
        if entry.iso3 in out:
            raise ReviewError(f"{FIRST}, line {line}: {entry.iso3} is listed twice")
        out[entry.iso3] = entry
    return out


def first_deployment(iso3: str) -> FirstDeployment | None:
    """The reviewed first deployment of a country, or None."""
    return first_deployments().get(iso3)


@cache
def targets() -> dict[tuple[str, int], Target]:
    """The sourced targets by (group, year); years without a source are absent."""
    out: dict[tuple[str, int], Target] = {}
    for line, row in enumerate(read_table("gender_parity_targets.csv"), start=2):
        where = f"{TARGETS}, line {line}"
        if row["group"] not in GROUPS or not row["year"].isdigit():
            raise ReviewError(f"{where}: group is one of {', '.join(GROUPS)} and year a year")
        if not row["target"]:
            if not row["note"]:
                raise ReviewError(f"{where}: a year without a target needs a note saying why")
            continue
        share = float(row["target"])
        if not 0 < share < 100 or not _URL.fullmatch(row["source"]) or f"{share:g}" not in row["quote"]:
            raise ReviewError(f"{where}: a target is a percentage with its source URL and a quote stating it")
        out[(row["group"], int(row["year"]))] = Target(
            row["group"], int(row["year"]), share / 100, row["source"], row["quote"], line
        )
    return out


def target(group: str, year: int) -> Target | None:
    """The sourced target of a group for a year, or None where no source gives it."""
    return targets().get((group, year))
