"""Layout detection over the whole archive: every file has exactly one layout, the one the registry names."""

from __future__ import annotations

import pytest
from conftest import REPORTS

from peacekeeping.sources.pdftext import Pdf
from peacekeeping.sources.reports import LAYOUTS, detect, layout_of_file


@pytest.mark.archive
def test_every_archive_file_has_exactly_the_layout_the_registry_names():
    files = sorted(REPORTS.glob("UN_country_contributions_*.pdf"))
    assert len(files) == 126
    found, expected = {}, {}
    for path in files:
        label = path.stem[-7:].replace("_", "-")
        with Pdf(path) as pdf:
            found[label] = detect(pdf).name
        expected[label] = layout_of_file(label).name
    assert found == expected


def test_the_registry_gives_each_month_at_most_one_layout():
    months = [f"{y}-{m:02d}" for y in range(2015, 2026) for m in range(1, 13)]
    for month in months:
        assert sum(layout.covers(month) for layout in LAYOUTS) <= 1, month
    assert layout_of_file("2016-11").name == "country_mission_detail"
    assert layout_of_file("2020-06").name == "uniformed_by_mission"
    assert layout_of_file("2023-09").name == "by_country_type"
    assert layout_of_file("2014-12") is None
