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


@pytest.mark.parametrize(
    ("note", "es", "fr"),
    [
        (
            said("no_sexes"),
            "no verificable en este informe: no desglosa el personal por sexo",
            f"non vérifiable dans ce rapport{NBSP}: il ne ventile pas le personnel par sexe",
        ),
        (
            said("no_mission_there", iso3="PER"),
            "ambiguo: ninguna misión del Perú en el lugar nombrado ese mes",
            f"ambigu{NBSP}: aucune mission du Pérou à l’endroit nommé ce mois-là",
        ),
        (
            said("matches_counting", label="personnel in MINUSCA + UNMISS"),
            "coincide con los datos si se cuenta el personal de MINUSCA + UNMISS",
            "correspond aux données en comptant le personnel de MINUSCA + UNMISS",
        ),
        (
            said("stale_in", held="2022-05", month="2022-06", note=said("not_ranked")),
            "desactualizada: se cumplía en mayo de 2022; en junio de 2022, el informe no le asigna ningún puesto: no "
            "indica personal",
            f"périmée{NBSP}: se vérifiait en mai 2022{NNBSP}; en juin 2022, le rapport ne le classe pas{NBSP}: il "
            "n’indique aucun personnel",
        ),
    ],
)
def test_the_datas_reasons_in_each_language(note, es, fr):
    assert (say(note, "es"), say(note, "fr")) == (es, fr)


def test_the_datas_reasons_are_the_checkers_english():
    from peacekeeping.check.data import NO_MISSIONS, NO_SEXES

    assert NO_MISSIONS == "not checkable in this report: it has no breakdown by mission"
    assert NO_SEXES == "not checkable in this report: it does not split personnel by sex"
    assert said("no_mission_there", iso3="PER") == "ambiguous: no mission of PER in the place named that month"
    assert said("no_register") == "no fatalities register in the store"


FIRST = {
    "what": "LBN",
    "year": 1958,
    "disputed": 1960,
    "table": "harmonize/data/first_deployments.csv",
    "line": 12,
    "publisher": "UN",
}


@pytest.mark.parametrize(
    ("note", "en", "es", "fr"),
    [
        (
            said("first_agrees", **FIRST),
            "first deployment: LBN in 1958 or 1960 (its sources disagree on the year) "
            "(harmonize/data/first_deployments.csv, line 12 (UN))",
            "primer despliegue: el Líbano en 1958 o 1960 (sus fuentes discrepan sobre el año) "
            "(harmonize/data/first_deployments.csv, línea 12 (UN))",
            f"premier déploiement{NBSP}: le Liban en 1958 ou 1960 (ses sources divergent sur l’année) "
            "(harmonize/data/first_deployments.csv, ligne 12 (UN))",
        ),
        (
            said("first_in_table", **{**FIRST, "what": "military_observers", "disputed": None}),
            "history (a first deployment): the reviewed table has military_observers in 1958 "
            "(harmonize/data/first_deployments.csv, line 12 (UN))",
            "historia (un primer despliegue): el cuadro revisado indica observadores militares en 1958 "
            "(harmonize/data/first_deployments.csv, línea 12 (UN))",
            f"historique (un premier déploiement){NBSP}: le tableau revu indique des observateurs militaires en 1958 "
            "(harmonize/data/first_deployments.csv, ligne 12 (UN))",
        ),
        (
            said("mission_closed", acronym="MINUSTAH", day="2017-10-15", month="2022-06"),
            "not in the reports: MINUSTAH closed on 2017-10-15, before 2022-06 (history)",
            "no figura en los informes: la misión MINUSTAH terminó el 15 de octubre de 2017, antes de junio de 2022 "
            "(historia)",
            f"absent des rapports{NBSP}: la mission MINUSTAH a pris fin le 15 octobre 2017, avant juin 2022 "
            "(historique)",
        ),
        (
            said("past_mission", words="served in ONUC"),
            "history ('served in ONUC'): a past deployment, not in this month's report",
            "historia («served in ONUC»): un despliegue pasado, que no figura en el informe de este mes",
            f"historique («{NNBSP}served in ONUC{NNBSP}»){NBSP}: un déploiement passé, absent du rapport de ce mois",
        ),
    ],
)
def test_the_history_notes_in_each_language(note, en, es, fr):
    assert (note, say(note, "es"), say(note, "fr")) == (en, es, fr)


