"""The shapes of every answer, declared once: the facts' and the products' (drafts, checks, news), caveats included;
the JSON API serves them as they are (tests/web/test_api_v1.py holds it)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def to_dict(self) -> dict[str, Any]:
        """The answer as JSON-ready data (dates as ISO text), as the API serves it."""
        return dump(self)


def dump(value: Any, given_only: bool = False) -> Any:
    """An answer (a model, or lists and dicts of models) as JSON-ready data: the one way every product serialises;
    `given_only` leaves out the fields an answer did not set (the deprecated /api answers as they did before)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_unset=given_only)
    if isinstance(value, list | tuple):
        return [dump(v, given_only) for v in value]
    if isinstance(value, dict):
        return {k: dump(v, given_only) for k, v in value.items()}
    return value


class Flag(Model):
    kind: str = Field(description="the rule that raised it: sex_split_flip, total_jump, source_disagreement, ...")
    detail: str
    report: str | None
    page: int | None


class Review(Model):
    table: str
    line: int
    evidence: str | None
    source: str | None


class Caveat(Model):
    """What a reader of some figures must know; `figures` are JSON paths of the answer ('/' for all of it)."""

    kind: Literal["unreliable", "approximate", "corrected", "checked", "note", "month"] = Field(
        description="unreliable: the figures are withheld (null); approximate: they may be off by up to `bound`"
    )
    text: str = Field(description="in words for a reader")
    figures: list[str]
    printed: dict[str, int] = Field(description="figure path -> the value as the report printed it")
    bound: int | None = Field(description="by how many people the figures may be off")
    flags: list[Flag] = Field(description="the quality flags it stands for")
    review: Review | None = Field(description="the reviewed decision (harmonize/data/corrections.csv)")
    scope: dict[str, str | None] | None = Field(None, description="its note's cells: iso3, mission, personnel_type")


class Month(Model):
    """The report an answer comes from, and why it is not the month asked for."""

    as_of: dt.date = Field(description="the date the report prints")
    month: str = Field(examples=["2022-06"])
    report: str = Field(examples=["UN_country_contributions_2022_06.pdf"])
    requested: dt.date | None
    missing_nearby: list[str]
    created: dt.date | None = Field(description="when the report was generated")
    substitution: str | None = Field(description="why the report used is not the month asked, in a sentence")
    why: dict[str, str] | None = Field(
        description="why the report used is not the month asked, as data: its kind (generated_after, after_latest, "
        "missing, dated_after) and the dates (ISO) the sentence names"
    )
    source: Literal["report", "datahub", "ipi"] = Field(
        description="who published the figures: the UN's monthly report, the Data Hub (DPO-UCHISTORICAL), or IPI's "
        "research dataset (not official)"
    )


class Country(Model):
    iso3: str = Field(examples=["PER"])
    m49: int = Field(examples=[604])
    name: str = Field(examples=["Peru"])

    @classmethod
    def of(cls, found: Any) -> Country:
        """The country of a harmonized entry (anything with iso3, m49 and name)."""
        return cls(iso3=found.iso3, m49=found.m49, name=found.name)


class CountryRow(Country):
    first_month: str | None
    last_month: str | None
    latest_total: int | None


class TypeFigure(Model):
    personnel_type: str
    total: int | None
    women: int | None
    pages: list[int] = []


class MissionFigure(Model):
    acronym: str
    name: str | None
    total: int | None
    women: int | None
    pages: list[int]


class Change(Model):
    as_of: dt.date
    report: str
    total: int | None
    women: int | None
    delta: int | None


class Report(Model):
    report: str


class Source(Report):
    pages: list[int]


class Release(Model):
    date: dt.date
    file: str


class MissionDeaths(Model):
    mission: str
    count: int
    years: list[int]


class DeathsSummary(Model):
    release: Release
    until: dt.date | None
    count: int
    by_mission: list[MissionDeaths]
    by_personnel_type: dict[str, int]
    by_incident_type: dict[str, int]
    all_time: int


class Profile(Model):
    """A country's contribution in one report month."""

    country: Country
    month: Month
    present: bool
    total: int | None
    women: int | None
    men: int | None
    women_share: float | None
    by_type: list[TypeFigure]
    not_reported_separately: dict[str, str]
    missions: list[MissionFigure] | None
    mission_count: int | None
    rank: int | None
    contributors: int
    rank_women: int | None
    contributors_of_women: int
    previous: Change | None
    year_earlier: Change | None
    first_month: str | None
    source: Source
    fatalities: DeathsSummary | None
    caveats: list[Caveat]


class RankRow(Model):
    rank: int | None
    iso3: str
    m49: int
    country: str
    total: int | None
    women: int | None
    men: int | None
    printed: int | None = Field(description="the ranked figure as printed, where it is withheld")
    depends_on: list[str] = Field(description="ISO3 of withheld rows whose true figure may change this row's place")


