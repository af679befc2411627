"""The fatalities register (DPPADPOSS-FATALITIES): real releases as CSV and JSON, quirks, bad input, and the
nationalities resolved at ingest."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from conftest import DATA, PERU_DEATHS_TO_2022_10_12

from peacekeeping.errors import PeacekeepingError
from peacekeeping.harmonize import nationalities
from peacekeeping.ingest.countries import nationalities_of
from peacekeeping.sources import fatalities
from peacekeeping.sources.fatalities import FatalitiesError

CSV_2025 = DATA / "fatalities" / "fatalities-2025-04-04.csv"
CSV_2023 = DATA / "fatalities" / "fatalities-2023-11-28.csv"
JSON_2023 = DATA / "datahub" / "DPPADPOSS-FATALITIES-2023-11-28.json"
HEADER = ",".join(fatalities.COLUMNS)
PERU_ROW = "480,1974-03-09,UNEF-1974-03-11728,UNEF,Fatality,M,Peru,Military,Malicious Act,604.0,PER,2025-04-04"


@cache
def release(path: Path) -> fatalities.FatalityRelease:
    """A real release, read once per test session."""
    return fatalities.read(path)


def write_csv(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "fatalities.csv") -> Path:
    """A hand-made CSV release in tmp_path."""
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def json_item(**changes: object) -> dict[str, object]:
    """The API's JSON object for a Peruvian fatality of 1974, with some fields changed."""
    item: dict[str, object] = {
        "id": 480,
        "incident_date": 132019200000,
        "casualty_id": "UNEF-1974-03-11728",
        "mission_acronym": "UNEF",
        "type_of_casualty": "Fatality",
        "gender": "M",
        "casualty_nationality": "Peru",
        "casualty_personnel_type": "Military",
        "type_of_incident": "Malicious Act",
        "m49_code": 604.0,
        "isocode3": "PER",
        "last_update": 1743724800000,
    }
    item.update(changes)
    return item


@cache
def harmonized(path: Path) -> list[tuple[fatalities.Fatality, str | None]]:
    """A real release's rows, each with the ISO3 its nationality resolves to at ingest."""
    return list(zip(release(path).rows, nationalities_of(release(path)), strict=True))


def rows_where(path: Path, nationality: str) -> list[tuple[fatalities.Fatality, str | None]]:
    return [(row, iso3) for row, iso3 in harmonized(path) if row.nationality == nationality]


# Real releases


@pytest.mark.archive
@pytest.mark.parametrize(
    "path,fmt,count,released",
    [
        (CSV_2025, "csv", 4429, dt.date(2025, 4, 4)),
        (CSV_2023, "csv", 4350, dt.date(2023, 11, 28)),
        (JSON_2023, "json", 4350, dt.date(2023, 11, 28)),
    ],
)
def test_release_counts(path, fmt, count, released):
    got = release(path)
    assert (got.format, got.release, len(got.rows)) == (fmt, released, count)
    assert len({row.id for row in got.rows}) == count


@pytest.mark.archive
def test_incident_range_2025():
    dates = [row.incident_date for row in release(CSV_2025).rows]
    assert (min(dates), max(dates)) == (dt.date(1948, 7, 6), dt.date(2025, 2, 18))


@pytest.mark.archive
def test_peru_up_to_release_date():
    peru = [row for row, iso3 in harmonized(CSV_2025) if iso3 == "PER" and row.incident_date <= dt.date(2022, 10, 12)]
    assert sorted((row.mission, row.incident_date.year) for row in peru) == PERU_DEATHS_TO_2022_10_12


@pytest.mark.archive
def test_json_and_csv_of_the_same_release_are_identical():
    from_csv, from_json = release(CSV_2023), release(JSON_2023)
    assert from_json.rows == from_csv.rows
    assert [row.line for row in from_csv.rows[:2]] == [2, 3]
    assert [row.line for row in from_json.rows[:2]] == [1, 2]


@pytest.mark.archive
def test_every_row_is_harmonized():
    for path in (CSV_2025, CSV_2023):
        undetermined = [row for row, iso3 in harmonized(path) if iso3 is None]
        assert Counter(row.nationality for row in undetermined) == {"ZZ [Undetermined]": 14, "": 1}


@pytest.mark.archive
@pytest.mark.parametrize("path", [CSV_2025, CSV_2023, JSON_2023])
def test_looks_like_real_releases(path):
    assert fatalities.looks_like(path)


