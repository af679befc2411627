"""The UN Peace and Security Data Hub: its API's address, the datasets this project reads, and their error.

Downloading is in `download.py` (kept as snapshots, `snapshots.py`); each dataset has its reader: `historical.py`
(DPO-UCHISTORICAL), `ranking.py` (DPO-UCLATEST), `fatalities.py` (DPPADPOSS-FATALITIES), `missions.py`
(DPPADPOSS-PKO).
"""

from __future__ import annotations

from typing import Any

from ..cells import country_code, required_text
from ..errors import SourceError

BASE_URL = "https://api.psdata.un.org/public/"
DATASETS = {
    "DPO-UCHISTORICAL": "uniformed personnel contributed by each country to each mission, monthly since 2010",
    "DPO-UCLATEST": "the latest ranking of countries by uniformed personnel contributed",
    "DPPADPOSS-FATALITIES": "fatalities in peacekeeping operations and special political missions since 1948",
    "DPPADPOSS-PKO": "past and present peacekeeping operations, with mandate dates and headquarters",
}
FORMATS = ("csv", "json")

# DPO-UCHISTORICAL and DPO-UCLATEST both print a country's personnel at a reporting date in these columns, and are
# told apart by the marks of each.
COUNTRY_COLUMNS = (
    "contributing_country",
    "female_personnel",
    "isocode3",
    "last_reporting_date",
    "m49_code",
    "male_personnel",
)
HISTORICAL_MARKS = {"mission_acronym", "personnel_type"}
RANKING_MARKS = {"personnel_contribution_rank", "total_uniformed_personnel"}


class DataHubError(SourceError):
    """A Data Hub download that failed, or a Data Hub file that cannot be read.

    Reading errors name the file and the CSV line (or JSON item); download errors are raised with the dataset's
    snapshot folder as `path`, so that the message starts with the dataset id, and name the URL and what to do.
    """


def dataset_url(dataset: str, base_url: str = BASE_URL, fmt: str = "csv") -> str:
    """Where the Data Hub serves a dataset: {base}/data/{DATASET}/{csv|json}."""
    return f"{base_url.rstrip('/')}/data/{dataset}/{fmt}"


def printed_country(values: dict[str, Any]) -> tuple[str, str | int | None, str | int | None]:
    """A contributing country as DPO-UCHISTORICAL and DPO-UCLATEST print it: its name and its two code columns,
    either of which may hold an ISO3 or an M49 code (the Data Hub's own definitions of the two are swapped in
    places)."""
    return (
        required_text("contributing_country", values["contributing_country"]),
        country_code("isocode3", values["isocode3"]),
        country_code("m49_code", values["m49_code"]),
    )
