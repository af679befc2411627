"""Facts: pure queries over the store. Every result says which report month it used."""

from .casualties import NoFatalities, fatalities
from .contributions import Profile, country_profile, mission, ranking, series, totals
from .months import ReportMonth, parse_when, resolve_month

__all__ = [
    "NoFatalities", "Profile", "ReportMonth", "country_profile", "fatalities", "mission", "parse_when", "ranking",
    "resolve_month", "series", "totals",
]
