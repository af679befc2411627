"""Ranks in a published text: the rank a number states, partial (within a group, a mission, a contingent) or not
the UN's (an index, another thing's size), and an ordinal read like the rank before it ("the 20th, and the 8th for
women")."""

from __future__ import annotations

import re

from ..wording import check_notes
from . import phrases
from . import rank_words as rw
from . import words as w
from .binding import Text
from .numbers import Number

_RANKED = ("rank", "rank_women")  # ranks a scope can make partial (not a financial rank, read as "other")


def rank_kind(
    t: Text, sentence: str, clause: tuple[int, int], n: Number, before: str, after: str, whole: str
) -> tuple[str, str, int, dict] | None:
    """(kind, the words that decided it, where its phrase ends, details) of a rank, or None for an ordinal that
    counts nothing (and a number after a rank word that states no rank)."""
    found = phrases.rank(sentence, clause, n)
    if found and found[0] in _RANKED and (scoped := w.SCOPE_BEFORE.match(sentence[clause[0] : n.start])):
        found = ("rank_partial", scoped[0].strip(" ,"))
    if found and found[0] in _RANKED and re.match(r"\W*(?:[\w-]+\s+){0,2}contingent", after, re.I):
        found = ("rank_partial", "contingent")
    phrase_end = n.end + len(re.split(r"[,;(]", after, maxsplit=1)[0][:90])
    offset = t.sentence_start
    if (
        found
        and found[0] in _RANKED
        and (inside := [m for m in t.near if m.acronym and offset + n.end <= m.start < offset + phrase_end])
    ):
        found = ("rank_partial", f"in {inside[0].text}")
    if found and found[0] in _RANKED and (in_mission := phrases.mission_scope(t, sentence, n)):
        found = ("rank_partial", in_mission)
    if found and found[0] in _RANKED and (other := rw.OF_OTHER.match(after)):
        return "other", other[0].strip(), n.end, {}  # "the second largest standing military": not the UN's
    if found and found[0] in _RANKED and (index := t.search(rw.INDEX, whole)):
        return "other", f"{found[1]} … {index[0]}", n.end, {}  # "19th in the Good Country Index": not the UN's
    if found and found[0] == "rank" and (women := _women_after(t, sentence, n)):
        doubt = check_notes.said("doubt_women_after", words=women[0])  # "… when it comes to deploying women"
        return found[0], found[1], n.end, {"doubt": doubt}
    if found:
        return found[0], found[1], n.end, {}
    rank = t.last_of("rank", "rank_women", "rank_partial")
    if n.ordinal and rank and rw.ELLIPTIC_RANK.search(before):  # "is the 20th, and the 8th for women"
        phrase = re.split(r"[,;(]", after, maxsplit=1)[0][:60]
        kind = "rank_women" if w.WOMEN_WORD.search(phrase) else rank.kind
        like = f"like {rank.text}: {rank.kind_words}"
        if rank.kind == "rank_partial" or (kind == "rank" and phrases.mission_scope(t, sentence, n)):
            return "rank_partial", like, n.end, {}
        if w.PARTIAL.search(phrase):
            return "rank_partial", f"{like} … {w.PARTIAL.search(phrase)[0]}", n.end, {}
        if kind == "rank_women" and rank.kind == "rank":  # "the 20th, and the 8th for women": women said
            return kind, f"{like} … {w.WOMEN_WORD.search(phrase)[0]}", n.end, {}
        return kind, like, n.end, {"doubt": check_notes.said("doubt_no_rank_word", like=rank.text)}
    return None  # "first contributed", "the second time", "75th anniversary": not a count


def _women_after(t: Text, sentence: str, n: Number) -> re.Match | None:
    """Women named after a rank in its sentence, not right after another rank ("the 20th, and the 8th for women")."""
    women = w.WOMEN_WORD.search(sentence, n.end)
    if women is None:
        return None
    ranks = [x for x in t.numbers if x.ordinal and n.end <= x.start < women.start()]
    return None if ranks and women.start() - ranks[-1].end < 25 else women
