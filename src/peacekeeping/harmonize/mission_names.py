"""Missions' official names in English, Spanish and French, from the reviewed table harmonize/data/mission_names.csv."""

from __future__ import annotations

from functools import cache

from ..errors import PeacekeepingError
from .tables import read_table

TABLE = "mission_names.csv"
LANGS = ("en", "es", "fr")


@cache
def _rows() -> dict[str, dict[str, str]]:
    return {row["acronym"]: row for row in read_table(TABLE)}


def _row(acronym: str, lang: str) -> dict[str, str]:
    if lang not in LANGS:
        raise PeacekeepingError(f"no mission names in language {lang!r}: {TABLE} has {', '.join(LANGS)}")
    rows = _rows()
    row = rows.get(acronym) or rows.get(acronym.strip().upper())
    if row is None:
        raise PeacekeepingError(f"mission {acronym!r} is not in the table of mission names ({TABLE})")
    return row


def mission_name(acronym: str, lang: str) -> tuple[str, str]:
    """(official name, acronym) in `lang`, e.g. ('Force intérimaire des Nations Unies au Liban', 'FINUL')."""
    row = _row(acronym, lang)
    if lang == "en":
        return row["en"], row["acronym"]
    return row[lang], row[f"{lang}_acronym"]


def short_name(acronym: str, lang: str = "en") -> str:
    """The English name as secondary mentions write it: a leading 'United Nations' becomes 'UN'."""
    if lang != "en":
        raise PeacekeepingError(f"short mission names exist in English only, not {lang!r} ({TABLE})")
    name = _row(acronym, lang)["en"]
    return "UN " + name.removeprefix("United Nations ") if name.startswith("United Nations ") else name


def gender(acronym: str, lang: str) -> str:
    """Grammatical gender of the mission's head noun in Spanish or French: 'f' (Misión, Force) or 'm' (Bureau)."""
    if lang not in ("es", "fr"):
        raise PeacekeepingError(f"mission names have a grammatical gender in es and fr only, not {lang!r} ({TABLE})")
    return _row(acronym, lang)[f"{lang}_gender"]


def acronyms() -> list[str]:
    """Every mission the table names."""
    return list(_rows())
