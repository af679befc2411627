"""The interface in English, Spanish and French: the language of a request, its words, numbers, dates and names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from babel.numbers import format_decimal, format_percent, get_group_symbol
from fastapi import Request

from .. import wording
from ..facts.models import Caveat, Month, dump
from ..harmonize import mission_names
from ..wording import check_notes, editor_notes, flag_notes
from ..wording import drafts as draft_words
from ..wording import months as months_words
from .messages import MESSAGES

LANGS = ("en", "es", "fr")
NAMES = {"en": "English", "es": "Español", "fr": "Français"}
COOKIE = "lang"


def lang_of(request: Request) -> str:
    """The language asked: `?lang=` first, then the cookie the language switch set, else English."""
    asked = request.query_params.get("lang") or request.cookies.get(COOKIE) or "en"
    return asked if asked in LANGS else "en"


def lang_of_scope(query: dict[str, str], cookies: dict[str, str]) -> str:
    """The same choice from a query and cookies already parsed (the HTTP layer's cache key)."""
    asked = query.get("lang") or cookies.get(COOKIE) or "en"
    return asked if asked in LANGS else "en"


@dataclass(frozen=True, slots=True)
class Words:
    """Everything a page says in one language: `t` for words, the rest for figures, dates and names."""

    lang: str

    @property
    def colon(self) -> str:
        """A colon as the language sets it: French puts a no-break space before it ("Manquants : …")."""
        return draft_words.colon(self.lang)

    def t(self, text: str, **values) -> str:
        """The interface text `text` in this language (English when the catalog has none), with {values} filled;
        a text with forms ("one|other") takes the one `{n}` asks for by the language's CLDR plural rule (an int `n`
        is written as a figure here)."""
        said = MESSAGES.get(text, {}).get(self.lang, text)
        if "|" in said:
            one, other = said.split("|", 1)
            count = _count(values.get("n"), self.lang)
            said = other if count is None else wording.plural(count, one, other, self.lang)
        if isinstance(values.get("n"), int):
            values["n"] = self.num(values["n"])
        return said.format(**values) if values else said

    def num(self, n) -> str:
        """1,230 / 1.230 / 1 230 (empty for None)."""
        if n is None:
            return ""
        if isinstance(n, int):  # Babel's grouping symbol, without its per-call parsing (pages show thousands)
            return f"{n:,}".replace(",", _group(self.lang))
        return format_decimal(n, locale=self.lang)

    def pct(self, x) -> str:
        """14.1% / 14,1 % (one decimal; empty for None)."""
        if x is None:
            return ""
        return f"{x:.1%}" if self.lang == "en" else format_percent(x, "#,##0.0\u00a0%", locale=self.lang)

    def ordinal(self, n) -> str:
        """48th / 48.º / 48e (empty for None)."""
        return "" if n is None else wording.ordinal(n, self.lang)

    def month(self, month: str | dt.date | None) -> str:
        """'2022-06' or a date -> 'June 2022' / 'junio de 2022' / 'juin 2022' (lower case mid-sentence)."""
        if month is None:
            return ""
        return wording.long_month(month.isoformat()[:7] if isinstance(month, dt.date) else month[:7], self.lang)

    def date(self, day: str | dt.date | None) -> str:
        """'2022-06-30' -> '30 June 2022' / '30 de junio de 2022' / '30 juin 2022': every date a reader sees is
        written as the language writes it in running text (the wording layer), never in US order or as ISO."""
        return self.long_date(day)

    def long_date(self, day: str | dt.date | None) -> str:
        """A date in running text, UN style (the wording layer): '21 July 2022', '21 de julio de 2022',
        '21 juillet 2022' (empty for None)."""
        if day is None:
            return ""
        return wording.long_date(day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10]), self.lang)

    def country(self, iso3: str, fallback: str = "") -> str:
        """A country's UN short name in this language (the reviewed table), else `fallback` (as is in English)."""
        if self.lang == "en" and fallback:
            return fallback
        try:
            return wording.country_name(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            return fallback or iso3

    def to_country(self, iso3: str, fallback: str = "") -> str:
        """ "to Peru", "al Perú", "au Pérou" (the wording layer's articles), else "to" and `fallback`."""
        try:
            return wording.to_country(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            return f"to {fallback or iso3}" if self.lang == "en" else self.country(iso3, fallback)

    def subject(self, iso3: str, fallback: str = "") -> str:
        """The country opening a sentence: "Peru", "The Netherlands", "El Perú", "Le Pérou" (else `fallback`)."""
        try:
            said = wording.country_with_article(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            said = self.country(iso3, fallback)
        return said[:1].upper() + said[1:]

    def owner(self, iso3: str, fallback: str = "") -> str:
        """Whose, as a title says it: "Peru's", "the Netherlands'", "del Perú", "du Pérou", "de la Mauritanie" (the
        wording layer's owner forms), else "`fallback`'s" / "de `fallback`"."""
        try:
            if self.lang == "en":
                return wording.possessive(iso3, "en")
            return wording.of_country(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            name = self.country(iso3, fallback)
            return f"{name}'s" if self.lang == "en" else f"de {name}"

    def of_country(self, iso3: str, fallback: str = "") -> str:
        """ "of Peru", "del Perú", "du Pérou", "de la Mauritanie" (the wording layer's owner), else "of" and
        `fallback`."""
        try:
            return wording.of_country(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            return f"{ {'en': 'of', 'es': 'de', 'fr': 'de'}[self.lang] } {self.country(iso3, fallback)}"

    def substitution(self, month: Month | dict) -> str | None:
        """Why a page's report is not the month asked, in this language (the API keeps the English sentence)."""
        if isinstance(month, dict):  # a news page's month is plain JSON
            why, said = month.get("why"), month.get("substitution")
        else:
            why, said = month.why, month.substitution
        return months_words.substitution(why, self.lang) or said

    def caveat(self, caveat: Caveat) -> str:
        """A caveat's words in this language (the wording layer's templates), or its English said to be English."""
        return editor_notes.note(dump(caveat), self.lang)

    def check_note(self, note: str) -> str:
        """A checker's note in this language (the wording layer's templates), else as the checker wrote it."""
        return check_notes.say(note, self.lang) or note

    def notes_in_english(self, result) -> bool:
        """Whether a note of a check's result (its message, why reports were left out, a verdict's note) stays in
        English on this page."""
        said = [result.message, *(result.reference or {}).get("left_out", []), *(v.note for v in result.verdicts)]
        return self.lang != "en" and any(check_notes.say(x, self.lang) is None for x in said)

    def check_source(self, source: dict) -> str:
        """Where a verdict's data comes from, in this language (file, pages, the register's dates)."""
        return check_notes.source(source, self.lang)

    def flag_label(self, kind: str) -> str:
        """What a quality rule found, in this language ("desglose por sexo fuera de línea…")."""
        return flag_notes.label(kind, self.lang)

    def flag_detail(self, kind: str, detail: str) -> str:
        """A quality flag's particulars in this language (figures, months, sources), else as stored."""
        return flag_notes.detail(kind, detail, self.lang)

    def decision(self, decision: str) -> str:
        """The decision on a quality flag in this language ("withheld" -> "retenida")."""
        return flag_notes.decision(decision, self.lang)

    def mission(self, acronym: str, fallback: str | None = None) -> tuple[str | None, str]:
        """(full name, acronym) of a mission in this language, else (`fallback`, the acronym)."""
        try:
            return mission_names.mission_name(acronym, self.lang)
        except Exception:  # noqa: BLE001 - a mission without reviewed names keeps its English name
            return fallback, acronym


def _count(n: object, lang: str) -> int | None:
    """The whole number a value `n` of a text states (an int, or a figure as a page writes it: "1", "1,230",
    "1 230"); None when it states none."""
    if isinstance(n, int) and not isinstance(n, bool):
        return n if n >= 0 else None
    if isinstance(n, str):
        digits = n.replace(_group(lang), "").replace("\u202f", "").replace("\u00a0", "")
        return int(digits) if digits.isdigit() else None
    return None


@cache
def _group(lang: str) -> str:
    return get_group_symbol(locale=lang)


@cache
def words(lang: str) -> Words:
    """The Words of a language (one object per language)."""
    return Words(lang if lang in LANGS else "en")
