"""The words around a release draft's text, in its own language: section headings, what each figure is, where it
comes from, and the notes for the editor that the draft itself writes.

A French or Spanish draft is French or Spanish from its title to its last source line: the figures' descriptions
are templates by figure key (the same keys as release/draft.py gives its figures), filled with `of`, the
country as the owner ("of the Netherlands", "del Perú", "du Pérou", from the wording layer). Dates are written
as in the text (`long_date`); a "page" is counted by the language's plural rule (`plural`); a French colon has
its no-break space.
"""

from __future__ import annotations

import datetime as dt
import re

from ..harmonize.country_names import check_lang as _lang
from . import long_date, plural

__all__ = [
    "END_MARK",
    "HEADINGS",
    "WORD_LANGS",
    "as_of",
    "colon",
    "day",
    "fact",
    "heading",
    "month_note",
    "place",
    "source_line",
]

# The mark that ends a release's text, before its note to editors, as the UN's peacekeeping releases write it (the
# seed release of 12 October 2022 ends "#"); Markdown writes it "\\#" (a lone "#" would be an empty heading there).
END_MARK = "#"

# BCP 47 tags for Word's w:lang: the language Word spell-checks the draft in.
WORD_LANGS = {"en": "en-US", "es": "es-ES", "fr": "fr-FR"}

HEADINGS: dict[str, dict[str, str]] = {
    "editor": {
        "en": "Notes for the editor (not for publication)",
        "es": "Notas para la redacción (no destinadas a publicación)",
        "fr": "Notes pour la rédaction (à ne pas publier)",
    },
    "sources": {"en": "Sources of the figures", "es": "Fuentes de las cifras", "fr": "Sources des chiffres"},
    "figure": {"en": "Figure", "es": "Cifra", "fr": "Chiffre"},
    "where": {"en": "Where in the text", "es": "Dónde en el texto", "fr": "Où dans le texte"},
    "what": {"en": "What it is", "es": "Qué es", "fr": "Ce que c’est"},
    "source": {"en": "Source", "es": "Fuente", "fr": "Source"},
    "title": {"en": "title", "es": "título", "fr": "titre"},
    "paragraph": {"en": "paragraph {n}", "es": "párrafo {n}", "fr": "paragraphe {n}"},
    "meta": {
        "en": "Draft from the report of {as_of} ({report}) for a release dated {date}.",
        "es": "Borrador a partir del informe del {as_of} ({report}) para un comunicado fechado el {date}.",
        "fr": "Projet établi d’après le rapport du {as_of} ({report}) pour un communiqué daté du {date}.",
    },
    "as_of": {"en": "as of {date}", "es": "al {date}", "fr": "au {date}"},
    "unreliable": {"en": "UNRELIABLE", "es": "NO FIABLE", "fr": "NON FIABLE"},
}

_PAGE = {"en": ("page", "pages"), "es": ("página", "páginas"), "fr": ("page", "pages")}

FACTS: dict[str, dict[str, str]] = {
    "date": {"en": "date of the release", "es": "fecha del comunicado", "fr": "date du communiqué"},
    "total": {"en": "uniformed personnel {of}", "es": "efectivos uniformados {of}", "fr": "personnel en tenue {of}"},
    "women": {
        "en": "women among the uniformed personnel {of}",
        "es": "mujeres entre los efectivos uniformados {of}",
        "fr": "femmes parmi le personnel en tenue {of}",
    },
    "missions": {
        "en": "missions with personnel {of}",
        "es": "misiones con efectivos {of}",
        "fr": "missions comptant du personnel {of}",
    },
    "rank": {
        "en": "rank {of} among {contributors} contributors of uniformed personnel (competition rank)",
        "es": "puesto {of} entre {contributors} contribuyentes de efectivos uniformados (clasificación con empates)",
        "fr": "rang {of} parmi {contributors} contributeurs de personnel en tenue (classement avec ex æquo)",
    },
    "largest_mission": {
        "en": "personnel {of} in {acronym}",
        "es": "efectivos {of} en la misión {acronym}",
        "fr": "personnel {of} affecté à la mission {acronym}",
    },
    "fatalities": {
        "en": "fatalities of nationals {of} up to {until}",
        "es": "nacionales {of} fallecidos hasta el {until}",
        "fr": "ressortissants {of} décédés jusqu’au {until}",
    },
    "first_deployment_year": {
        "en": "year of the first deployment",
        "es": "año del primer despliegue",
        "fr": "année du premier déploiement",
    },
    "world_personnel": {
        "en": "uniformed personnel deployed in all missions",
        "es": "efectivos uniformados desplegados en todas las misiones",
        "fr": "personnel en tenue déployé dans toutes les missions",
    },
    "world_countries": {
        "en": "countries contributing uniformed personnel",
        "es": "países que aportan efectivos uniformados",
        "fr": "pays fournissant du personnel en tenue",
    },
    "world_fatalities": {
        "en": "peacekeeper fatalities up to {date}",
        "es": "cascos azules fallecidos hasta el {date}",
        "fr": "Casques bleus décédés jusqu’au {date}",
    },
    "world_fatalities_since": {
        "en": "year of the first fatality in the register",
        "es": "año del primer fallecimiento del registro",
        "fr": "année du premier décès du registre",
    },
}


