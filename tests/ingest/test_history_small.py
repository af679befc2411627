"""IPI's research dataset without the archive: its files made in code (fixtures/ipi.py), read, harmonized, stored
beside the small store's reports and Data Hub months, and answered with the note that its figures are IPI's."""

from __future__ import annotations

import shutil

import pytest
from fixtures import ipi

from peacekeeping import facts, store
from peacekeeping.check.verify import check
from peacekeeping.errors import PeacekeepingError
from peacekeeping.facts import coverage, quality
from peacekeeping.facts.models import dump
from peacekeeping.facts.months import calendar
from peacekeeping.ingest import ingest
from peacekeeping.sources import ipi as source
from peacekeeping.sources.ipi import IpiError

SOURCE_NOTE = "are IPI's: International Peace Institute, Providing for Peacekeeping"


@pytest.fixture()
def hcon_small(small_history):
    connection = store.connect(small_history[0])
    yield connection
    connection.close()


def _texts(answer: dict | list) -> list[str]:
    return [c["text"] for c in dump(answer)]


# ------------------------------------------------------------------------------------------------ reading


def test_a_country_file_reads_renamed_types_and_na(tmp_path):
    path = ipi.country_file(
        tmp_path,
        "Ghana",
        {"1993-01-31": (700, None, 12), "1993-02-28": (None, None, None)},
        types=("Troops", "Civilian Police", "Military Observers"),
    )
    data = source.read_country(path)
    assert (data.country, data.empty) == ("Ghana", 1)
    assert [(r.as_of.isoformat(), r.personnel_type, r.total, r.line) for r in data.rows] == [
        ("1993-01-31", "Troops", 700, 2),
        ("1993-01-31", "Military Observers", 12, 2),
    ]
    db = tmp_path / "s.duckdb"
    ingest([path], db)
    with store.connect(db) as con:
        assert con.execute(
            "SELECT personnel_type, type_printed, total, report, line FROM contributions ORDER BY 1"
        ).fetchall() == [
            ("Experts on Mission", "Military Observers", 12, "Ghana.csv", 2),
            ("Troops", "Troops", 700, "Ghana.csv", 2),
        ]


def test_the_gender_file_leaves_roll_ups_out(ipi_folder):
    data = source.read_gender(ipi_folder / "full_gender_data.csv")
    assert data.roll_ups == 3  # the world's row and one per contributor
    assert sorted((r.country, r.mission, r.personnel_type, r.male, r.female, r.total) for r in data.rows) == [
        ("Ghana", "UNIFIL", "Troops", 650, 50, 700),
        ("Ghana", "UNMIL", "Experts_on_Mission", 5, 0, 5),
        ("Ghana", "UNMIL", "Individual_Police", 15, 5, 20),
        ("Peru", "MINUSTAH", "Troops", 190, 11, 200),
        ("Peru", "MONUC", "Experts_on_Mission", 9, 1, 10),
    ]


def test_a_row_printed_twice_is_refused(tmp_path, ipi_folder):
    path = tmp_path / "full_gender_data.csv"
    lines = (ipi_folder / "full_gender_data.csv").read_text().splitlines()
    path.write_text("\n".join([*lines, lines[3]]) + "\n")
    with pytest.raises(IpiError, match=r"full_gender_data.csv, line 9: Ghana, UNIFIL at 2010-01-31 repeats line 4"):
        source.read_gender(path)


@pytest.mark.parametrize(
    ("name", "types", "message"),
    [
        (
            "Atlantis",
            ("Troops", "Police", "Experts"),
            r"Atlantis.csv, line 2: 'Atlantis' is not a country name we know",
        ),
        ("Ghana", ("Troops", "Gendarmes", "Experts"), r"Ghana.csv, line 2: unknown personnel type 'Gendarmes'"),
    ],
)
def test_a_name_not_in_the_reviewed_tables_stops_the_ingest(tmp_path, name, types, message):
    path = ipi.country_file(tmp_path, name, {"1993-01-31": (5, 6, 7)}, types=types)
    db = tmp_path / "s.duckdb"
    with pytest.raises(PeacekeepingError, match=message):
        ingest([path], db)
    assert not db.exists()


