"""What a figure's own words say it spans (issue 23): the countries of a list, counts and ranks over the years, a
historical first, a rank in a group named before it, a part of the figure before it, a place named before, a world
figure whose uniformed part follows it, a force the reports do not count named before; none is the country's (or the
world's) uniformed strength this month for certain."""

from __future__ import annotations

import re

from ..wording.check_notes import Said, said
from . import doubt_words as dw
from . import words as w
from .binding import WORLD, Text
from .kinds import Claim
from .numbers import Number
from .subjects import Mention


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


OVER_TIME = _re(  # a count or a rank over the years, not this month's (beside words.CUMULATIVE)
    r"\b(?:at\s+(?:various|different|one|some)\s+times?(?:\s+or\s+another)?|over\s+time|"
    r"of\s+all\s+times?|historically|(?:over|throughout|in)\s+(?:the|its|their)\s+(?:\w+\s+)?history|"
    r"since\s+(?:(?:its|their)\s+)?(?:creation|inception|beginnings?|independence)|in\s+(?:UN\s+)?peacekeeping\s+history|"
    r"au\s+fil\s+(?:des\s+(?:ans|années|décennies)|du\s+temps)|à\s+un\s+moment\s+ou\s+à\s+un\s+autre|"
    r"(?:dans|de)\s+l['’]histoire|historiquement|depuis\s+(?:sa|leur)\s+création|depuis\s+1948|"
    r"a\s+lo\s+largo\s+de\s+(?:los\s+años|las\s+décadas|(?:la|su)\s+historia)|en\s+algún\s+momento|"
    r"(?:en|de)\s+la\s+historia|históricamente|desde\s+(?:su\s+creación|1948))\b"
)
_LIST = _re(  # "these three countries", "ces trois pays", "estos tres países": the countries of a list
    r"\b(?:these|those|both|such|ces|ceux-ci|estos|estas|esos|esas|aquellos|aquellas|dichos|dichas|ambos)\s+"
    r"(?:[\w-]+\s+)?$"
)
_THE = _re(r"\b(?:the|les|los|las)\s+$")
_FIRST_TO = _re(  # "the first country to deploy", "le premier pays à déployer", "el primer país en desplegar"
    r"\W*(?:(?!(?:in|for|of|to|among|with|dans|de|des|du|entre|con|parmi|au|aux)\b)[\w'’-]+\s+){0,3}?"
    r"(?:to\s+(?:have\s+|be\s+|ever\s+)?(?:deploy|send|dispatch|contribute|provide|field|join|sign|establish|adopt|"
    r"launch|host|train|commit|pledge|take|introduce|achieve|reach|have|be|become|make|open|create|participate|lead|"
    r"command|appoint|integrate|include)\w*|(?:country|nation|state)\s+(?:for|in)\s+\w+ing|"
    r"(?:à|a|en|pour|para)\s+(?:avoir\s+|haber\s+)?[^\W\d]{3,}(?:er|ir|re|oir|ar)\b(?!\s+(?:de|du|des|la|le)\b))"
)
_SINCE_YEAR = _re(
    r"\b(?:since|depuis|desde)\s+(?:(?:early|late|mid|début|fin|finales\s+de|principios\s+de)\s+)?(?:19|20)\d\d\b"
)
_HAS_SENT = _re(  # a perfect of sending: with "since 2006", what was sent over the years
    r"\b(?:(?:has|have|had)\s+(?:[\w-]+\s+)?(?:deployed|dispatched|contributed|provided|sent)|"
    r"(?:a|ont|avait|avaient)\s+(?:[\w-]+\s+)?(?:déployé|envoyé|fourni|dépêché)|"
    r"(?:ha|han|había|habían)\s+(?:[\w-]+\s+)?(?:desplegado|enviado|aportado|contribuido))\b"
)
_AMONG_GROUP = _re(  # "Among the 10 ASEAN member states, Cambodia ranks second": a rank in that group
    r"^\W*(?:among|amongst|parmi|entre)\s+(?P<group>[^,;]{0,60}?)\s*,"
)
_OUT_OF = _re(r"\W*(?:[\w-]+\s+){0,3}?(?:out\s+of|of|among|sur|parmi|de|entre)\s+(?:the\s+|les\s+|los\s+)?\d")
_ALL = _re(r"contribut|troop|police|uniform|\ball\b|\btous\b|\btodos\b|world|monde|mundo")
_UNIFORMED_PART = _re(  # "113,000 peacekeepers, including 90,000 military and police": the whole counts civilians
    r"^[^.;]{0,80}?\b(?:including|of\s+whom|among\s+them|dont|y\s+compris|parmi\s+eux|incluidos|incluidas|"
    r"entre\s+ellos|de\s+los\s+cuales)\s+(?:[\w-]+\s+){0,2}?\d[\d,.\s\u202f\u00a0]*\s*(?:[\w-]+\s+){0,2}?"
    r"(?:military|police|troops|uniformed|militaires|policiers|soldats|militares|policías|soldados|uniformados)"
)
_PRESENT = _re(  # what dates a rank to the present (beside doubt_words.NOW)
    r"\b(?:is|are|ranks|remains|stands|holds|current\w*|est|reste|demeure|se\s+classe|occupe|figure|es|sigue|"
    r"ocupa|se\s+sitúa|se\s+ubica|figura|actual\w*)\b"
)
_THAT_PLACE = _re(  # "deployed in that country", "dans ce pays", "en ese país": a place named before
    r"\b(?:in|into|to|within|dans|en|au\s+sein\s+de)\s+(?:that|this|ce|cet|cette|ese|este|esa|esta|dicho|dicha)\s+"
    r"(?:country|pays|país|territory|territoire|territorio)\b"
)
_NOUNS = _re(r"\bcontribuyentes?\b")
_STRENGTHS = ("total", "type", "women", "missions", "mission_count", "mission_women")
_CONTEXT = 300  # characters either side of a rank's sentence where a count over the years makes it doubtful