def heading(key: str, lang: str, **values: object) -> str:
    """A heading or label of the draft's own sections in `lang` ("Sources des chiffres"), {values} filled."""
    text = HEADINGS[key][_lang(lang)]
    return text.format(**values) if values else text


def day(value: object, lang: str) -> str:
    """An ISO date (or a date) as the text writes it; anything else as given."""
    try:
        return long_date(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10]), lang)
    except ValueError:
        return str(value)


def fact(key: str, lang: str, **values: object) -> str:
    """What a figure of the draft is, in `lang`: "personnel en tenue du Pérou" (`of`: "du Pérou"); dates written out."""
    lang = _lang(lang)
    said = {k: day(v, lang) if k in ("until", "date") else v for k, v in values.items()}
    return FACTS[key][lang].format(**said)


# The phrases release/draft.py writes in a figure's (English) source, and how each language says them.
_SOURCE_PHRASES = [
    (
        re.compile(r"^the release date asked for$"),
        {"es": "la fecha pedida para el comunicado", "fr": "la date demandée pour le communiqué"},
    ),
    (re.compile(r"^editorial brief \((.*)\)$"), {"es": r"nota editorial (\1)", "fr": r"note éditoriale (\1)"}),
    (re.compile(r", line (\d+) \("), {"es": r", línea \1 (", "fr": r", ligne \1 ("}),
]


def colon(lang: str) -> str:
    """A colon as the language sets it: French puts a no-break space before it."""
    return "\u00a0:" if _lang(lang) == "fr" else ":"


def place(source: str, pages: list[int], lang: str) -> str:
    """A file and its pages: "UN_country_contributions_2022_06.pdf, pages 5, 14" / "páginas" / "pages"."""
    lang = _lang(lang)
    if lang != "en":
        for pattern, said in _SOURCE_PHRASES:
            source = pattern.sub(said[lang], source)
    if not pages:
        return source
    return f"{source}, {plural(len(pages), *_PAGE[lang], lang=lang)} {', '.join(map(str, pages))}"


def as_of(said: str, date: str | None, lang: str) -> str:
    """ ", as of 30 June 2022" after a figure's description, unless it has no date or already states that one."""
    if not date or day(date, lang) in said:
        return ""
    return ", " + heading("as_of", lang, date=day(date, lang))


def source_line(text: str, said: str, date: str | None, source: str, pages: list[int], lang: str) -> str:
    """Where one figure comes from, in one line: "270: personnel en tenue du Pérou, au 30 juin 2022 (file, pages …)"."""
    lang = _lang(lang)
    return f"{text}{colon(lang)} {said}{as_of(said, date, lang)} ({place(source, pages, lang)})"


_MONTH_NOTE = {
    "en": "The report of {as_of} was generated on {created}, not before the release date ({date}): its figures were "
    "not yet published on that day.",
    "es": "El informe del {as_of} se generó el {created}, no antes de la fecha del comunicado ({date}): sus cifras "
    "aún no se habían publicado ese día.",
    "fr": "Le rapport du {as_of} a été généré le {created}, pas avant la date du communiqué ({date}) : ses chiffres "
    "n’étaient pas encore publiés ce jour-là.",
}


def month_note(as_of: str, created: str, date: dt.date, lang: str) -> str:
    """The editor's note for a report generated on or after the release date, in `lang`."""
    lang = _lang(lang)
    return _MONTH_NOTE[lang].format(as_of=day(as_of, lang), created=day(created, lang), date=day(date, lang))
