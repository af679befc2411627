"""The Data Hub's missions list (DPPADPOSS-PKO), parsed as printed."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA
from fixtures import datasets

from peacekeeping.errors import PeacekeepingError
from peacekeeping.sources import missions
from peacekeeping.sources.missions import MissionsError

MISSIONS = DATA / "missions" / "missions-2024-02-19.csv"
HEADER = datasets.MISSIONS_HEADER
# two lines as the release of 2024-02-19 prints them (numbered as there)
MINUSCA = datasets.missions_line("MINUSCA", 70)
UNMISS = datasets.missions_line("UNMISS", 80)


@pytest.fixture(scope="module")
def real() -> missions.MissionList:
    return missions.read(MISSIONS)


@pytest.fixture(scope="module")
def rows(real) -> dict[str, missions.MissionRow]:
    return real.by_acronym()


def write(tmp_path, *lines: str, header: str = HEADER, name: str = "missions.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.mark.archive
def test_looks_like(tmp_path):
    assert missions.looks_like(MISSIONS)
    assert not missions.looks_like(DATA / "fatalities" / "fatalities-2025-04-04.csv")
    assert not missions.looks_like(DATA / "contributions" / "ranking-2022-01-31.csv")
    assert not missions.looks_like(DATA / "contributions" / "monthly-reports" / "UN_country_contributions_2022_06.pdf")
    assert not missions.looks_like(tmp_path)
    assert not missions.looks_like(tmp_path / "absent.csv")
    assert missions.looks_like(write(tmp_path, UNMISS))


@pytest.mark.archive
def test_rows_and_release(real):
    assert len(real.rows) == 81
    assert real.released == dt.date(2024, 2, 19)
    assert real.path == MISSIONS
    assert sum(r.active for r in real.rows) == 12
    assert real.rows[0].acronym == "UNYOM" and real.rows[0].line == 2
    assert real.rows[-1].acronym == "UNSCOB" and real.rows[-1].line == 82


@pytest.mark.archive
def test_decimal_commas(rows):
    minusca = rows["MINUSCA"]
    assert (minusca.hq, minusca.longitude, minusca.latitude) == ("Bangui", 18.5833, 4.3667)
    assert (rows["UNPSG"].longitude, rows["UNPSG"].latitude) == (15.9833, 45.8167)
    assert (rows["UNTAET"].longitude, rows["UNTAET"].latitude) == (125.567, -8.5667)


@pytest.mark.archive
def test_values_exactly_as_printed(rows):
    minusma = rows["MINUSMA"]  # no repairs here: still active, coordinates still swapped
    assert (minusma.active, minusma.end, minusma.longitude, minusma.latitude) == (True, None, 12.65, -8.0)
    assert (rows["UNOSOM II"].longitude, rows["UNOSOM II"].latitude) == (2.0333, 45.35)
    assert rows["MINUSTAH"].active is False  # printed "NO"
    assert rows["MINUSTAH"].end == dt.date(2017, 10, 1)
    assert rows["DOMREP"].name == '"Mission of the Representative of the Secretary-General in the'
    assert rows["UNMOGIP"].hq == "Islamabad (Nov-Apr) and Srinagar (May-Oct)"
    assert rows["UNMOGIP"].start == dt.date(1949, 1, 24)
    assert rows["UNOCI"].name == "United Nations Operation in Côte d’Ivoire"


@pytest.mark.archive
def test_blanks_are_none(rows):
    assert (rows["UNTSO"].hq, rows["UNTSO"].longitude, rows["UNTSO"].latitude) == ("Jerusalem", None, None)
    assert (rows["UNOHCI"].start, rows["UNOHCI"].end) == (None, None)
    assert (rows["UNSCOB"].start, rows["UNSCOB"].end) == (None, dt.date(1951, 7, 12))
    assert (rows["UNYOM"].hq, rows["UNYOM"].longitude) == (None, None)
    assert "UNTAG" not in rows and "UNTMIH" not in rows


@pytest.mark.archive
def test_rows_are_frozen(rows):
    with pytest.raises(AttributeError):
        rows["MINUSCA"].active = False  # type: ignore[misc]


def test_byte_order_mark_and_crlf(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + MINUSCA + "\r\n").encode("utf-8"))
    assert missions.looks_like(path)
    assert [r.acronym for r in missions.read(path).rows] == ["MINUSCA"]


def _error(path) -> MissionsError:
    with pytest.raises(MissionsError) as info:
        missions.read(path)
    assert isinstance(info.value, PeacekeepingError)
    assert path.name in str(info.value)
    return info.value


def test_renamed_column(tmp_path):
    path = write(tmp_path, UNMISS, header=HEADER.replace("mission_latitude", "latitude"))
    e = _error(path)
    assert e.line == 1 and "mission_latitude" in str(e) and "line 1" in str(e)
    assert not missions.looks_like(path)


def test_missing_column(tmp_path):
    header = HEADER.replace(",last_update", "")
    e = _error(write(tmp_path, UNMISS.rsplit(",", 1)[0], header=header))
    assert "last_update" in str(e)


@pytest.mark.parametrize(
    "bad,column",
    [
        ("2011-13-08", "start_date"),
        ("08/07/2011", "start_date"),
        ("2011-07-08 ", None),
    ],
)
def test_bad_date(tmp_path, bad, column):
    path = write(tmp_path, MINUSCA, UNMISS.replace("2011-07-08", bad))
    if column is None:  # surrounding spaces are tolerated
        assert missions.read(path).rows[1].start == dt.date(2011, 7, 8)
        return
    e = _error(path)
    assert e.line == 3 and column in str(e) and bad in str(e)


def test_bad_active_flag(tmp_path):
    e = _error(write(tmp_path, UNMISS.replace(",Yes,", ",Maybe,")))
    assert e.line == 2 and "mission_isactive" in str(e)


def test_bad_coordinate(tmp_path):
    e = _error(write(tmp_path, UNMISS.replace('"31,6000"', '"31,600,0"')))
    assert e.line == 2 and "mission_longitude" in str(e)


def test_bad_last_update(tmp_path):
    e = _error(write(tmp_path, UNMISS, MINUSCA.replace("2024-02-19", "")))
    assert e.line == 3 and "last_update" in str(e)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.csv"
    text = HEADER + "\n" + UNMISS + "\n" + MINUSCA.replace("Bangui", "Bangu\u00ef") + "\n"
    path.write_bytes(text.encode("latin-1"))
    e = _error(path)
    assert e.line == 3 and "UTF-8" in str(e)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert "empty" in str(_error(path))
    assert not missions.looks_like(path)


def test_header_only(tmp_path):
    assert "no mission rows" in str(_error(write(tmp_path)))


def test_wrong_field_count(tmp_path):
    e = _error(write(tmp_path, UNMISS, MINUSCA + ",extra"))
    assert e.line == 3 and "12 fields" in str(e)


def test_repeated_acronym(tmp_path):
    e = _error(write(tmp_path, UNMISS, MINUSCA, UNMISS))
    assert e.line == 4 and "UNMISS" in str(e) and "line 2" in str(e)


def test_blank_acronym(tmp_path):
    e = _error(write(tmp_path, UNMISS.replace(",UNMISS,", ",,")))
    assert e.line == 2 and "mission_acronym" in str(e)


def test_unreadable(tmp_path):
    assert "cannot read" in str(_error(tmp_path / "absent.csv"))
