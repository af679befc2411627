"""The web's words through the wording layer: CLDR plurals, months lower case mid-sentence in Spanish and French,
countries with their articles ("du Pérou"), dates written out."""

from __future__ import annotations

import re
from html import unescape

import pytest
from conftest import web_client

from peacekeeping.web.i18n import words


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["0 personnel", "1 personnel", "2 personnel", "21 personnel"]),
        ("es", ["0 efectivos", "1 efectivo", "2 efectivos", "21 efectivos"]),
        ("fr", ["0 membre du personnel", "1 membre du personnel", "2 membres du personnel", "21 membres du personnel"]),
    ],
)
def test_personnel_counts_follow_the_plural_rules(lang, expected):
    w = words(lang)
    assert [w.t("{n} personnel", n=w.num(n)) for n in (0, 1, 2, 21)] == expected
    assert [w.t("{n} personnel", n=n) for n in (0, 1, 2, 21)] == expected


def test_a_single_death_or_country_is_singular():
    en, es, fr = words("en"), words("es"), words("fr")
    assert en.t("{n} deaths from {first} to {last}.", n="1", first="2020", last="2021") == "1 death from 2020 to 2021."
    assert es.t("{n} deaths from {first} to {last}.", n="1", first="2020", last="2021") == "1 muerte de 2020 a 2021."
    assert en.t("{n} contributing countries in classes of personnel.", n="1").startswith("1 contributing country ")
    assert (
        fr.t("{n} more whose figure is withheld are not shown.", n="1")
        == "1 autre dont le chiffre est retenu n’est pas affiché."
    )
    assert es.t("{n} more whose figure is withheld are not shown.", n="1,230".replace(",", ".")).startswith(
        "No se muestran 1.230"
    )


@pytest.mark.parametrize(("lang", "expected"), [("en", "June 2022"), ("es", "junio de 2022"), ("fr", "juin 2022")])
def test_months_are_lower_case_mid_sentence(client, lang, expected):
    assert words(lang).month("2022-06") == expected
    html = client.get("/country/PER", params={"as_of": "2022-06", "lang": lang}).text
    assert re.search(rf"<h1>[^<]*, {expected}", html)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "4 nationals of Peru lost their lives in UN peace operations up to 21 July 2022"),
        ("es", "4 nacionales del Perú perdieron la vida en operaciones de paz de la ONU hasta el 21 de julio de 2022"),
        (
            "fr",
            "4 ressortissants du Pérou ont perdu la vie dans des opérations de paix de l’ONU jusqu’au 21 juillet 2022",
        ),
    ],
)
def test_fatalities_name_the_country_with_its_article(client, lang, expected):
    html = unescape(client.get("/country/PER", params={"as_of": "2022-06", "lang": lang}).text)
    assert expected in html, re.search(r'<p id="fatalities">(.*?)</p>', html).group(1)


@pytest.mark.parametrize(
    ("iso3", "lang", "expected"),
    [
        ("PER", "fr", "du Pérou"),
        ("NLD", "fr", "des Pays-Bas"),
        ("HTI", "fr", "d’Haïti"),
        ("IND", "fr", "de l’Inde"),
        ("PER", "es", "del Perú"),
        ("NLD", "en", "of the Netherlands"),
        ("FRA", "fr", "de la France"),
    ],
)
def test_of_country_uses_the_wording_layer(iso3, lang, expected):
    assert words(lang).of_country(iso3) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Where Peru's personnel serve, June 2022"),
        ("es", "Dónde sirve el personal del Perú, junio de 2022"),
        ("fr", "Où sert le personnel du Pérou, juin 2022"),
    ],
)
def test_chart_titles_name_the_country_with_its_preposition(client, lang, expected):
    html = unescape(client.get("/country/PER", params={"as_of": "2022-06", "lang": lang}).text)
    assert expected in html
    assert "de Pérou" not in html and "de Perú" not in html


@pytest.mark.parametrize(
    ("iso3", "lang", "expected"),
    [
        ("PER", "en", "Peru's"),
        ("NLD", "en", "the Netherlands'"),
        ("PER", "es", "del Perú"),
        ("PER", "fr", "du Pérou"),
        ("NLD", "fr", "des Pays-Bas"),
        ("HTI", "fr", "d’Haïti"),
        ("MRT", "fr", "de la Mauritanie"),
    ],
)
def test_owner_forms_come_from_the_wording_layer(iso3, lang, expected):
    assert words(lang).owner(iso3) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "The Netherlands"), ("es", "El Perú"), ("fr", "Le Pérou")],
)
def test_a_country_opening_a_sentence_has_its_article(lang, expected):
    assert words(lang).subject("NLD" if lang == "en" else "PER") == expected