@pytest.mark.archive
@pytest.mark.parametrize(
    "path",
    [
        DATA / "README.md",
        DATA / "missions" / "missions-2024-02-19.csv",
        DATA / "reference" / "unsd-m49-2021.csv",
        DATA / "contributions" / "ranking-2022-01-31.csv",
        DATA / "datahub" / "metadata-all-2023-11.json",
        DATA / "contributions" / "monthly-reports" / "UN_country_contributions_2022_06.pdf",
    ],
)
def test_looks_like_rejects_other_files(path):
    assert not fatalities.looks_like(path)


# Quirks


@pytest.mark.archive
def test_float_m49_codes():
    row = next(row for row in release(CSV_2025).rows if row.id == 480)
    assert (row.nationality, row.m49, row.isocode3) == ("Peru", 604, "PER")
    assert type(row.m49) is int


@pytest.mark.archive
def test_cote_divoire_has_no_codes():
    rows = rows_where(CSV_2025, "Côte dIvoire")
    assert len(rows) == 29
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in rows} == {(None, None, "CIV")}


@pytest.mark.archive
def test_turkiye_has_no_codes_in_2025_and_was_turkey_in_2023():
    new, old = rows_where(CSV_2025, "Türkiye"), rows_where(CSV_2023, "Turkey")
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in new} == {(None, None, "TUR")}
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in old} == {(792, "TUR", "TUR")}
    assert sorted(row.casualty_id for row, _ in new) == sorted(row.casualty_id for row, _ in old)
    assert len(new) == 6


@pytest.mark.archive
def test_other_nationalities_without_codes():
    rows = [(row, iso3) for row, iso3 in harmonized(CSV_2025) if row.m49 is None]
    assert Counter((row.nationality, iso3) for row, iso3 in rows) == {
        ("Côte dIvoire", "CIV"): 29,
        ("ZZ [Undetermined]", None): 14,
        ("Türkiye", "TUR"): 6,
        ("Viet Nam", "VNM"): 1,
        ("Mauritius", "MUS"): 1,
        ("", None): 1,
    }


@pytest.mark.archive
def test_undetermined_nationality_has_no_country():
    rows = rows_where(CSV_2025, "ZZ [Undetermined]")
    assert len(rows) == 14
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in rows} == {(None, None, None)}


@pytest.mark.archive
def test_historic_yugoslavia_and_serbia_and_montenegro():
    yugoslavia, scg = rows_where(CSV_2025, "Yugoslavia"), rows_where(CSV_2025, "Serbia and Montenegro")
    assert (len(yugoslavia), len(scg)) == (14, 6)
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in yugoslavia} == {(890, "YUG", "YUG")}
    assert {(row.m49, row.isocode3, iso3) for row, iso3 in scg} == {(891, "SCG", "SCG")}


@pytest.mark.archive
def test_trailing_spaces_are_stripped(tmp_path):
    types = Counter(row.personnel_type for row in release(CSV_2025).rows)
    assert types["Local"] == 557 and "Local " not in types
    path = write_csv(
        tmp_path,
        " 480 , 1974-03-09,UNEF-1974-03-11728 , UNEF ,Fatality,M,Peru ,Military ,Malicious Act, 604.0 ,PER ,2025-04-04",
    )
    row = fatalities.read(path).rows[0]
    assert (row.id, row.mission, row.nationality, row.personnel_type, row.m49, row.isocode3) == (
        480,
        "UNEF",
        "Peru",
        "Military",
        604,
        "PER",
    )


@pytest.mark.archive
def test_epoch_milliseconds_before_and_after_1970(tmp_path):
    first = release(JSON_2023).rows[0]
    assert first.incident_date == dt.date(1948, 7, 6)
    assert json.loads(JSON_2023.read_text(encoding="utf-8"))[0]["incident_date"] == -678153600000
    path = tmp_path / "fatalities.json"
    path.write_text(json.dumps([json_item(), json_item(id=481, incident_date=-86400000)]), encoding="utf-8")
    got = fatalities.read(path)
    assert got.format == "json" and got.release == dt.date(2025, 4, 4)
    assert [row.incident_date for row in got.rows] == [dt.date(1974, 3, 9), dt.date(1969, 12, 31)]


