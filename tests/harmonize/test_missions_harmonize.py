"""The reviewed missions list: corrections applied, every acronym classified."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from conftest import DATA
from fixtures import datasets

from peacekeeping.harmonize import missions
from peacekeeping.harmonize.missions import ReviewError, UnknownMission
from peacekeeping.ingest import missions as review_of
from peacekeeping.sources import missions as source

MISSIONS = DATA / "missions" / "missions-2024-02-19.csv"
FATALITIES = sorted((DATA / "fatalities").glob("*.csv"))
# select distinct mission from contributions, in a store built from all 126 reports (2015-01 .. 2025-07)
REPORTED = (
    "BINUB BINUH MINUJUSTH MINURSO MINUSCA MINUSMA MINUSTAH MONUSCO UNAMA UNAMI UNAMID UNDOF UNFICYP UNIFIL "
    "UNIOGBIS UNISFA UNITAMS UNMC UNMHA UNMIK UNMIL UNMISS UNMOGIP UNOCI UNOWAS UNSMIL UNSOM UNSOS UNTMIS UNTSO UNVMC"
).split()
MINUSCA = datasets.missions_line("MINUSCA", 70)  # as the release of 2024-02-19 prints it
MINURCA = (
    "73,MINURCA,United Nations Mission in the Central African Republic,DPO,No,1998-04-01,2000-02-01,Bangui,"
    '"18,5833","4,3667",2024-02-19'
)
MINUSMA = (
    "69,MINUSMA,United Nations Multidimensional Integrated Stabilization Mission in Mali,DPO,Yes,2013-04-25,,"
    'Bamako,"12,6500","-8,0000",2024-02-19'
)


@pytest.fixture(scope="module")
def review() -> missions.Review:
    return review_of.review(source.read(MISSIONS))


@pytest.fixture(scope="module")
def by_acronym(review) -> dict[str, missions.Mission]:
    return {m.acronym: m for m in review.missions}


def write(tmp_path, *lines: str):
    path = tmp_path / "missions.csv"
    path.write_text("\n".join([datasets.MISSIONS_HEADER, *lines]) + "\n", encoding="utf-8")
    return source.read(path)


def fatality_acronyms() -> set[str]:
    found: set[str] = set()
    for path in FATALITIES:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            found |= {r["mission_acronym"] for r in csv.DictReader(fh)}
    return found


@pytest.mark.archive
def test_real_file_reviews_cleanly(review):
    assert len(review.missions) == 81 + 29
    assert review.unused == []
    assert review.warnings == []
    assert review_of.unused_corrections(source.read(MISSIONS)) == []
    assert review_of.reviewed(source.read(MISSIONS)) == review.missions


@pytest.mark.archive
def test_minusca(by_acronym):
    m = by_acronym["MINUSCA"]
    assert (m.hq, m.latitude, m.longitude, m.kind, m.active) == ("Bangui", 4.3667, 18.5833, "pko", True)
    assert m.start == dt.date(2014, 4, 10) and m.end is None


@pytest.mark.archive
def test_minusma_closed(by_acronym):
    m = by_acronym["MINUSMA"]
    assert (m.active, m.end) == (False, dt.date(2023, 12, 31))
    assert (m.hq, m.latitude, m.longitude) == ("Bamako", 12.65, -8.0)


@pytest.mark.archive
@pytest.mark.parametrize(
    "acronym,city,lat,lon",
    [
        ("UNOSOM I", "Mogadishu", 2.0333, 45.35),
        ("UNOSOM II", "Mogadishu", 2.0333, 45.35),
        ("UNEF", "Gaza", 31.5, 34.4667),
        ("UNAVEM I", "Luanda", -8.8383, 13.2344),
        ("UNAVEM II", "Luanda", -8.8383, 13.2344),
        ("UNSCOB", "Athens", 37.9669, 23.7668),
        ("UNMEE", "Asmara", 15.3333, 38.9333),
        ("UNIIMOG", "Tehran", 35.6833, 51.4167),
    ],
)
def test_coordinates_repaired(by_acronym, acronym, city, lat, lon):
    m = by_acronym[acronym]
    assert (m.hq, m.latitude, m.longitude) == (city, lat, lon)


@pytest.mark.archive
def test_every_city_in_one_place(review):
    places: dict[str, set[tuple[float, float]]] = {}
    for m in review.missions:
        if m.latitude is not None:
            places.setdefault(m.hq, set()).add((m.latitude, m.longitude))
    assert {city for city, points in places.items() if len(points) > 1} == set()
    assert places["Luanda"] == {(-8.8383, 13.2344)}


@pytest.mark.archive
def test_names_repaired(by_acronym):
    domrep = "Mission of the Representative of the Secretary-General in the Dominican Republic"
    assert by_acronym["DOMREP"].name == domrep
    assert by_acronym["UNISFA"].name == "United Nations Interim Security Force for Abyei"
    assert by_acronym["ONUC"].name == "United Nations Operation in the Congo"
    unavem = by_acronym["UNAVEM"]
    assert (unavem.end, unavem.covers) == (dt.date(1997, 6, 1), ("UNAVEM I", "UNAVEM II", "UNAVEM III"))


@pytest.mark.archive
def test_missing_rows_added(by_acronym):
    untag = by_acronym["UNTAG"]
    assert (untag.kind, untag.line, untag.active, untag.hq) == ("pko", None, False, "Windhoek")
    assert (untag.start, untag.end) == (dt.date(1989, 4, 1), dt.date(1990, 3, 21))
    assert untag.name == "United Nations Transition Assistance Group"
    untmih = by_acronym["UNTMIH"]
    assert (untmih.kind, untmih.start, untmih.end) == ("pko", dt.date(1997, 8, 1), dt.date(1997, 11, 30))
    assert (by_acronym["UNTMIS"].kind, by_acronym["UNTMIS"].active) == ("spm", True)
    assert (by_acronym["UNSOM"].end, by_acronym["UNSOM"].active) == (dt.date(2024, 10, 31), False)
    assert by_acronym["UNSecretariat"].kind == "other"


@pytest.mark.archive
def test_every_reported_and_dead_acronym_has_a_mission(by_acronym):
    assert set(REPORTED) | fatality_acronyms() <= set(by_acronym)


@pytest.mark.parametrize("acronym", REPORTED)
def test_reported_acronyms_classified(acronym):
    assert missions.kind(acronym) in missions.KINDS
    assert missions.full_name(acronym)


@pytest.mark.archive
def test_fatality_acronyms_classified():
    found = fatality_acronyms()
    assert len(found) == 81
    assert {a for a in found if missions.kind(a) not in missions.KINDS} == set()


@pytest.mark.archive
def test_file_acronyms_classified():
    assert all(missions.kind(r.acronym) in missions.KINDS for r in source.read(MISSIONS).rows)


@pytest.mark.archive
def test_classification_counts(review):
    kinds = missions.classified()
    assert len(kinds) == 114  # with BNUB, LBB, UNOA and UNOTIL of IPI's mission totals
    assert {k: sum(1 for x in kinds if x.kind == k) for k in missions.KINDS} == {"pko": 77, "spm": 28, "other": 9}
    # the UN counts 71 peacekeeping operations since 1948; aggregates and duplicates stand for some of them
    operations = [m for m in review.missions if m.kind == "pko" and not m.covers]
    assert len(operations) == 71
    assert sorted(m.acronym for m in operations if m.active) == [
        "MINURSO",
        "MINUSCA",
        "MONUSCO",
        "UNDOF",
        "UNFICYP",
        "UNIFIL",
        "UNISFA",
        "UNMIK",
        "UNMISS",
        "UNMOGIP",
        "UNTSO",
    ]


# a kind of operation (peacekeeping, special political mission, other) and acronyms of that kind, as printed
KINDS = {
    "pko": ("MINUSCA", " minusca ", "UNEF", "UNOSOM II", "IPTF"),
    "spm": ("UNAMA", "UNVMC", "OSESyria", "UNSMA"),
    "other": ("UNSOS", "UNSecretariat", "UNSECRETARIAT", "UNOHCI"),
}


@pytest.mark.parametrize(
    ("kind", "acronym"), [(kind, acronym) for kind, acronyms in KINDS.items() for acronym in acronyms]
)
def test_kind(kind, acronym):
    assert missions.kind(acronym) == kind


def test_full_name_and_covers():
    assert missions.full_name("UNTAG") == "United Nations Transition Assistance Group"
    assert missions.full_name("unmha") == "United Nations Mission to Support the Hodeidah Agreement"
    assert missions.covers("UNEF") == ("UNEF I", "UNEF II")
    assert missions.covers("UNOSOM") == ("UNOSOM I", "UNOSOM II")
    assert missions.covers("MINUSCA") == ()


def test_unclassified_acronym():
    with pytest.raises(UnknownMission, match="UNXYZ"):
        missions.kind("UNXYZ")
    with pytest.raises(UnknownMission):
        missions.full_name("Total for Mission 5")


def test_acronym_still_normalizes():
    assert missions.acronym(" Minusca ") == "MINUSCA"
    with pytest.raises(UnknownMission):
        missions.acronym("Total for Mission 5")


def test_corrections_table_shape():
    table = missions.corrections()
    assert all(c.note for c in table)
    # a whole row, or any column but the id, the acronym (the key) and the release date
    assert {c.field for c in table} <= {"row", *source.COLUMNS} - {"id", "mission_acronym", "last_update"}
    assert sum(c.field == "row" for c in table) == 29


def test_stale_correction_raises(tmp_path):
    fixed = MINUSMA.replace(",Yes,", ",No,").replace(",2013-04-25,,", ",2013-04-25,2023-12-31,")
    with pytest.raises(ReviewError, match=r"missions\.csv, line 2: MINUSMA mission_isactive"):
        review_of.review(write(tmp_path, fixed))


def test_stale_coordinates_raise(tmp_path):
    fixed = MINUSMA.replace('"12,6500","-8,0000"', '"-8,0000","12,6500"')
    with pytest.raises(ReviewError, match="MINUSMA mission_longitude"):
        review_of.review(write(tmp_path, fixed))


def test_added_row_now_printed_raises(tmp_path):
    untag = (
        "90,UNTAG,United Nations Transition Assistance Group,DPO,No,1989-04-01,1990-03-21,Windhoek,"
        '"17,08","-22,57",2024-02-19'
    )
    with pytest.raises(ReviewError, match="line 3: UNTAG now has a row"):
        review_of.review(write(tmp_path, MINUSCA, untag))


def test_unused_corrections_are_warnings(tmp_path):
    mission_list = write(tmp_path, MINUSCA, MINUSMA)
    review = review_of.review(mission_list)
    unused = {c.acronym for c in review.unused}
    assert {"UNOSOM I", "UNEF", "DOMREP", "UNAVEM"} <= unused and "MINUSMA" not in unused
    warnings = review_of.unused_corrections(mission_list)
    assert len(warnings) == len(review.unused)
    assert any("UNSCOB has no row in missions.csv" in w for w in warnings)
    assert [m.acronym for m in review.missions][:2] == ["MINUSCA", "MINUSMA"]
    assert len(review.missions) == 2 + 29


def test_new_swap_is_flagged(tmp_path):
    swapped = MINURCA.replace('"18,5833","4,3667"', '"4,3667","18,5833"')
    warnings = review_of.review(write(tmp_path, MINUSCA, swapped)).warnings
    assert any("MINURCA places Bangui" in w and "swapped" in w for w in warnings)


def test_impossible_coordinates_raise(tmp_path):
    bad = MINUSCA.replace('"18,5833","4,3667"', '"18,5833","104,3667"')
    with pytest.raises(ReviewError, match="line 2: MINUSCA has impossible coordinates"):
        review_of.review(write(tmp_path, bad))


def test_unclassified_row_raises(tmp_path):
    new = '99,UNXYZ,United Nations Example Mission,DPO,Yes,2026-01-01,,Geneva,"6,14","46,2",2026-01-01'
    with pytest.raises(UnknownMission, match="UNXYZ"):
        review_of.review(write(tmp_path, new))


@pytest.fixture()
def tables(monkeypatch):
    """Swap in hand-made reviewed tables: tables['mission_corrections.csv'] = [rows]."""
    fake: dict[str, list[dict[str, str]]] = {}
    real = missions.read_table
    monkeypatch.setattr(missions, "read_table", lambda name: fake[name] if name in fake else real(name))
    missions.corrections.cache_clear()
    missions._kinds.cache_clear()
    yield fake
    missions.corrections.cache_clear()
    missions._kinds.cache_clear()


def correction(acronym="MINUSMA", field="mission_isactive", printed="Yes", corrected="No", note="closed"):
    return {"acronym": acronym, "field": field, "printed": printed, "corrected": corrected, "note": note}


@pytest.mark.parametrize(
    "row,message",
    [
        (correction(note=""), "needs a note"),
        (correction(field="isactive"), "unknown field"),
        (correction(corrected="Yes"), "equals the printed one"),
        (correction(field="end_date", printed="", corrected="31/12/2023"), "end_date"),
    ],
)
def test_malformed_corrections(tables, row, message):
    tables["mission_corrections.csv"] = [row]
    with pytest.raises(ReviewError, match=message):
        missions.corrections()


def test_added_row_needs_status(tables):
    tables["mission_corrections.csv"] = [correction("UNTAG", "row", "", "added", "missing")]
    with pytest.raises(ReviewError, match="UNTAG need a mission_isactive"):
        missions.corrections()


def test_malformed_kinds(tables):
    tables["mission_kinds.csv"] = [{"acronym": "UNEF", "kind": "peacekeeping", "name": "x", "covers": "", "note": ""}]
    with pytest.raises(ReviewError, match="kind 'peacekeeping'"):
        missions.kind("UNEF")