@pytest.mark.parametrize(
    ("lang", "day", "expected"),
    [
        ("en", "2022-10-12", "12 October 2022"),
        ("es", "2022-10-12", "12 de octubre de 2022"),
        ("fr", "2022-10-12", "12 octobre 2022"),
        ("fr", "2022-10-01", "1er octobre 2022"),
    ],
)
def test_dates_follow_each_language(lang, day, expected):
    assert words(lang).date(day) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Figures from the report of 30 June 2022 (UN_country_contributions_2022_06.pdf)"),
        ("es", "Cifras del informe del 30 de junio de 2022 (UN_country_contributions_2022_06.pdf)"),
        ("fr", "Chiffres du rapport du 30 juin 2022 (UN_country_contributions_2022_06.pdf)"),
    ],
)
def test_report_dates_in_running_text_are_written_out(client, lang, expected):
    html = unescape(client.get("/country/PER", params={"as_of": "2022-06", "lang": lang}).text)
    meta = re.search(r'<p class="meta"[^>]*>(.*?)</p>', html, re.S).group(1)
    assert meta.startswith(expected), meta
    assert 'data-as-of="2022-06-30"' in html  # ISO only in a machine attribute
    previous = re.search(r'<p class="muted">(.*?)</p>', html, re.S).group(1)
    assert not re.search(r">[^<]*\d{4}-\d{2}-\d{2}", previous), previous
    assert '<time datetime="2022-05-31">' in previous


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Papua New Guinea has no uniformed personnel in this report."),
        ("es", "Papua Nueva Guinea no tiene personal uniformado en este informe."),
        ("fr", "La Papouasie-Nouvelle-Guinée n’a pas de personnel en uniforme dans ce rapport."),
    ],
)
def test_a_country_with_no_personnel_is_named_with_its_article(client, lang, expected):
    html = unescape(client.get("/country/PNG", params={"as_of": "2022-06", "lang": lang}).text)
    assert f'<p class="error">{expected}</p>' in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The report prints no date: its month is taken from the date the file was made."),
        ("es", "El informe no imprime ninguna fecha: su mes se toma de la fecha en que se creó el archivo."),
        ("fr", "Le rapport n’imprime aucune date : son mois est tiré de la date de création du fichier."),
    ],
)
def test_caveats_are_in_the_pages_language(client, lang, expected):
    html = unescape(client.get("/", params={"lang": lang}).text)
    items = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r'<li id="caveat-\d+"[^>]*>(.*?)</li>', html, re.S)]
    assert any(item.endswith(f": {expected}") for item in items), items


def test_a_quality_flag_with_particulars_is_in_the_pages_language(client):
    html = unescape(client.get("/country/PER", params={"as_of": "2022-06", "lang": "fr"}).text)
    assert (
        "Le Data Hub donne un autre chiffre pour le Pérou (UNIFIL, troupes)\u00a0: le rapport donne 23 et "
        "DPO-UCHISTORICAL 22 (DPO-UCHISTORICAL.csv, ligne 14)."
    ) in html
    assert "note en anglais" not in html


def test_french_pages_set_a_space_before_a_colon(client):
    html = {"accept": "text/html"}
    page = client.get("/mission/MINUSXX", params={"as_of": "2022-06", "lang": "fr"}, headers=html).text
    assert "Vouliez-vous dire\u00a0: " in page and "dire: " not in page
    english = client.get("/mission/MINUSXX", params={"as_of": "2022-06", "lang": "en"}, headers=html).text
    assert "Did you mean: " in english


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "No report covers July 2022: figures are from the report of 30 June 2022, the latest before it."),
        (
            "es",
            "Ningún informe cubre julio de 2022: las cifras proceden del informe del 30 de junio de 2022, el último "
            "anterior.",
        ),
    ],
)
def test_a_substituted_month_is_said_in_the_page_s_language(client, lang, said):
    page = client.get("/country/PER", params={"as_of": "2022-07", "lang": lang}).text
    assert f'id="substitution">{said}</p>' in page


