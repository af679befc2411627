"""Layout detection over the whole archive: every file has exactly one layout, the expected one."""

from __future__ import annotations

from conftest import REPORTS

from peacekeeping.sources.pdftext import Pdf
from peacekeeping.sources.reports import detect


def expected_layout(label: str) -> str:
    """The layout of an archive file, from the table in ../shared/data/README.md."""
    special = {
        "2016_11": "peackeeping_detail", "2019_10": "country_matrix", "2020_06": "uniformed_by_mission",
        "2023_09": "by_country_type", "2019_09": "table_export", "2021_01": "table_export",
        "2022_09": "table_export", "2024_10": "table_export",
    }
    if label in special:
        return special[label]
    for last, layout in (("2017_04", "mission_summary"), ("2018_02", "by_country_mission_post"),
                         ("2019_08", "by_country_post"), ("2020_12", "mission_country_post")):
        if label <= last:
            return layout
    return "uniformed_by_mission"


def test_every_archive_file_has_exactly_its_layout():
    files = sorted(REPORTS.glob("UN_country_contributions_*.pdf"))
    assert len(files) == 126
    found = {}
    for path in files:
        with Pdf(path) as pdf:
            found[path.stem[-7:]] = detect(pdf).NAME
    assert found == {label: expected_layout(label) for label in found}
