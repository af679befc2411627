"""The shapes of every answer, declared once: the facts' and the products' (drafts, checks, news), caveats included;
the JSON API serves them as they are (tests/web/test_api_v1.py holds it)."""

from .answers import (
    ClosedMission,
    Deaths,
    DeathsSummary,
    Deployment,
    Deployments,
    Fatalities,
    FlagRow,
    Host,
    Incident,
    IndexedMission,
    Mission,
    MissionContributor,
    MissionDeaths,
    MissionIndex,
    MissionRow,
    Missions,
    MonthRow,
    Months,
    Point,
    Profile,
    Ranking,
    RankRow,
    Series,
    World,
)
from .base import (
    Caveat,
    Change,
    Country,
    CountryRow,
    Flag,
    MissionFigure,
    Model,
    Month,
    Release,
    Report,
    Review,
    Scope,
    Source,
    TypeFigure,
    dump,
)
from .products import CheckResult, Draft, News, Open

__all__ = [
    "Caveat", "Change", "CheckResult", "ClosedMission", "Country", "CountryRow", "Deaths", "DeathsSummary",
    "Deployment", "Deployments", "Draft", "Fatalities", "Flag", "FlagRow", "Host", "Incident", "IndexedMission",
    "Mission", "MissionContributor", "MissionDeaths", "MissionFigure", "MissionIndex", "MissionRow", "Missions",
    "Model", "Month", "MonthRow", "Months", "News", "Open", "Point", "Profile", "RankRow", "Ranking", "Release",
    "Report", "Review", "Scope", "Series", "Source", "TypeFigure", "World", "dump",
]  # fmt: skip