class Ranking(Model):
    month: Month
    by: Literal["total", "women"]
    rows: list[RankRow]
    caveats: list[Caveat]


class MissionRow(Model):
    acronym: str
    name: str | None
    kind: str
    total: int | None
    hq: str | None
    latitude: float | None
    longitude: float | None
    start: dt.date | None
    end: dt.date | None


class Missions(Model):
    month: Month
    missions: list[MissionRow]
    caveats: list[Caveat]


class Deployment(Model):
    as_of: dt.date
    month: str
    missions: dict[str, int | None] = Field(description="acronym -> personnel (null: withheld, see the caveats)")


class Deployments(Model):
    country: Country
    points: list[Deployment]
    caveats: list[Caveat]


class IndexedMission(MissionRow):
    contributors: int


class ClosedMission(Model):
    acronym: str
    name: str | None
    kind: str | None
    start: dt.date | None
    end: dt.date | None
    last_month: str | None = Field(description="the last report month with personnel in the store")


class MissionIndex(Model):
    month: Month
    missions: list[IndexedMission]
    closed: list[ClosedMission]
    caveats: list[Caveat]


class MissionContributor(Model):
    iso3: str
    m49: int
    country: str
    total: int | None
    women: int | None
    pages: list[int]


class Host(Model):
    iso3: str
    m49: int
    name: str
    source: str = Field(description="where it was read: IPI's mission list (missions.json) or mission totals")


class Mission(Model):
    acronym: str
    name: str | None
    month: Month
    total: int | None
    women: int | None
    contributors: list[MissionContributor]
    by_type: list[TypeFigure]
    source: Source
    host: Host | None = Field(description="the host country, from IPI's mission list (null: not known)")
    caveats: list[Caveat]


class Point(Model):
    as_of: dt.date
    month: str
    report: str
    source: Literal["report", "datahub", "ipi"] | None = Field(
        description="where the month's figures come from: a UN monthly report, the Data Hub, or IPI's research "
        "dataset (1990-2014, not official)"
    )
    total: int | None
    women: int | None
    by_type: dict[str, int]


class Series(Model):
    country: Country | None = None
    mission: str | None = None
    points: list[Point]
    caveats: list[Caveat]


class Incident(Model):
    date: dt.date
    mission: str
    personnel_type: str | None
    incident_type: str | None
    casualty_id: str | None
    line: int


class Fatalities(Model):
    country: Country | None
    release: Release
    until: dt.date | None
    count: int
    by_mission: list[MissionDeaths]
    by_personnel_type: dict[str, int]
    by_incident_type: dict[str, int]
    by_year: dict[int, int]
    incidents: list[Incident]


class Deaths(Model):
    count: int
    until: dt.date | None
    release: Release


class World(Model):
    month: Month
    personnel: int | None
    women: int | None
    women_share: float | None
    contributing_countries: int
    missions: int | None
    peacekeeping_operations: int | None
    fatalities_since_1948: Deaths | None
    source: Report
    caveats: list[Caveat]


class MonthRow(Model):
    month: str
    status: Literal["ingested", "missing"]
    as_of: dt.date | None
    report: str | None
    layout: str | None
    rows: int | None
    personnel: int | None
    source: Literal["report", "datahub", "ipi"] | None = Field(
        description="where the month's figures come from: a UN monthly report, the Data Hub (DPO-UCHISTORICAL) or "
        "IPI's research dataset (1990-2014, not official)"
    )
    notes: str


class Months(Model):
    months: list[MonthRow]
    missing: list[str]


class FlagRow(Model):
    kind: str
    as_of: dt.date
    iso3: str | None
    country: str | None
    mission: str | None
    personnel_type: str | None
    detail: str
    report: str | None
    page: int | None
    label: str = Field(description="what the rule found, in words")
    decision: str = Field(description="corrected, withheld, checked: right as printed, or a note for readers")
    review_line: int | None


class Open(BaseModel):
    """An answer whose inner shape is documented in the guides (drafts, checks, news): keys kept as they come."""

    model_config = ConfigDict(extra="allow")


class Draft(Open):
    lang: Literal["en", "es", "fr"]
    country: Country
    date: dt.date
    month: Month
    text: list[str]
    figures: list[dict[str, Any]]
    placeholders: list[str]
    caveats: list[dict[str, Any]]


class CheckResult(Open):
    date: str | None = Field(
        None, description="The publication date as given: YYYY-MM-DD, or YYYY-MM or YYYY (a window)"
    )
    country: Country | None
    month: dict[str, Any] | None
    claims: list[dict[str, Any]]
    counts: dict[str, int]
    message: str


class News(Open):
    month: Month
    stories: list[dict[str, Any]]
    caveats: list[Caveat]
