"""The checker's notes in the reader's language: each note keeps its template's key and values beside the English
(the API's, word for word), and the wording layer says it in Spanish and French; a note with free English in it
stays English."""

from __future__ import annotations

import json
import pickle

import pytest

from peacekeeping.check.reference import IPI_NOTE
from peacekeeping.wording.check_notes import IPI, Said, said, say, source

NBSP, NNBSP = "\u00a0", "\u202f"
SAYS = said("data_says", readings=[("uniformed personnel", 1280), ("troops", 1200)])

NOTES = [
    (
        said("matches_counting", label="troops and staff officers"),
        "matches the data counting troops and staff officers",
        "coincide con los datos si se cuenta las tropas y los oficiales de Estado Mayor",
        "correspond aux données en comptant les troupes et les officiers d’état-major",
    ),
    (
        said("approximately", actual=1230, label=None),
        "approximately: the data says 1,230",
        "aproximadamente: los datos dicen 1.230",
        f"approximativement{NBSP}: les données indiquent 1{NNBSP}230",
    ),
    (
        said("true_but", actual=270, label="uniformed personnel", rounded=True),
        "true, but the data says 270 (uniformed personnel) (stale or rounded)",
        "cierto, pero los datos dicen 270 (el personal uniformado) (cifra desactualizada o redondeada)",
        "exact, mais les données indiquent 270 (le personnel en tenue) (chiffre périmé ou arrondi)",
    ),
    (
        SAYS,
        "the data says 1,280 (uniformed personnel) or 1,200 (troops)",
        "los datos dicen 1.280 (el personal uniformado) o 1.200 (las tropas)",
        f"les données indiquent 1{NNBSP}280 (le personnel en tenue) ou 1{NNBSP}200 (les troupes)",
    ),
    (
        said("deaths", note="", since=None, until="2022-10-12"),
        "deaths since 1948 to 2022-10-12",
        "fallecimientos desde 1948 hasta el 12 de octubre de 2022",
        "décès depuis 1948 jusqu’au 12 octobre 2022",
    ),
    (
        said("deaths", note=said("data_says", readings=[("uniformed personnel", 4)]), since="2020-01-01", until=None),
        "the data says 4; deaths from 2020-01-01",
        "los datos dicen 4; fallecimientos del 1 de enero de 2020",
        f"les données indiquent 4{NNBSP}; décès du 1er janvier 2020",
    ),
    (
        said("no_report_covers", asked="2022-07"),
        "not checkable: no report covers 2022-07, the month the text states",
        "no verificable: ningún informe cubre julio de 2022, el mes que indica el texto",
        f"non vérifiable{NBSP}: aucun rapport ne couvre juillet 2022, le mois qu’indique le texte",
    ),
    (
        said("ambiguous_month", fits=["2022-05", "2022-06"], note=""),
        "ambiguous month: it holds in 2022-05, 2022-06 only",
        "mes ambiguo: solo se cumple en mayo de 2022, junio de 2022",
        f"mois ambigu{NBSP}: ne se vérifie qu’en mai 2022, juin 2022",
    ),
    (
        said("stale_in", held="2022-05", month="2022-06", note=SAYS),
        "stale: held in 2022-05; in 2022-06 the data says 1,280 (uniformed personnel) or 1,200 (troops)",
        "desactualizada: se cumplía en mayo de 2022; en junio de 2022, los datos dicen 1.280 (el personal uniformado) "
        "o 1.200 (las tropas)",
        f"périmée{NBSP}: se vérifiait en mai 2022{NNBSP}; en juin 2022, les données indiquent 1{NNBSP}280 (le "
        f"personnel en tenue) ou 1{NNBSP}200 (les troupes)",
    ),
    (
        said("stale_up_to", day="2022-06-30", note=""),
        "stale: held up to 2022-06-30; ",
        "desactualizada: se cumplía hasta el 30 de junio de 2022; ",
        f"périmée{NBSP}: se vérifiait jusqu’au 30 juin 2022{NNBSP}; ",
    ),
    (
        said("ipi", note=said("held_in_no_report", note=SAYS, month="2010-01", months=12)),
        "the data says 1,280 (uniformed personnel) or 1,200 (troops) in 2010-01; it held in no report of the 12 months "
        f"before publication; {IPI_NOTE}",
        "los datos dicen 1.280 (el personal uniformado) o 1.200 (las tropas) en enero de 2010; no se cumplía en "
        f"ningún informe de los 12 meses anteriores a la publicación; {IPI['es']}",
        f"les données indiquent 1{NNBSP}280 (le personnel en tenue) ou 1{NNBSP}200 (les troupes) en janvier 2010"
        f"{NNBSP}; ne se vérifiait dans aucun rapport des 12 mois précédant la publication{NNBSP}; {IPI['fr']}",
    ),
]


@pytest.mark.parametrize(("note", "en", "es", "fr"), NOTES, ids=[n[0].key for n in NOTES])
def test_each_note_in_each_language(note, en, es, fr):
    assert note == en and isinstance(note, str)
    assert (say(note, "en"), say(note, "es"), say(note, "fr")) == (en, es, fr)


def test_a_note_survives_the_check_workers_pipe_and_json():
    note = NOTES[8][0]
    back = pickle.loads(pickle.dumps(note))
    assert isinstance(back, Said) and back.key == "stale_in" and say(back, "fr") == NOTES[8][3]
    assert json.loads(json.dumps({"note": note})) == {"note": NOTES[8][1]}


def test_free_english_stays_english():
    assert say("ambiguous: no country named", "es") is None
    assert say(said("stale_in", held="2022-05", month="2022-06", note="the data holds no such figure"), "es") is None
    assert say(said("matches_counting", label="a reading no table names"), "fr") is None
    assert say("", "fr") == ""


def test_the_ipi_note_is_the_checkers():
    assert IPI["en"] == IPI_NOTE


def test_a_verdicts_source_in_each_language():
    from peacekeeping.check.render import source_text

    register = {"file": "f.csv", "release": "2025-04-04", "until": "2022-10-12", "lines": [3, 4]}
    report = {"file": "r.pdf", "as_of": "2022-06-30", "pages": [3]}
    for src in (register, {**register, "until": None, "lines": []}, report, {**report, "pages": [1, 2]}):
        assert source(src, "en") == source_text(type("V", (), {"source": src})())
    assert (
        source(register, "es") == "f.csv (registro del 4 de abril de 2025, hasta el 12 de octubre de 2022), líneas 3, 4"
    )
    assert source({**register, "until": None}, "fr").startswith("f.csv (registre du 4 avril 2025, jusqu’à aujourd’hui)")
    assert source(report, "es") == "r.pdf, página 3"