def own(t: Text, clause: tuple[int, int], n: Number, before: bool = False) -> tuple[int, int]:
    """A figure's own words in its sentence: from the number before it in its clause (after that number's last
    comma) or from the clause's start (always, if `before`), to the number after it or the clause's end."""
    start = clause[0]
    ends = [m.end for m in t.numbers if clause[0] <= m.end <= n.start]
    if ends and not before:
        start = ends[-1] + t.text[t.sentence_start + ends[-1] : t.sentence_start + n.start].rfind(",") + 1
    end = min([m.start for m in t.numbers if n.end <= m.start < clause[1]], default=clause[1])
    return start, end


def now_own(t: Text, sentence: str, clause: tuple[int, int], n: Number) -> bool:
    """Whether a figure's own words date it to now while its clause counts over the years ("Since 1988, 188,558 …
    have participated …, and 7,436 uniformed personnel are currently serving"): its own, not the years'."""
    start, stop = own(t, clause, n)
    return (
        start > clause[0]
        and bool(w.NOW.search(sentence, start, stop))
        and not w.CUMULATIVE.search(sentence, start, stop)
    )


def kind(
    t: Text, sentence: str, clause: tuple[int, int], n: Number, found: tuple[str, str, int, dict] | None
) -> tuple[str, str, int, dict] | None:
    """The reading of a number (`found`, extract's) unless its own words make it another count: a historical first
    ("the first country to deploy an all-female unit"), the countries of a list ("these three countries"), the
    countries that have contributed over the years ("130 nations have contributed at various times")."""
    if found is None:
        return None
    what, words, end, details = found
    if what in ("rank", "rank_women", "rank_partial") and n.ordinal and (first := _FIRST_TO.match(sentence, n.end)):
        return "other", f"history: {n.text}{first[0]}", end, {}
    if what in ("rank", "rank_women") and (among := _AMONG_GROUP.match(sentence, clause[0], n.start)):
        own_scope = _OUT_OF.match(sentence, n.end)  # "… and 17th out of 120 countries": ranked among all
        if dw.GROUP.search(among["group"]) and not _ALL.search(among["group"]) and not own_scope:
            return "rank_partial", among[0].strip(" ,"), end, {}
    if what == "women" and (countries := w.COUNTRIES.match(sentence[n.end :])):  # "17th out of 120 countries on
        return "other", f"{n.text}{countries[0]}: countries, not women", end, {}  # women participation"
    if what != "global_countries":
        return found
    before = sentence[max(clause[0], n.start - 30) : n.start]
    if listed := _LIST.search(before):
        return "other", f"{listed[0]}{n.text} …: the countries named before it", end, {}
    if _THE.search(before) and n.value <= len(
        {m.iso3 for m in t.mentions_in(_paragraph(t), t.sentence_start + n.start)}
    ):
        return "other", f"{_THE.search(before)[0]}{n.text} …: the countries named before it", end, {}
    start, stop = own(t, clause, n)
    if over := OVER_TIME.search(sentence, start, stop) or w.CUMULATIVE.search(sentence, start, stop):
        return "other", f"{words} … {over[0]}", end, {}
    return found


def _paragraph(t: Text) -> int:
    """Where the paragraph of the sentence being read starts."""
    return max([p for p in t.paragraphs if p <= t.sentence_start], default=0)


def doubt(
    t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number, kind: str, subject: str | None
) -> Said | None:
    """Why a figure's own words or its text make it other than this month's national strength: a rank over the
    years, a part of the figure before it, a place named before it; or None."""
    if kind in ("rank", "rank_women"):
        return _over_time(t, offset, sentence, clause, n)
    if kind == "global_personnel" and _UNIFORMED_PART.match(sentence[n.end : clause[1]]):
        return said("doubt_civilians")
    if kind in ("total", "fatalities") and (force := _force_before(t, offset, sentence)):
        return said("doubt_force_before", words=force)
    if kind in ("total", "mission_count") and (part := _part(t, offset, sentence, n, subject)):
        return part
    whole = sentence[clause[0] : clause[1]]
    if kind in _STRENGTHS and (since := _SINCE_YEAR.search(sentence, *own(t, clause, n, before=True))):
        if sent := t.search(_HAS_SENT, whole):  # "Since 2006, Cambodia has deployed 7,123 peacekeepers"
            return said("doubt_so_far", words=f"{since[0]} … {sent[0]}")
    if kind in ("total", "type", "women", "mission_count") and (place := t.search(_THAT_PLACE, whole)):
        return said("doubt_that_place", words=place[0])
    return None