NAMED = said("named", day="2022-06-30", ipi=False)


@pytest.mark.parametrize(
    ("note", "en", "es", "fr"),
    [
        (
            said("matched", exact=1, claims=2, named=NAMED, note=said("no_date")),
            "1 of 2 claims match the report of 2022-06-30 exactly; no publication date: every report is a candidate",
            "afirmaciones exactas según el informe del 30 de junio de 2022: 1 de 2; sin fecha de publicación: todos "
            "los informes son candidatos",
            f"affirmations exactes selon le rapport du 30 juin 2022{NBSP}: 1 sur 2{NNBSP}; pas de date de publication"
            f"{NBSP}: tous les rapports sont candidats",
        ),
        (
            said("tied", months=["2022-04", "2022-05"], exact=0, bounds=0, note=""),
            "ambiguous: the reports of 2022-04, 2022-05 fit the text equally (no figure tells them apart); verdicts "
            "hold for all of them unless said otherwise",
            "ambiguo: los informes de abril de 2022, mayo de 2022 se ajustan igual al texto (ninguna cifra los "
            "distingue); los veredictos valen para todos ellos salvo que se indique lo contrario",
            f"ambigu{NBSP}: les rapports d’avril 2022, mai 2022 correspondent également au texte (aucun chiffre ne les "
            f"distingue){NNBSP}; les verdicts valent pour chacun d’eux sauf mention contraire",
        ),
        (
            said("published_after", month="2022-08", day="2022-10-20"),
            "the August 2022 report was published on 20 October 2022, after the date given",
            "el informe de agosto de 2022 se publicó el 20 de octubre de 2022, después de la fecha indicada",
            "le rapport d’août 2022 a été publié le 20 octobre 2022, après la date indiquée",
        ),
        (
            said("widened", months=5, date="2022-10-12", reports=3),
            "no report was published in the 5 months before 2022-10-12: widened to the 3 reports published before it",
            "no se publicó ningún informe en los 5 meses antes del 12 de octubre de 2022: se amplía a los 3 informes "
            "publicados antes",
            f"aucun rapport n’a été publié dans les 5 mois avant le 12 octobre 2022{NBSP}: élargi aux 3 rapports "
            "publiés auparavant",
        ),
        (
            said("no_claims", note=said("stated_missing", month="2022-07", words="July 2022")),
            "no numeric claims found in the text; the text states July 2022 ('July 2022'), which no report in the "
            "store covers: its figures are not checkable",
            "no se encontró ninguna afirmación numérica en el texto; el texto indica julio de 2022 («July 2022»), que "
            "ningún informe de la base de datos cubre: sus cifras no son verificables",
            f"aucune affirmation chiffrée dans le texte{NNBSP}; le texte indique juillet 2022 («{NNBSP}July 2022"
            f"{NNBSP}»), qu’aucun rapport de la base de données ne couvre{NBSP}: ses chiffres ne sont pas vérifiables",
        ),
        (
            said("language", language="Italian"),
            "Italian text: only English, French and Spanish texts are checked",
            "un texto en italiano: solo se comprueban los textos en inglés, francés y español",
            f"un texte en italien{NBSP}: seuls les textes en anglais, en français et en espagnol sont vérifiés",
        ),
    ],
)
def test_the_checks_message_in_each_language(note, en, es, fr):
    assert (note, say(note, "es"), say(note, "fr")) == (en, es, fr)


def test_a_language_with_no_name_stays_english():
    assert said("language", language="an unknown language") == (
        "a text in an unknown language: only English, French and Spanish texts are checked"
    )
    assert say(said("language", language="Elvish of the Valley"), "es") is None


