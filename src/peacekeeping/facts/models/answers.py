"""The facts' answers: a country's profile, rankings, missions, series, fatalities, the world, months and flags."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .base import Caveat, Change, Country, MissionFigure, Model, Month, Release, Report, Source, TypeFigure


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
