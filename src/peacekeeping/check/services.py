"""The one national service a figure is given by ("Nepal Army has contributed 5,096", "195 from Armed Police
Force"), and the personnel type its count is checked as (issue 23)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from . import doubt_words as dw
from .binding import Text
from .numbers import Number

_AND = re.compile(r"\W*(?:(?:and|et|y|e)\W+)?(?:(?:the|la|l['’]|el|los|les)\W+)?(?:\w+\W+)?", re.I)
_FROM = re.compile(  # between a figure and its service: "… 195 from Armed Police Force", "5,865 Nepal Army personnel"
    r"(?:[^\d.;]*?\b(?:from|of|de|del|des|du|d['’])\W*(?:(?:the|la|l['’]|el|los|les)\W+)?|\s+)"
    r"(?-i:[A-Z][\w'’-]*\s+){0,3}",
    re.I,
)


def service_type(t: Text, sentence: str, n: Number) -> str | None:
    """The personnel type a figure one national service gives is checked as ("Nepal Army has contributed 5,096":
    troops; "the Armed Police Force's 195": police) where the sentence says it counts UN deployments, or None."""
    return (ptype := typed(sentence, n)) and un_said(t, sentence) and ptype


def typed(sentence: str, n: Number) -> str | None:
    """The personnel type of the one national service a figure is given by; None for a gendarmerie (the military's
    or the police's), for a navy or an air force (a part of the military), where the sentence names another part
    ("5,463 of the Army, 347 of the Navy …": which parts it leaves out is unsaid), for no service or for several."""
    named = _named(sentence, n)
    if not (words := _one(named)):
        return None
    mine, military = {s.span() for s in named}, dw.MILITARY_SERVICE.fullmatch(words)
    for other in dw.SERVICE.finditer(sentence):  # "the Pakistani armed forces, 78 Pakistan Army women": the military
        if other.span() not in mine and not (military and dw.MILITARY_SERVICE.fullmatch(other[0])):
            return None
    if military:
        return "troops"
    return "police" if dw.POLICE.search(words) else None


def un_said(t: Text, sentence: str) -> bool:
    """Whether a sentence says its figures are the UN's deployments: a national service also serves in operations
    the UN's reports do not count (EU, NATO, AU-led, bilateral)."""
    return bool(t.search(dw.UN_BODY, sentence) or t.search(dw.BLUE_HELMETS, sentence))


def service(sentence: str, n: Number) -> str | None:
    """One national service named beside a figure ("5,918 are from Nepal Army"; "214 members of the Ministry of
    Defence and the Serbian Armed Forces": the military), not a list with the police ("6,141 personnel from Nepal
    Army, Nepal Police, and Armed Police Force": all of them), or None."""
    return _one(_named(sentence, n))


def _one(named: list[re.Match]) -> str | None:
    """The first of the services named, or None for none or for a list of the military and the police."""
    return None if not named or len({bool(dw.POLICE.search(s[0])) for s in named}) > 1 else named[0][0]


def _named(sentence: str, n: Number) -> list[re.Match]:
    """The services named beside a figure, the nearest first, or []."""
    after = dw.SERVICE.search(sentence, n.end, n.end + 40)
    if not (after and _FROM.fullmatch(sentence, n.end, after.start())):  # "… 195 from Armed Police Force"
        if before := list(dw.SERVICE.finditer(sentence, max(0, n.start - 80), n.start)):
            if before[-1].end() >= n.start - 40:  # "Nepal Army has contributed 5096"
                return [before[-1], *_listed(sentence, reversed(before), -1)]
        if (speaker := dw.SERVICE.search(sentence, 0, n.start)) and dw.SPEAKS.search(sentence, 0, n.start):
            return [speaker]  # "Nepali Army spokesperson Santosh Ballav Pouyal says 5,154 …": its own count
    if not after:
        return []
    return [after, *_listed(sentence, dw.SERVICE.finditer(sentence, after.start(), after.end() + 120), 1)]


def _listed(sentence: str, services: Iterable[re.Match], step: int) -> list[re.Match]:
    """The services listed with the first of `services` ("the Army, the Police and the APF"), read forward (step 1)
    or backward (-1), that first one left out."""
    listed: list[re.Match] = []
    for one, two in itertools.pairwise(services):
        earlier, later = (one, two) if step > 0 else (two, one)
        if not _AND.fullmatch(sentence, earlier.end(), later.start()):
            break
        listed.append(two)
    return listed