@pytest.mark.archive
def test_repeated_casualty_ids_have_unique_ids():
    rows = harmonized(CSV_2025)
    repeated = {cid for cid, n in Counter(row.casualty_id for row, _ in rows).items() if n > 1}
    assert len(repeated) == 6
    pairs = [
        sorted((pair for pair in rows if pair[0].casualty_id == cid), key=lambda pair: pair[0].id) for cid in repeated
    ]
    assert all(len(pair) == 2 and pair[0][0].id != pair[1][0].id for pair in pairs)
    # each death is listed once as Montenegro and once as Serbia and Montenegro
    assert {tuple(iso3 for _, iso3 in pair) for pair in pairs} == {("MNE", "SCG")}
    assert all(pair[0][0].incident_date == pair[1][0].incident_date for pair in pairs)


def test_mixed_last_update_takes_the_latest(tmp_path):
    path = write_csv(tmp_path, PERU_ROW.replace("2025-04-04", "2025-01-01"), PERU_ROW.replace("480,", "481,", 1))
    assert fatalities.read(path).release == dt.date(2025, 4, 4)


def test_format_is_detected_by_content(tmp_path):
    as_json = tmp_path / "download.csv"
    as_json.write_text(json.dumps([json_item()]), encoding="utf-8")
    as_csv = write_csv(tmp_path, PERU_ROW, name="download.json")
    assert fatalities.read(as_json).format == "json" and fatalities.read(as_csv).format == "csv"
    assert fatalities.read(as_json).rows == fatalities.read(as_csv).rows
    assert fatalities.looks_like(as_json) and fatalities.looks_like(as_csv)


def test_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + PERU_ROW + "\r\n").encode("utf-8"))
    assert fatalities.looks_like(path)
    assert fatalities.read(path).rows[0].line == 2


# Nationalities


@pytest.mark.parametrize(
    "printed,m49,isocode3,iso3",
    [
        ("Peru", 604.0, "PER", "PER"),
        ("Peru ", "604.0", "per", "PER"),
        ("Côte dIvoire", None, None, "CIV"),
        ("Türkiye", None, None, "TUR"),
        ("Turkey", 792.0, "TUR", "TUR"),
        ("Yugoslavia", 890.0, "YUG", "YUG"),
        ("Serbia and Montenegro", 891.0, "SCG", "SCG"),
        ("Viet Nam", None, None, "VNM"),
    ],
)
def test_nationality_resolves(printed, m49, isocode3, iso3):
    assert nationalities.resolve(printed, m49, isocode3).iso3 == iso3


@pytest.mark.parametrize("printed", ["ZZ [Undetermined]", "zz [undetermined] ", ""])
def test_undetermined_markers(printed):
    assert nationalities.resolve(printed, None, None) is None