def test_the_check_page_speaks_the_readers_language_and_says_what_stays_english(client):
    form = {"text": "Perú aporta 300 efectivos, incluidas 38 mujeres.", "date": "2022-10-12"}
    page = client.post("/check?lang=es", data=form, headers={"accept": "text/html"}).text
    assert "<th>afirmación</th><th>tal como está escrito</th><th>veredicto</th>" in page
    assert '<td data-kind="total">personal</td>' in page and "<td>contradicha</td>" in page
    assert "<td>confirmada</td>" in page and 'id="notes-language"' not in page
    assert "afirmaciones exactas según el informe del 30 de junio de 2022: 1 de 2" in unescape(page)
    assert (
        "<td>los datos dicen 270 en junio de 2022; no se cumplía en ningún informe de los 12 meses anteriores a la "
        "publicación</td><td>UN_country_contributions_2022_06.pdf, páginas 1, 2, 3, 4</td>"
    ) in page
    english = client.post("/check?lang=en", data=form, headers={"accept": "text/html"}).text
    assert "<td>contradicted</td>" in english and 'id="notes-language"' not in english
    assert (
        "<td>the data says 270 in 2022-06; it held in no report of the 12 months before publication</td>"
        "<td>UN_country_contributions_2022_06.pdf, pages 1, 2, 3, 4</td>"
    ) in english


def test_the_checkers_notes_on_a_figure_printed_in_error_are_in_the_pages_language(client):
    form = {"text": "Ghana has 500 women in UNIFIL. Nepal provides about 1,885 troops.", "date": "2022-06-20"}
    page = unescape(client.post("/check?lang=fr", data=form, headers={"accept": "text/html"}).text)
    assert (
        "<td>correspond à un chiffre que le rapport a imprimé par erreur\u00a0: La ventilation par sexe que donne le "
        "rapport pour le Ghana (UNIFIL, troupes)"
    ) in page
    assert "<td>le chiffre du rapport n’est pas fiable\u00a0: Le total que donne le rapport pour le Népal" in page
    assert 'id="notes-language"' not in page


def test_the_check_page_says_which_notes_stay_english():
    from types import SimpleNamespace

    from peacekeeping.wording.check_notes import said

    verdict = SimpleNamespace(note="ambiguous: two countries named; read so, the data says 5", data=None)
    result = SimpleNamespace(message=said("no_date"), reference={"left_out": []}, verdicts=[verdict])
    assert words("es").notes_in_english(result) and not words("en").notes_in_english(result)
    verdict.note = said("no_report")
    assert not words("fr").notes_in_english(result)


def test_the_check_api_keeps_its_english_notes(client):
    form = {"text": "Perú aporta 300 efectivos, incluidas 38 mujeres.", "date": "2022-10-12"}
    answer = client.post("/api/v1/check?lang=es", json=form).json()
    notes = [v["note"] for v in answer["claims"]]
    assert notes == ["the data says 270 in 2022-06; it held in no report of the 12 months before publication", ""]


