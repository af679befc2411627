"""Numbers as texts write them: figures, words, ordinals, with their qualifiers (en, es, fr)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5,
    "sexto": 6, "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10, "premier": 1, "deuxième": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10,
}
_SCALES = {"million": 1_000_000, "millón": 1_000_000, "millones": 1_000_000, "millions": 1_000_000,
           "thousand": 1000, "mil": 1000, "mille": 1000}
QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "at least": ">=",
    "nearly": "<~", "almost": "<~", "close to": "~", "about": "~", "around": "~", "some": "~",
    "approximately": "~", "roughly": "~", "up to": "<=", "fewer than": "<", "less than": "<", "under": "<",
    "más de": ">", "al menos": ">=", "casi": "<~", "cerca de": "~", "alrededor de": "~", "unos": "~", "unas": "~",
    "aproximadamente": "~", "menos de": "<",
    "plus de": ">", "au moins": ">=", "près de": "~", "presque": "<~", "environ": "~", "quelque": "~",
    "quelques": "~", "moins de": "<",
}

_FIGURE = r"(?<![\w+(/-])(?:\d{1,3}(?:(?:,|\.|\u202f|\u00a0| )\d{3})+(?![\d\w-])|\d+(?![\w-]))"
_TOKEN = re.compile(
    rf"(?P<ordinal>(?<![\w+(/-])\d+(?:st|nd|rd|th|\.?[ºª°]|e|er|re|ème)(?![a-zA-Z]))"
    rf"|(?P<figure>{_FIGURE})(?:\s+(?P<scale>million|millones|millón|millions|thousand|mil|mille)\b)?"
    rf"|\b(?P<article>an?|one|un|una|une)\s+(?P<ascale>million|millón|million)\b"
    rf"|\b(?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b"
    rf"|\b(?P<oword>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(r"(?:^|\W)(" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in a text: its value, whether ordinal or in words, its qualifier and span."""

    value: int
    start: int
    end: int
    text: str
    ordinal: bool
    word: bool
    qualifier: str | None  # '>', '>=', '<', '<=', '~', '<~' or None for an exact figure
    qualifier_text: str | None


_LONGEST = 30  # digits: a longer run is no figure a text states (and int() refuses more than 4300)


def _figure_value(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _lookup(table: dict[str, int], text: str) -> int:
    """The value of a word the pattern matched ignoring case ("FIVE", "Séptimo")."""
    key = text.lower()
    if key not in table:  # re.IGNORECASE matches "İ" and "ſ" to "i" and "s", which lower() does not map back
        key = next(k for k in table if re.fullmatch(re.escape(k), text, re.IGNORECASE))
    return table[key]


def numbers(text: str) -> list[Number]:
    """Every number in `text`, in order."""
    out = []
    for m in _TOKEN.finditer(text):
        if sum(c.isdigit() for c in m["ordinal"] or m["figure"] or "") > _LONGEST:
            continue
        if m["ordinal"]:
            value, ordinal, word = int(re.match(r"\d+", m["ordinal"])[0]), True, False
        elif m["figure"]:
            value, ordinal, word = _figure_value(m["figure"]), False, False
            if m["scale"]:
                value *= _lookup(_SCALES, m["scale"])
        elif m["ascale"]:
            value, ordinal, word = _lookup(_SCALES, m["ascale"]), False, True
        elif m["word"]:
            if m["word"].isupper() and len(m["word"]) > 1:
                continue  # "UN" is not "un"
            value, ordinal, word = _lookup(_WORDS, m["word"]), False, True
        else:
            value, ordinal, word = _lookup(_ORDINAL_WORDS, m["oword"]), True, True
        before = text[max(0, m.start() - 30):m.start()]
        q = _QUALIFIER.search(before)
        out.append(Number(value, m.start(), m.end(), m.group(0), ordinal, word,
                          QUALIFIERS[q[1].lower()] if q else None, q[1] if q else None))
    return out