def _over_time(t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number) -> Said | None:
    """A rank over the years: so said in its own words ("the third largest contributor in the history of UN
    peacekeeping"), or in a sentence that does not date it to the present, in a text that counts over the years
    ("has contributed over 200,000 troops so far … has made it the third highest contributor")."""
    start, stop = own(t, clause, n)
    if over := OVER_TIME.search(sentence, start, stop) or w.CUMULATIVE.search(sentence, start, stop):
        return said("doubt_rank_over_time", words=over[0])
    dated = _NOUNS.sub(" ", sentence)  # "contribuyente" is a noun, not "contribuye"
    if dw.NOW.search(dated) or _PRESENT.search(dated):
        return None
    near = t.text[max(0, offset - _CONTEXT) : offset + len(sentence) + _CONTEXT]
    for pattern in (OVER_TIME, w.CUMULATIVE, dw.SO_FAR):
        if over := pattern.search(near):
            return said("doubt_rank_over_time", words=over[0])
    return None


def _part(t: Text, offset: int, sentence: str, n: Number, subject: str | None) -> Said | None:
    """A part of a larger figure before it in its sentence, named by its own personnel word ("some 243 military
    personnel including 20 officers based in Mali"): one kind of its people, not the country's or the mission's."""
    mine = ("total", "mission_count")
    heads = [h for h in t.heads if h.end <= offset + n.start and h.kind in mine and h.subject == subject]
    if not heads or heads[-1].value <= n.value or not w.AFTER_PERSONNEL.match(sentence[n.end :]):
        return None
    head = heads[-1]
    if not (marker := w.BREAKDOWN.search(t.text, head.end, offset + n.start)):
        return None
    return said("doubt_breakdown", figure=head.text, words=marker[0].strip())


def _force_before(t: Text, offset: int, sentence: str) -> str | None:
    """A force the UN's reports do not count, named in the sentence before a figure whose own sentence has no UN
    word ("… three non-UN missions in Iraq, Kosovo and Afghanistan. At present, around 1,100 Mongolian
    peacekeepers are fighting for global peace"): the figure may count them."""
    if t.search(dw.UN_WORDS, sentence):
        return None
    force = t.search(dw.NON_UN, t.text[max(0, offset - _CONTEXT) : offset])  # once per sentence
    return force[0] if force else None


def share_of_toll(t: Text, offset: int, sentence: str, kind: str, subject: str | None) -> str | None:
    """The world's toll a country's figure is a share of, in a sentence that starts from it ("… more than 4,300
    peacekeepers have lost their lives since 1948. Among them were 170 Pakistani peacekeepers"): its dead, or None."""
    toll = t.toll
    if kind != "total" or subject in (None, WORLD) or toll is None or not (among := w.ANAPHOR.match(sentence)):
        return None
    return f"{among[0].strip(' ,')} {toll.text}" if 0 <= offset - toll.end < _CONTEXT else None


_FROM = _re(r"\s*(?:each\s+)?(?:(?:were|was|came|eran|era|étaient|venaient)\s+)?(?:from|de|du|des|d['’])\s*")
_STRENGTH = _re(r"\b(?:deploy\w*|serv\w*|contribut\w*|provid\w*|déplo\w*|contribu\w*|despleg\w*|aport\w*|sirv\w*)")


def dead_of(
    t: Text, offset: int, sentence: str, n: Number, before: bool
) -> tuple[str, Claim | None, Mention | None] | None:
    """(the words, the toll, the country named after) of a country's figure in a list of the dead ("Burkina Faso
    (3)", "three from Egypt", "cuatro de Chad" after a toll, or in a sentence of deaths), or None (`before`: a
    country is named right before the figure)."""
    after = next(
        (m for m in t.here if m.start >= offset + n.end and _FROM.fullmatch(t.text, offset + n.end, m.start)), None
    )
    if not (before or after):
        return None
    if toll := t.last_of("fatalities", "global_fatalities"):
        return _like(toll), toll, after
    if death := t.search(w.DEATH, sentence):
        return death[0], None, after
    dead = t.dead
    if dead is not None and 0 <= offset - dead.end < _CONTEXT and not _STRENGTH.search(sentence):
        return _like(dead), dead, after  # "The others were from Burkina Faso (3), Chad (2)"
    return None


def _like(toll: Claim) -> str:
    """The words of a list's figure read like the toll before it (the list's first toll, not a chain of them)."""
    return toll.kind_words if toll.kind_words.startswith("like ") else f"like {toll.text}: {toll.kind_words}"
