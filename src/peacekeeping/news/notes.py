"""What a month's news cannot tell: one function per note, each a lead per language (the words: wording/news.py)."""

from __future__ import annotations

import datetime as dt

from ..wording.news import say
from . import leads as L


def months(keys: list[str], lang: str) -> str:
    """'2022-07' -> 'July 2022'; several months joined by commas."""
    return ", ".join(L.month(k, lang) for k in keys)


def no_report(keys: list[str], why: str) -> dict[str, str]:
    """No report covers some months: `why` is 'year' (no comparison a year earlier) or 'story' (nothing told)."""
    key = "no_report_year" if why == "year" else "no_report_story"
    return L.per_lang(lambda lang: say(key, lang, months=months(keys, lang)))


def gap(missing: list[str], previous: str) -> dict[str, str]:
    """Months without a report between the two compared."""
    return L.per_lang(lambda lang: say("gap", lang, months=months(missing, lang), previous=L.month(previous, lang)))


def first_report() -> dict[str, str]:
    return L.per_lang(lambda lang: say("first_report", lang))


def no_register() -> dict[str, str]:
    return L.per_lang(lambda lang: say("no_register", lang))


def register_too_old(file: str, released: dt.date) -> dict[str, str]:
    return L.per_lang(lambda lang: say("register_too_old", lang, file=file, day=L.day(released, lang)))


def older_breakdown(acronym: str, basis: str | None) -> dict[str, str]:
    return L.per_lang(
        lambda lang: say(
            "older_breakdown", lang, acronym=acronym, basis=L.month(basis, lang) if basis else say("none", lang)
        )
    )


def _which(this: bool, lang: str) -> str:
    return say("this_report" if this else "previous_report", lang)


def no_missions(this: bool) -> dict[str, str]:
    return L.per_lang(lambda lang: say("no_missions", lang, which=_which(this, lang)))


def no_split_ranks(this: bool) -> dict[str, str]:
    return L.per_lang(lambda lang: say("no_split_ranks", lang, which=_which(this, lang)))


def no_parity(merged: bool) -> dict[str, str]:
    why = "parity_merged" if merged else "parity_unsplit"
    return L.per_lang(lambda lang: say("no_parity", lang, why=say(why, lang)))