def test_a_doubt_stays_english_and_says_so_inside_a_translated_note():
    note = said("ambiguous_read", doubt="no personnel word: read like 2,341", note=said("no_report"))
    assert note == "ambiguous: no personnel word: read like 2,341; read so, no report to check it against"
    assert say(note, "es") == (
        "ambiguo (en inglés: no personnel word: read like 2,341); así leído, no hay ningún informe con que comprobarlo"
    )
    assert say(note, "fr") == (
        f"ambigu (en anglais{NBSP}: no personnel word: read like 2,341){NNBSP}; ainsi lu, aucun rapport pour le "
        "vérifier"
    )
    stale = said("read_as", note=said("no_report"), doubt="no country named")
    assert stale == "no report to check it against (read as: no country named)"
    assert say(stale, "es") == "no hay ningún informe con que comprobarlo (leído así, en inglés: no country named)"
    assert say(said("ambiguous", doubt="no country named"), "fr") == f"ambigu (en anglais{NBSP}: no country named)"


# The checker's doubts (check/doubts.py, extract.py, binding.py) inside the notes that give them, in each language.
DOUBTS = [
    (
        said("ambiguous_read", doubt=said("doubt_other_country", words="Ghana"), note=said("no_report")),
        "ambiguous: another country is named in its clause ('Ghana'); read so, no report to check it against",
        "ambiguo: se nombra otro país en su proposición («Ghana»); así leído, no hay ningún informe con que "
        "comprobarlo",
        f"ambigu{NBSP}: un autre pays est nommé dans sa proposition («{NNBSP}Ghana{NNBSP}»){NNBSP}; ainsi lu, aucun "
        "rapport pour le vérifier",
    ),
    (
        said("ambiguous", doubt=said("doubt_women_among", ptype="police")),
        "ambiguous: women among the police before it, or among all",
        "ambiguo: mujeres de la categoría anterior (policía) o de todo el personal",
        f"ambigu{NBSP}: femmes de la catégorie précédente (police) ou de l’ensemble du personnel",
    ),
    (
        said("read_as", note=said("no_report"), doubt=said("doubt_too_small", figure="four", iso3="PER")),
        "no report to check it against (read as: no country named in its paragraph: four read as PER's)",
        "no hay ningún informe con que comprobarlo (leído así: no se nombra ningún país en su párrafo: four se lee "
        "como la cifra del Perú)",
        f"aucun rapport pour le vérifier (lu ainsi{NBSP}: aucun pays n’est nommé dans son paragraphe{NBSP}: four est "
        "lu comme le chiffre du Pérou)",
    ),
    (
        said("ambiguous", doubt=said("doubt_mission_before", words="UNIFIL")),
        "ambiguous: 'UNIFIL' is named before it: it may count that mission only",
        "ambiguo: «UNIFIL» se nombra antes: puede contar solo esa misión",
        f"ambigu{NBSP}: «{NNBSP}UNIFIL{NNBSP}» est nommé avant{NBSP}: il peut ne compter que cette mission",
    ),
]


@pytest.mark.parametrize(("note", "en", "es", "fr"), DOUBTS, ids=[n[0].values["doubt"].key for n in DOUBTS])
def test_a_doubt_is_said_in_each_language(note, en, es, fr):
    assert (note, say(note, "es"), say(note, "fr")) == (en, es, fr)


def test_every_doubt_has_its_words_in_each_language():
    from peacekeeping.wording.check_doubts import DOUBTS as KEYS

    values = {
        "words": "w",
        "figure": "2,000",
        "subject": "GHA",
        "main": "PER",
        "iso3": "PER",
        "like": "5",
        "ptype": "troops",
        "other": "Nepal",
        "actual": 1230,
        "label": "personnel in UNIFIL",
        "month": "2023-04",
        "part": "17",
        "mission": "UNMISS",
        "low": 87,
        "high": 90,
    }
    for key in KEYS:
        doubt = said(key, **values)
        assert all(say(said("ambiguous", doubt=doubt), lang) for lang in ("es", "fr")), key
        assert "en inglés" not in say(said("ambiguous", doubt=doubt), "es")


@pytest.mark.archive
def test_every_doubt_the_checker_reads_in_the_corpus_is_keyed():
    import json

    from conftest import DATA

    from peacekeeping.check.extract import extract

    corpus = DATA.parent / "corpus" / "published-statements-dev.jsonl"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    doubts = [c.doubt for r in records for c in extract(r["quote"]) if c.doubt]
    assert len(doubts) >= 10
    assert [d for d in doubts if not isinstance(d, Said) or say(d, "fr") is None] == []