def test_a_stray_file_name_is_left_out_unless_it_holds_figures(tmp_path, ipi_folder):
    summary = ingest([ipi_folder / "countries" / ".csv", ipi_folder / "countries" / "Peru.csv"], tmp_path / "s.db")
    assert [(o.file, o.status, o.reason) for o in summary.outcomes][0] == (
        ".csv",
        "ignored",
        "no country in the file's name and no figures in it (every value NA)",
    )
    stray = tmp_path / "countries" / ".csv"
    stray.parent.mkdir()
    stray.write_text('"Date","Troops","Police","Experts"\n1995-06-30,5,NA,NA\n')
    with pytest.raises(PeacekeepingError, match=r"\.csv, line 2: the file's name names no country"):
        ingest([tmp_path / "countries"], tmp_path / "other.db")


def test_an_unknown_mission_stops_the_ingest(tmp_path, ipi_folder):
    path = tmp_path / "data_mission.csv"
    path.write_text((ipi_folder / "data_mission.csv").read_text().replace('"UNAVEM II"', '"UNXYZ"'))
    with pytest.raises(PeacekeepingError, match=r"data_mission.csv, line 4: unclassified mission 'UNXYZ'"):
        ingest([path], tmp_path / "s.duckdb")


# ------------------------------------------------------------------------------------------------ the store


def test_months_say_where_their_figures_come_from(hcon_small, small_history):
    rows = {r["month"]: r for r in dump(coverage.coverage(hcon_small))}
    assert min(rows) == "1995-05" and rows["1995-08"]["status"] == "missing"
    assert [(m, rows[m]["source"], rows[m]["report"]) for m in ("1995-06", "2010-01", "2021-06", "2022-06")] == [
        ("1995-06", "ipi", "countries/*.csv"),
        ("2010-01", "ipi", "full_gender_data.csv"),
        ("2021-06", "datahub", "DPO-UCHISTORICAL.csv"),
        ("2022-06", "report", "UN_country_contributions_2022_06.pdf"),
    ]
    assert rows["1995-07"]["notes"].startswith("IPI carried 1995-06 forward: not an observation")
    ignored = {o.file: o.reason for o in small_history[1].outcomes if o.status == "ignored"}
    assert set(ignored) == {".csv", "current_month.csv", "data_monthly.csv"}


def test_an_ipi_month_is_answered_as_ipis(hcon_small):
    p = facts.country_profile(hcon_small, "Ghana", "1995-06")
    assert (p.total, p.women, p.month.report) == (900, None, "countries/*.csv")
    assert [(t.personnel_type, t.total) for t in p.by_type] == [
        ("Troops", 850),
        ("Experts on Mission", 40),
        ("Individual Police", 10),
    ]
    source_note = next(c for c in p.caveats if SOURCE_NOTE in c.text)
    assert {"/total", "/by_type/0/total", "/rank"} <= set(source_note.figures)
    assert "formed police units too" in source_note.text
    ranking = facts.ranking(hcon_small, "1995-06").to_dict()
    assert [(r["rank"], r["country"], r["total"]) for r in ranking["rows"]] == [
        (1, "Ghana", 900),
        (2, "Peru", 12),
        (3, "Côte d'Ivoire", 6),
    ]
    assert any(SOURCE_NOTE in t for t in _texts(ranking["caveats"]))


def test_a_carried_forward_month_says_so(hcon_small):
    p = facts.country_profile(hcon_small, "Ghana", "1995-07")
    assert p.total == 900
    carried = [c for c in p.caveats if "carried figures forward" in c.text]
    assert carried and "/total" in carried[0].figures and "1995-06" in carried[0].text
    months = calendar(hcon_small)
    assert (months.observed_since("1995-06"), months.observed_since("1995-07")) == ("1995-05", None)
    assert months.observed_since("2022-06") == "2022-03"  # 2022-02 is missing


def test_the_uns_figures_win_and_differences_are_flagged(hcon_small):
    june = facts.country_profile(hcon_small, "Ghana", "2022-06")
    assert june.total == 900 and not any(SOURCE_NOTE in c.text for c in june.caveats)  # not IPI's 1
    hub = facts.country_profile(hcon_small, "Peru", "2021-06")
    assert hub.total == 250
    assert (
        "IPI's research dataset gives another figure for Peru: DPO-UCHISTORICAL 250 against IPI 251 (Peru.csv, "
        "line 5)." in _texts(hub.caveats)
    )
    flags = {(f.kind, f.as_of.isoformat(), f.iso3) for f in quality.flags(hcon_small)}
    assert {
        ("ipi_disagreement", "2021-06-30", "PER"),
        ("ipi_no_breakdown", "2010-01-31", "USA"),
        ("ipi_sex_total", "2010-01-31", "PER"),
        ("carried_forward", "1995-07-31", None),
    } <= flags
    assert ("ipi_disagreement", "2021-06-30", "GHA") not in flags


