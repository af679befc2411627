"""Facts: pure queries over the store. Every result says which report month it used."""

from .contributions import Profile, country_profile, mission, ranking, series, totals
from .fatalities import NoFatalities, fatalities
from .months import ReportMonth, resolve_month

__all__ = [
    "NoFatalities", "Profile", "ReportMonth", "country_profile", "fatalities", "mission", "ranking",
    "resolve_month", "series", "totals",
]