@pytest.mark.parametrize(
    "printed,m49,isocode3,fragment",
    [
        ("Peru", 250.0, "PER", "disagrees with m49_code 250, the M49 code of France (FRA)"),
        ("Peru", 604.0, "FRA", "disagrees with isocode3 'FRA', the ISO3 code of France (FRA)"),
        ("Peru", 604.5, "PER", "not a whole number"),
        ("Peru", 999.0, None, "M49 code 999 is not in countries.csv"),
        ("ZZ [Undetermined]", 604.0, "PER", "undetermined nationality"),
    ],
)
def test_nationality_code_conflicts(printed, m49, isocode3, fragment):
    with pytest.raises(nationalities.NationalityError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        nationalities.resolve(printed, m49, isocode3)


def test_reviewed_code_exception(monkeypatch):
    tables = nationalities._tables()
    peru = nationalities.resolve("Peru", None, None)
    reviewed = {("peru", 250, "PER"): peru}
    monkeypatch.setattr(nationalities, "_tables", lambda: nationalities._Tables(tables.undetermined, reviewed))
    assert nationalities.resolve("Peru", 250.0, "PER") == peru


# Bad input


def assert_fails(path: Path, *fragments: str, ingest: bool = False) -> FatalitiesError:
    """Reading the file (and, with `ingest`, resolving its nationalities) fails naming the file and the fragments."""
    with pytest.raises(FatalitiesError) as info:
        data = fatalities.read(path)
        if ingest:
            nationalities_of(data)
    message = str(info.value)
    assert isinstance(info.value, PeacekeepingError) and "\n" not in message
    assert message.startswith(path.name)
    for fragment in fragments:
        assert fragment in message
    return info.value


def test_renamed_column(tmp_path):
    path = write_csv(tmp_path, PERU_ROW, header=HEADER.replace("casualty_nationality", "nationality"))
    assert_fails(path, "line 1", "missing column 'casualty_nationality'", "unexpected column 'nationality'")
    assert not fatalities.looks_like(path)


def test_missing_column(tmp_path):
    path = write_csv(tmp_path, PERU_ROW.rsplit(",", 1)[0], header=HEADER.rsplit(",", 1)[0])
    assert_fails(path, "line 1", "missing column 'last_update'")


def test_missing_key_in_json(tmp_path):
    item = json_item()
    del item["isocode3"]
    path = tmp_path / "fatalities.json"
    path.write_text(json.dumps([json_item(), item]), encoding="utf-8")
    assert_fails(path, "item 2", "missing column 'isocode3'")


def test_truncated_json(tmp_path):
    path = tmp_path / "fatalities.json"
    text = json.dumps([json_item(), json_item(id=481), json_item(id=482)])
    path.write_text(text[: len(text) - 40], encoding="utf-8")
    assert_fails(path, "item 3", "truncated")
    path.write_text(text[:-1], encoding="utf-8")
    assert_fails(path, "item 3", "no closing ']'")


def test_truncated_csv(tmp_path):
    path = write_csv(tmp_path, PERU_ROW, PERU_ROW.replace("480,", "481,", 1)[:40])
    assert_fails(path, "line 3", "fields, expected 12")


def test_non_utf8(tmp_path):
    path = tmp_path / "fatalities.csv"
    path.write_bytes((HEADER + "\n" + PERU_ROW.replace("Peru", "Côte dIvoire") + "\n").encode("latin-1"))
    assert_fails(path, "line 2", "not UTF-8")


@pytest.mark.parametrize("content", [b"", b"\n  \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "fatalities.csv"
    path.write_bytes(content)
    assert_fails(path, "empty file")
    assert not fatalities.looks_like(path)


def test_header_only(tmp_path):
    assert_fails(write_csv(tmp_path), "no rows")


@pytest.mark.parametrize(
    "old,new,fragment",
    [
        ("1974-03-09", "09/03/1974", "incident_date '09/03/1974' is not a YYYY-MM-DD date"),
        ("1974-03-09", "1974-02-30", "incident_date '1974-02-30'"),
        ("481,", "48I,", "id '48I' is not a whole number"),
        ("604.0", "Peru", "M49 code 'Peru' is not a number"),
        ("UNEF,", ",", "mission_acronym is empty"),
    ],
)
def test_unparseable_values(tmp_path, old, new, fragment):
    path = write_csv(tmp_path, PERU_ROW, PERU_ROW.replace("480,", "481,", 1).replace(old, new, 1))
    assert_fails(path, "line 3", fragment)


@pytest.mark.parametrize(
    "changes,fragment",
    [
        ({"incident_date": "1974-03-09"}, "incident_date '1974-03-09' is not epoch milliseconds"),
        ({"incident_date": 132019200000 + 3600000}, "is not a UTC midnight"),
        ({"id": "480"}, "id '480' is not an integer"),
        ({"gender": 1}, "gender 1 is not text"),
    ],
)
def test_unparseable_json_values(tmp_path, changes, fragment):
    path = tmp_path / "fatalities.json"
    path.write_text(json.dumps([json_item(), json_item(**{"id": 481, **changes})]), encoding="utf-8")
    assert_fails(path, "item 2", fragment)


def test_repeated_id(tmp_path):
    assert_fails(write_csv(tmp_path, PERU_ROW, PERU_ROW), "line 3", "id 480 repeats the id of line 2")


def test_unknown_nationality_names_it_with_suggestions(tmp_path):
    path = write_csv(tmp_path, PERU_ROW, PERU_ROW.replace("480,", "481,", 1).replace("Peru", "Perou"))
    assert fatalities.read(path).rows[1].nationality == "Perou"  # as printed: resolved at ingest
    error = assert_fails(path, "line 3", "unknown nationality 'Perou'", "did you mean Peru", ingest=True)
    assert error.where == "line 3"


def test_name_and_code_disagree(tmp_path):
    path = write_csv(tmp_path, PERU_ROW.replace("604.0", "250.0"))
    assert_fails(
        path,
        "line 2",
        "nationality 'Peru' (Peru, PER) disagrees with m49_code 250, the M49 code of France",
        ingest=True,
    )


def test_error_survives_pickling():
    import pickle

    error = FatalitiesError("x/fatalities.csv", "empty file", "line 2")
    assert str(pickle.loads(pickle.dumps(error))) == "fatalities.csv, line 2: empty file"