def test_the_breakdown_by_mission_and_sex_and_what_it_lacks(hcon_small):
    p = facts.country_profile(hcon_small, "Peru", "2010-01")
    assert (p.total, p.women) == (210, None)  # IPI's men and women of MINUSTAH's troops do not add up: withheld
    assert [(m.acronym, m.total) for m in p.missions] == [("MINUSTAH", 200), ("MONUC", 10)]
    us = facts.country_profile(hcon_small, "United States of America", "2010-01")
    assert (us.total, us.missions) == (34, None)
    assert any("IPI's breakdown by mission and sex lacks United States of America" in t for t in _texts(us.caveats))
    world = facts.totals(hcon_small, "2010-01").to_dict()
    assert (world["personnel"], world["women"]) == (969, None)


def test_a_missions_whole_life_with_its_host(hcon_small):
    m = facts.mission(hcon_small, "UNPROFOR", "1995-06").to_dict()
    assert (m["total"], m["contributors"], m["host"]["name"]) == (802, [], "Croatia")
    assert [(t["personnel_type"], t["total"]) for t in m["by_type"]] == [("Troops", 750), ("Experts on Mission", 52)]
    assert any("by personnel type only" in t for t in _texts(m["caveats"]))
    unavem = facts.mission(hcon_small, "UNAVEM", "1995-06").to_dict()  # IPI's "UNAVEM II", kept under the aggregate
    assert (unavem["total"], unavem["host"]["iso3"]) == (116, "AGO")
    series = facts.series(hcon_small, mission_acronym="UNPROFOR").to_dict()
    assert [(p["month"], p["total"]) for p in series["points"] if p["total"]] == [
        ("1995-05", 740),
        ("1995-06", 802),
        ("1995-07", 802),
    ]


def test_series_run_from_the_first_month_with_gaps(hcon_small):
    points = facts.series(hcon_small, "Ghana").to_dict()["points"]
    months = [p["month"] for p in points]
    assert months[:3] == ["1995-05", "1995-06", "1995-07"] and "1995-08" not in months  # a gap, not a zero
    assert [p["total"] for p in points[:3]] == [840, 900, 900]


def test_the_checker_names_ipis_months(hcon_small):
    result = check(hcon_small, "Ghana contributes 900 uniformed personnel, 850 of them troops.", "1995-07-10")
    assert result.month["month"] == "1995-06"
    assert "IPI's figures of 1995-06-30 (a research dataset, not official)" in result.message
    assert all("not an official UN dataset" in v.note for v in result.verdicts)


def test_ingesting_ipi_again_changes_nothing(small_history, ipi_folder, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copyfile(small_history[0], db)
    before = db.read_bytes()
    summary = ingest([ipi_folder], db)
    assert {o.status for o in summary.outcomes} == {"unchanged", "ignored"}
    assert db.read_bytes() == before


def test_exports_and_charts_say_the_figures_are_ipis(hcon_small, tmp_path):
    import csv

    from peacekeeping import exports
    from peacekeeping.web.charts import trends as charts
    from peacekeeping.web.i18n import words

    out = tmp_path / "june-1995.csv"
    exports.export(hcon_small, "contributions", "csv", "1995-06", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(SOURCE_NOTE in r["caveats"] for r in rows)
    assert {(r["country"], r["personnel_type"], r["total"], r["source_file"]) for r in rows} >= {
        ("Ghana", "Troops", "850", "Ghana.csv")
    }
    points = facts.series(hcon_small, "Ghana").to_dict()["points"]
    assert [p["source"] for p in points[:2]] == ["ipi", "ipi"] and points[-1]["source"] == "report"
    chart = charts.trend(words("en"), "trend", points, "Ghana")
    assert chart.spec["title"]["subtitle"].endswith(
        "; months no report covers: International Peace Institute, Providing for Peacekeeping (research dataset, "
        "not official)"
    )
