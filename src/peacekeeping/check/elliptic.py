"""Figures with no words of their own, read from what is around them: like the figure before them ("Nepal deploys
6,100 and India 5,400"), as a country's personnel in brackets or in a list of countries and figures, or as its dead
in a list of the dead."""

from __future__ import annotations

import re

from ..wording import check_notes
from . import phrases, scope
from . import words as w
from .binding import Text
from .kinds import Claim
from .numbers import Number

_COME_FROM = re.compile(  # "103 come from Canada", "proviennent du", "provienen de": a country's part of a figure
    r"\s+(?:(?:come|comes|are)\s+from|(?:proviennent|provient|viennent|vient)\s+d(?:u|e|es|['’])|"
    r"(?:provienen|proviene|vienen|viene|son)\s+de(?:l)?)\b",
    re.IGNORECASE,
)
_PAIRED = re.compile(r"[ \t]*(?:[–—:-]|with|con|avec)?[ \t]*\d", re.IGNORECASE)  # "Italy 1,114", "Egypt – 2,889"


def elliptic(
    t: Text, sentence: str, clause: tuple[int, int], n: Number, previous: Claim | None
) -> tuple[str, str, int, dict]:
    """'Nepal deploys 6,100 and India 5,400', 'Bangladesh (6,554) ... Nepal (5,571)': a number right after a
    country takes the kind of the figure before it, or (in brackets) is read as its personnel, with a doubt."""
    before = sentence[max(clause[0], n.start - 80) : n.start]
    if t.read and t.read[-1].kind in ("rank", "rank_women") and re.search(r"\b(?:with|con|avec)\s+$", before):
        rank = t.read[-1]  # "it is second for women, with 498": the figure the rank ranks
        kind = "women" if rank.kind == "rank_women" else "total"
        return kind, f"with {n.text}, after {rank.text}: {rank.kind_words}", n.end, {}
    if (
        previous
        and previous.kind in ("total", "mission_count")
        and re.match(r"\s*(?:in|to|with|at|en|à|au|aux|al|con|dans)\s", sentence[n.end :])
    ):  # "and 250 in Lebanon (UNIFIL)"
        return (
            "total",
            f"like {previous.text}: {previous.kind_words}",
            n.end,
            {"doubt": check_notes.said("doubt_read_like", like=previous.text)},
        )
    if previous and previous.kind in ("total", "mission_count") and re.search(r"\b(?:with|con|avec)\s+$", before):
        return (
            previous.kind,
            f"with {n.text}, like {previous.text}: {previous.kind_words}",
            n.end,
            {"doubt": previous.doubt} if previous.doubt else {},
        )
    if (
        previous
        and previous.kind == "global_personnel"
        and (come := _COME_FROM.match(sentence, n.end))
        and any(m.start >= t.sentence_start + come.end() - 1 for m in t.here)
    ):  # "sur les 101 280 soldats … seuls 103 proviennent du Canada": that country's, of the same people
        return (
            "total",
            f"{n.text}{come[0]}, of {previous.text}",
            n.end,
            {"doubt": check_notes.said("doubt_read_like", like=previous.text)},
        )
    if re.search(r"\s[–—-]\s*$", sentence[: n.start]):  # "Egypt – 2,889": the dash ends no clause here
        before = sentence[max(0, n.start - 80) : n.start]
    named = re.search(r"(\S[^,;]*?)\s*(?:\(|:|,|[–—-]|with|con|avec)?\s*$", before)
    attached = bool(named and any(named[1].casefold().endswith(m.text.casefold()) for m in t.here))
    if dead := scope.dead_of(t, t.sentence_start, sentence, n, attached):  # "Burkina Faso (3)", "cuatro de Chad"
        doubt = check_notes.said("doubt_list_of_dead", words=dead[0])
        return (
            "fatalities",
            dead[0],
            n.end + (1 if re.match(r"\s*\)", sentence[n.end :]) else 0),
            {"doubt": doubt, "toll": dead[1], "of": dead[2]},
        )
    if not attached:
        return phrases.beside_mission(t, sentence, n) or ("other", "", n.end, {})
    if previous and previous.kind in ("total", "women", "missions", "mission_count"):
        between, last = t.text[previous.end : t.sentence_start + n.start], t.read[-1] if t.read else previous
        women = (w.WOMEN_WORD.search(between) and not re.search(r"\d", between)) or (
            last.kind == "women" and last.start > previous.end and last.kind_words.startswith("like ")
        )  # "Pakistan (4,123), while the same for women were Rwanda (487), Bangladesh (480)"
        return (
            "women" if women and previous.kind == "total" else previous.kind,
            f"like {previous.text}: {previous.kind_words}",
            n.end,
            {"doubt": previous.doubt} if previous.doubt else {},
        )
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", sentence[n.end :]):
        return (
            "total",
            f"({n.text}) after {named[1].split()[-1]}",
            n.end + 1,
            {"doubt": check_notes.said("doubt_in_brackets")},
        )
    if _listed(t, sentence) and not re.match(r"\s*%", sentence[n.end :]):  # "Italy 1,114\nFrance 867\nSpain 613"
        return "total", f"{n.text} after {named[1].split()[-1]}", n.end, {"doubt": check_notes.said("doubt_in_list")}
    return "other", "", n.end, {}


def _listed(t: Text, sentence: str) -> bool:
    """Whether a sentence, with the lines before and after it, lists countries each right before a figure: at least
    two such pairs ("Italy 1,114" on one line, "France 867" on the next)."""
    start, end = t.sentence_start, t.sentence_start + len(sentence)
    if (head := t.text[:start].rstrip(" \t")).endswith("\n"):  # a line of its own: the line before it too
        start = head.rstrip("\n").rfind("\n") + 1
    if (tail := t.text[end:]).lstrip(" \t").startswith("\n") or sentence.endswith("\n"):  # and the line after
        nl = t.text.find("\n", end + len(tail) - len(tail.lstrip(" \t\n")))
        end = len(t.text) if nl < 0 else nl
    return sum(bool(_PAIRED.match(t.text, m.end)) for m in t.mentions_in(start, end)) >= 2