def _caveats(client, url: str, lang: str, as_of: str = "2022-05") -> list[str]:
    """The caveats a page lists, as a reader sees them."""
    html = unescape(client.get(url, params={"as_of": as_of, "lang": lang}).text)
    return [re.sub(r"<[^>]+>", "", li) for li in re.findall(r'<li id="caveat-\d+"[^>]*>(.*?)</li>', html, re.S)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Withheld: The report's split by sex of Ghana UNIFIL troops is out of line with the months before and "
            "after (500 women of 900 (56%) against 11% in 2022-04 and 11% in 2022-06): its figures of women may be "
            "wrong. (as printed: 500)",
        ),
        (
            "es",
            "Retenida: El desglose por sexo que da el informe para Ghana (UNIFIL, tropas) no concuerda con los meses "
            "anterior y posterior (500 mujeres de 900 (56\u00a0%) frente al 11\u00a0% en abril de 2022 y al 11\u00a0% "
            "en junio de 2022): sus cifras de mujeres pueden ser erróneas. (tal como se imprimió: 500)",
        ),
        (
            "fr",
            "Retenu\u00a0: La ventilation par sexe que donne le rapport pour le Ghana (UNIFIL, troupes) ne concorde "
            "pas avec les mois précédent et suivant (500 femmes sur 900 (56\u202f%) contre 11\u202f% en avril 2022 et "
            "11\u202f% en juin 2022)\u00a0: ses chiffres de femmes sont peut-être erronés. (tel qu’imprimé\u00a0: 500)",
        ),
    ],
)
def test_a_withheld_figures_caveat_is_in_the_pages_language(client, lang, expected):
    assert expected in _caveats(client, "/country/GHA", lang)


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        (
            "/rankings",
            "es",
            "Aproximada: La cifra de Nepal se retiene, por lo que los puestos de dos países, del 2.º al 3.º, pueden "
            "desviarse en uno.",
        ),
        (
            "/country/GHA",
            "fr",
            "Approximatif\u00a0: Le rang peut s’écarter d’un au plus\u00a0: les chiffres du Népal sont retenus.",
        ),
        (
            "/rankings",
            "fr",
            "Retenu\u00a0: Le total que donne le rapport pour le Népal ne concorde pas avec les mois précédent et "
            "suivant (total de 1\u202f885 contre 785 en avril 2022 et 785 en juin 2022)\u00a0: il est peut-être "
            "erroné. (tel qu’imprimé\u00a0: 1\u202f885)",
        ),
    ],
)
def test_the_facts_own_caveats_are_in_the_pages_language(client, url, lang, expected):
    assert expected in _caveats(client, url, lang)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_caveat_of_the_small_store_is_left_in_english(client, lang):
    for url in ("/", "/rankings", "/missions", "/country/GHA", "/country/NPL", "/country/PER", "/mission/UNIFIL"):
        for as_of in ("2022-05", "2022-06", "2022-08", "2022-09", "2022-10"):
            items = _caveats(client, url, lang, as_of)
            assert not [i for i in items if "inglés" in i or "anglais" in i], (url, as_of, items)


def test_the_quality_flags_table_is_in_the_pages_language(client):
    html = unescape(client.get("/data", params={"lang": "es"}).text)
    table = html[html.index('<table id="flags"') :]
    table = table[: table.index("</table>")]
    assert (
        "<td>desglose por sexo fuera de línea con los meses cercanos</td><td>Ghana</td><td>UNIFIL</td><td>500 mujeres "
        "de 900 (56\u00a0%) frente al 11\u00a0% en abril de 2022 y al 11\u00a0% en junio de 2022</td><td>retenida</td>"
    ) in table
    assert (
        "<td>Perú</td><td>UNIFIL</td><td>el informe da 23 y DPO-UCHISTORICAL, 22 (DPO-UCHISTORICAL.csv, línea 14)"
        in table
    )
    english = unescape(client.get("/data", params={"lang": "en"}).text)
    assert (
        "<td>Peru</td><td>UNIFIL</td><td>report 23 against DPO-UCHISTORICAL 22 (DPO-UCHISTORICAL.csv, line 14)</td>"
        "<td>a note for readers</td>"
    ) in english


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "en",
            "ambiguous: a round figure (2,000): it may be rounded; read so, the data says 237 in 2022-05; it held in "
            "no report of the 12 months before publication",
        ),
        (
            "es",
            "ambiguo: una cifra redonda (2,000): puede estar redondeada; así leído, los datos dicen 237 en mayo de "
            "2022; no se cumplía en ningún informe de los 12 meses anteriores a la publicación",
        ),
        (
            "fr",
            "ambigu\u00a0: un chiffre rond (2,000)\u00a0: il est peut-être arrondi\u202f; ainsi lu, les données "
            "indiquent 237 en mai 2022\u202f; ne se vérifiait dans aucun rapport des 12 mois précédant la publication",
        ),
    ],
)
def test_the_checkers_doubts_are_in_the_pages_language(client, lang, note):
    form = {"text": "Peru provides 2,000 uniformed personnel.", "date": "2022-07-12"}
    page = unescape(client.post(f"/check?lang={lang}", data=form, headers={"accept": "text/html"}).text)
    assert f"<td>{note}</td>" in page and 'id="notes-language"' not in page
    answer = client.post(f"/api/v1/check?lang={lang}", json=form).json()  # the API's notes stay English
    assert answer["claims"][0]["note"].startswith("ambiguous: a round figure (2,000): it may be rounded; read so")
