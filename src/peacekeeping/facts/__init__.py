"""Facts: pure queries over the store. Every result says which report month it used and what each figure rests on."""

from .caveats import NotInReport
from .fatalities import NoFatalities, fatalities
from .missions import mission, missions
from .models import Caveat, Profile
from .months import ReportMonth, resolve_month
from .profile import country_profile
from .rankings import ranking
from .world import series, totals

__all__ = [
    "Caveat",
    "NoFatalities",
    "NotInReport",
    "Profile",
    "ReportMonth",
    "country_profile",
    "fatalities",
    "mission",
    "missions",
    "ranking",
    "resolve_month",
    "series",
    "totals",
]
