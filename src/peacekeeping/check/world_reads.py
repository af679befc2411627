"""Figures read as the world's or not: a country's figure too large for any country, a world figure too small for
the world, missions that follow a world figure or a figure too small to be the world's."""

from __future__ import annotations

from ..wording.check_notes import said
from . import doubt_words as dw
from .binding import Text
from .kinds import Claim
from .numbers import Number


def world(
    t: Text, offset: int, clause: tuple[int, int], n: Number, kind: str, part_of: Claim | None = None
) -> tuple[str, str | None] | None:
    """(words, doubt) when a figure bound to a country is the world's: a total or a number of women larger than any
    country has deployed ("a force of 87,000"), or missions right after a world figure ("87,000 personnel in 12
    missions"); not the women of a country's total (`part_of`: "6,731 personnel, including 4,658 women" is the
    country's, printed in error)."""
    if kind == "total" and n.value > dw.NATIONAL_MAX:
        return f"{n.text}: more than any country has deployed", said("doubt_world_personnel")
    if kind == "fatalities" and n.value > dw.NATIONAL_DEATHS_MAX:
        return f"{n.text}: more deaths than any country's", said("doubt_world_deaths")
    if kind == "missions" and dw.OF_THE.search(t.text, max(0, offset + n.start - 30), offset + n.start):
        return f"… {n.text}: the whole of a part", None
    if kind == "women" and n.value > dw.NATIONAL_WOMEN_MAX and (part_of is None or part_of.kind != "total"):
        return f"{n.text}: more women than any country has deployed", said("doubt_world_women")
    last = t.last.get("global_personnel")
    if kind == "missions" and last and offset + clause[0] <= last[1].start:
        between = t.text[last[1].end : offset + n.start]
        if dw.WORLD_MISSIONS.fullmatch(between):
            return f"{last[1].text} … {between.strip()}", None
    return None


def few_before(t: Text, offset: int, clause: tuple[int, int], n: Number) -> str | None:
    """A personnel figure before a number of missions in its clause, too few to be the world's, or None."""
    last = t.last.get("global_personnel")
    if last and offset + clause[0] <= last[1].start < offset + n.start and last[1].value < dw.WORLD_MIN:
        return last[1].text
    return None


def too_small(t: Text, n: Number, kind: str, words: str) -> tuple[str, str, str] | None:
    """(subject, words, doubt) of a personnel figure read as the world's for want of a country in its paragraph,
    but too small to be the world's: the text's country, in doubt."""
    if kind != "total" or n.value >= dw.WORLD_MIN or not t.main or not words.startswith("no country named"):
        return None
    return t.main, f"{t.main}, the text's country", said("doubt_too_small", figure=n.text, iso3=t.main)
