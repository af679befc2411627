"""Doubts on a figure's subject or reading that its binding alone does not see (issue 23): another country or a
group in its clause, a force the reports do not count, a unit, an event, a past year. A doubtful figure the data
does not support is never "contradicted"."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from ..harmonize import missions
from ..wording.check_notes import said
from . import doubt_words as dw
from . import phrases, scope, services, world_reads
from . import words as w
from .binding import WORLD, Text
from .kinds import TOLLS, Claim
from .numbers import Number, numbers
from .periods import Published
from .sentences import Spans
from .subjects import PLACE, SUBJECT, hosts

_NEAR = 300  # characters around a sentence that may say what its figures count
_CHECKED = {"total", "women", "type", "missions", "rank", "rank_women", "mission_count", "mission_women", "mission"}


def doubt(
    t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number, kind: str, subject: str | None, end: int
) -> str | None:
    """Why a figure of `kind` bound to `subject` may be another's or of another time, or None."""
    if found := scope.doubt(t, offset, sentence, clause, n, kind, subject):
        return found
    if kind in ("global_countries", "global_personnel", "global_operations", "global_fatalities") and (
        named := t.missions_in(offset + clause[0], offset + clause[1])
    ):
        return said("doubt_mission_in_clause", words=named[0].text)
    if kind == "fatalities" and subject not in (None, WORLD) and (part := _deaths_part(t, offset, clause, n, end)):
        return said("doubt_deaths_part", words=part)
    whole = sentence[clause[0] : clause[1]]
    if kind in TOLLS and (body := _near(t, dw.OTHER_BODY, offset, sentence) or _attributed(sentence)):
        return said("doubt_other_body", words=body)  # "… were from Togo, the Staff Union said": its own count
    if kind in TOLLS and (cause := t.search(dw.DEATHS_CAUSE, sentence)):
        return said("doubt_deaths_cause", words=cause[0])
    if kind == "fatalities" and (service := services.service(sentence, n)):  # "126 Army personnel died": one service's
        return said("doubt_service", words=service)
    if kind == "fatalities" and (one := t.search(dw.ONE_MISSION_DEATHS, whole)):
        return said("doubt_deaths_one_mission", words=one[0])
    if kind == "fatalities" and subject not in (None, WORLD) and (mission := _mission_subject(t, offset, clause, n)):
        return said("doubt_deaths_one_mission", words=mission)  # "la MINUSMA … avec 177 soldats de la paix tués"
    if kind == "fatalities" and (place := _place_after(t, offset, clause, n)):  # "60 … tués sur 159 au Mali"
        return said("doubt_deaths_one_mission", words=place)
    if kind == "fatalities" and not dw.TOLL.search(sentence, clause[0], scope.own(t, clause, n, before=True)[1]):
        if event := t.search(dw.DEATHS_EVENT, whole) or dw.TIMELINE.match(sentence):
            return said("doubt_deaths_one_mission", words=event[0].strip(" –—:-"))
    if kind == "global_countries" and n.value > dw.COUNTRIES_MAX:
        return said("doubt_not_countries", figure=n.text)
    if kind in ("missions", "global_operations") and n.value > dw.MISSIONS_MAX:
        return said("doubt_missions_over_time", figure=n.text)
    if kind == "global_countries" and (police := t.search(dw.POLICE_ONLY, sentence)):
        if not t.search(dw.MILITARY, sentence):  # "9,000 United Nations peacekeepers (UNPOL) from 94 countries"
            return said("doubt_police_countries", words=police[0])
    if kind == "global_countries" and (staff := t.search(dw.OTHER_STAFF, sentence)):
        return said("doubt_other_staff", words=staff[0])  # "staffers come from 128 countries": civilians too
    if kind.startswith("global") and (one := dw.A_MISSION.search(sentence, clause[0], n.start)):
        return said("doubt_mission_in_clause", words=one[0])
    if kind in ("global_countries", "global_personnel") and (event := t.search(dw.EVENT, whole)):
        return said("doubt_event", words=event[0])
    if kind.startswith("global") and (ours := t.search(dw.OURS, whole)):
        return said("doubt_ours", words=ours[0])
    if kind == "global_operations" and (few := world_reads.few_before(t, offset, clause, n)):
        return said("doubt_missions_of_few", figure=few)  # "the NA has 5,128 personnel in 12 missions around the world"
    if kind == "global_operations" and t.search(dw.PEOPLE, sentence) and not t.search(w.UNIFORMED, sentence):
        return said("doubt_political_missions")
    if kind == "global_operations":  # the UN's own count of its operations: 14 in 2021 where its reports list 12-13
        return said("doubt_operations_counted")
    if kind == "global_countries" and not t.search(w.UNIFORMED, sentence) and _world_people(t):
        return said("doubt_countries_civilians")  # "87,000 cascos azules, procedentes de más de 120 países"
    if kind not in _CHECKED and not kind.startswith("global") or kind == "global_fatalities":
        return None
    if kind in ("total", "type", "mission_count", "global_personnel") and n.qualifier is None and _round(n):
        return said("doubt_round", figure=n.text)
    if kind == "global_personnel":
        return None
    before = sentence[clause[0] : n.start]
    if kind in ("total", "women", "type") and (staff := t.search(dw.OTHER_STAFF, sentence)):
        return said("doubt_other_staff", words=staff[0])
    if quoted := t.search(dw.PAST_QUOTE, sentence):
        return said("doubt_past_statement", words=quoted[0])
    if force := t.search(dw.NON_UN, whole):
        return said("doubt_force", words=force[0])
    if (
        kind in ("total", "women", "type")
        and (served := t.search(w.CUMULATIVE, whole))
        and not scope.now_own(t, sentence, clause, n)
    ):
        return said("doubt_so_far", words=served[0])  # "more than 900 Mongolian women have served"
    if kind in ("total", "women", "type") and (medal := t.search(w.MEDALS, whole)):
        return said("doubt_event", words=medal[0])  # "700 peacekeepers, including 68 women, were awarded medals"
    if kind in ("total", "women", "type") and (one := dw.IN_A_MISSION.search(sentence, n.end, clause[1])):
        return said("doubt_mission_after", words=one[0])  # "70 uniformed personnel … serve in the mission"
    if kind == "mission" and (set_up := t.search(dw.ESTABLISHED, sentence)):
        return said("doubt_past", words=set_up[0])  # "… to form the United Nations Truce Supervision Organization"
    if kind in ("total", "women", "type", "rank") and (
        body := _near(t, dw.OTHER_BODY, offset, sentence) or _attributed(sentence)
    ):
        return said("doubt_other_body", words=body)  # "With 6,162 troops … This was contained in a study by SIPRI"
    if kind in ("total", "women", "type") and (service := services.service(sentence, n)):
        if not services.typed(sentence, n):  # a gendarmerie's, a navy's, one service of several
            return said("doubt_service", words=service)
        if not services.un_said(t, sentence):  # "214 members of the Serbian Armed Forces in eight operations"
            return said("doubt_service_abroad", words=service)
    if kind == "missions" and (place := _no_operation(t, offset, clause, n, subject)):
        return said("doubt_force", words=place)  # "six missions including Sudan, Lebanon, Somalia": AMISOM's too
    if kind in ("total", "type", "missions") and (abroad := _abroad_near(t, offset, sentence)):
        return said("doubt_abroad", words=abroad)
    if future := t.search(dw.FUTURE, whole):
        return said("doubt_future", words=future[0])
    if so_far := t.search(dw.SO_FAR, whole):
        return said("doubt_so_far", words=so_far[0])
    if kind in ("total", "type") and (abroad := t.search(dw.ABROAD, whole)) and not t.search(dw.UN_WORDS, whole):
        return said("doubt_abroad", words=abroad[0])
    region = dw.IN_REGION.match(sentence, n.end) if kind in ("total", "type", "women", "missions") else None
    if region and not dw.IN_MISSIONS.search(region[0]):  # not "2,667 troops in five missions in Africa and …"
        return said("doubt_in_region", words=region[0].strip())
    if kind == "rank" and (near := _mission_near(t, offset, sentence, n)):
        return said("doubt_rank_in_mission", words=near)
    if kind == "rank" and (troops := t.search(dw.TROOPS_ONLY, sentence)) and not t.search(dw.POLICE, sentence):
        return said("doubt_rank_of_troops", words=troops[0])  # "el decimocuarto país que más tropas aporta"
    if kind in ("total", "type") and (ranked := _with_mission_rank(t, sentence, n)):
        return ranked
    if subject not in (None, WORLD) and (other := _competing(t, offset, sentence, clause, n, subject)):
        return said("doubt_other_country", words=other)
    if subject not in (None, WORLD, t.main) and t.main:
        return said("doubt_not_main", subject=subject, main=t.main)
    if subject not in (None, WORLD) and (group := _group(t, offset, clause, whole, n)):
        return said("doubt_group", words=group)
    if kind == "women" and t.read and t.read[-1].kind == "type":  # "1,100 police officers, 200 of them women"
        return said("doubt_women_among", ptype=t.read[-1].ptype)
    if kind == "women" and t.read and w.UNIT_OF.search(t.read[-1].kind_words + " "):  # "a contingent of 244, 30 …"
        return said("doubt_unit", words=t.read[-1].kind_words)
    if kind in ("total", "women", "type") and (whole_of := _world_whole(t, offset, n)):
        return said("doubt_part_of", words=whole_of)
    if kind in ("total", "women", "type") and (among := _among_dead(t, offset, sentence)):
        return said("doubt_among_dead", words=among)
    if kind in ("total", "type") and (part := w.OF_THEM.match(sentence, n.end)):
        return said("doubt_part_of", words=part[0].strip())
    if kind == "total" and (listed := dw.TYPE_LISTED.match(sentence, n.end)) and numbers(listed["n"], t.lang):
        return said("doubt_type_listed", words=f"{n.text}{listed[0]}")
    if kind in ("total", "women", "type") and (place := _place_after(t, offset, clause, n)):
        return said("doubt_place_after", words=place)
    if kind in ("total", "women", "type", "mission_count") and (unit := _unit(t, offset, sentence, before, n, end)):
        return said("doubt_unit", words=unit)
    if event := t.search(dw.EVENT, whole) or (t.search(dw.RECENT, whole) and t.search(dw.MOVED, whole)):
        return said("doubt_event", words=event[0])
    dashed = (0, clause[1]) if re.search(r"[—–]\s*$", sentence[: clause[0]]) else clause  # "in 2007 – it had 103"
    told = sentence[dashed[0] : dashed[1]]
    if (t.search(dw.PAST, told) or t.search(dw.YEAR, told)) and (past := _past(told, n.start - dashed[0], t.when)):
        return said("doubt_past", words=past)
    return None


def _mission_near(t: Text, offset: int, sentence: str, n: Number) -> str | None:
    """A mission named before a rank, in its sentence or the one before, when the rank's own words do not say it
    is among all contributors ("Unifil … España es el cuarto contribuyente"): it may rank within that mission."""
    own = sentence[n.end : n.end + 90]
    if dw.UN_WORDS.search(own) or w.WORLD_RANK.search(own) or dw.OUT_OF.search(own):
        return None
    named = [m.text for m in t.missions_in(max(0, offset - 200), offset + n.start) if m.acronym]
    one = dw.A_MISSION.search(t.text, max(0, offset - 200), offset + n.start)
    return named[-1] if named else one[0] if one else None


def _with_mission_rank(t: Text, sentence: str, n: Number) -> str | None:
    """The doubt of a rank within a mission, for the figure attached to it ("el cuarto contribuyente, con 1.074
    efectivos"): the mission's contingent, not the country's total."""
    rank = next((c for c in reversed(t.read) if c.kind in ("rank", "rank_partial")), None)
    if rank is None or not re.search(r"(?:with|con|avec)\s+$", sentence[max(0, n.start - 12) : n.start], re.I):
        return None
    if getattr(rank.doubt, "key", None) == "doubt_rank_in_mission":
        return rank.doubt
    in_mission = rank.kind == "rank_partial" and re.search(r"missi|\b[A-Z]{4,}\b", rank.kind_words)
    return said("doubt_rank_in_mission", words=rank.kind_words) if in_mission else None


def _world_whole(t: Text, offset: int, n: Number) -> str | None:
    """A part of a world or mission figure before it in the sentence ('… de los que … el resto, unos 9.300')."""
    head = next((c for c in reversed(t.read) if c.kind == "global_personnel"), None)
    part = head and dw.PART_OF_WHOLE.search(t.text, head.end, offset + n.start)
    return f"{head.text} … {part[0]}" if part else None


def _among_dead(t: Text, offset: int, sentence: str) -> str | None:
    """'… 3 700 Casques bleus ont perdu la vie. Parmi eux figurent 113 Français': a sentence that starts from the
    dead of the one before counts the dead."""
    if (among := w.ANAPHOR.match(sentence)) and t.search(w.DEATH, t.text[max(0, offset - 300) : offset]):
        return among[0].strip(" ,")
    return None


def _competing(t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number, subject: str) -> str | None:
    """Another country the figure may be of: named as a subject in its clause ("Rwanda and Burundi together
    deploy"), or compared just before it with the figure attached ("behind Bangladesh with 7,000", "ahead of Ghana,
    which has 2,000"; not "second after Nepal, with 5,885 personnel")."""
    for m in t.mentions_in(offset + clause[0], offset + clause[1]):
        if m.iso3 == subject or m.role == PLACE:
            continue
        if m.role == SUBJECT:
            return m.text
        if m.end <= offset + n.start and dw.ATTACHED.match(t.text[m.end : offset + n.start]):
            return m.text
    return None


def _unit(t: Text, offset: int, sentence: str, before: str, n: Number, end: int) -> str | None:
    """A unit named before the figure or in its own words ("El contingente … en el Congo tiene 800", "850 troops of
    the battalion"); a contingent counts as a unit only when a place or mission follows it ("its contingent
    includes 688 women" is the country's)."""
    near, own = before[-80:], sentence[n.end : end + 30]
    start = offset + n.start - len(near)
    if unit := dw.UNIT_WORD.search(own) or dw.UNIT_MEMBERS.match(sentence, n.end):
        return unit[0].strip()
    if (made := dw.MAKE_UP.search(sentence, n.end)) and (unit := _unit_made(sentence, made.end())):
        return unit  # "192 service members, including 15 women, … make up the 51st Argentine Task Force"
    for m in dw.UNIT_WORD.finditer(near):
        after = start + m.end()
        if not re.match(r"contingent", m[0], re.I) or t.missions_in(after, offset + n.start):
            return m[0]
        if any(x.role == PLACE for x in t.mentions_in(after, offset + n.start)):
            return m[0]
    return None


def _unit_made(sentence: str, at: int) -> str | None:
    """The unit a figure makes up, named in the few words after 'make up' ("the 51st Argentine Task Force"), or
    None."""
    unit = dw.UNIT_WORD.search(sentence, at, at + 50)
    return unit[0] if unit and not re.search(r"[,;]", sentence[at : unit.start()]) else None


def _group(t: Text, offset: int, clause: tuple[int, int], whole: str, n: Number) -> str | None:
    """A group of countries named before the figure in its clause, with no country named between them."""
    at = n.start - clause[0]
    found = None
    for m in t.find_all(dw.GROUP, whole):  # the clause's, read once for all its figures
        if m.end() > at:
            break
        found = m
    if found is None or re.search(r"\d", whole[max(0, found.start() - 12) : found.start()]):
        return None  # "from 120 countries": the world's, read elsewhere
    if dw.MEMBER_OF.search(whole, max(0, found.start() - 60), found.start()):
        return None
    if t.mentions_in(offset + clause[0] + found.end(), offset + n.start):
        return None
    return found[0]


def _place_after(t: Text, offset: int, clause: tuple[int, int], n: Number) -> str | None:
    """A host country named after the figure in its clause ('… desplegados en el Congo'), not after a number of
    missions ('2,667 troops in five missions in Africa and one in Lebanon')."""
    for m in t.mentions_in(offset + n.end, offset + clause[1]):
        if m.role == PLACE and not dw.IN_MISSIONS.search(t.text, offset + n.end, m.start):
            return m.text
    return None


def _past(whole: str, at: int, when: Published | None) -> str | None:
    """A past time in the clause: 'ten years ago', 'at its peak', or a year before the one before publication
    (not a period's start, 'since 2005', nor a date, 'as of 31 May 2019')."""
    for r in dw.RELATIVE.finditer(whole):  # "Rwanda, which joined in 2005, provides …": not the figure's time
        if not r.start() <= at < r.end():
            whole = whole[: r.start()] + " " * (r.end() - r.start()) + whole[r.end() :]
    if past := dw.PAST.search(whole):
        return past[0]
    if when is None:
        return None
    for m in dw.YEAR.finditer(whole):
        said = whole[max(0, m.start() - 30) : m.start()]
        dated = phrases.MONTH_WORDS.search(said[-14:]) and not dw.REACHED.search(said)  # not "reached 2,809 in March"
        dated = dated and len(phrases.MONTH_WORDS.findall(whole)) < 2  # a month checked there; not "July to December"
        when_then = dw.WHEN_THEN.match(whole, m.end())  # "since 2007 when the country deployed …": that year's
        since = dw.SINCE_YEAR.search(said) and not when_then and not phrases.MONTH_WORDS.search(said[-16:])
        if int(m[0]) < when.last.year - 1 and not (since or dated):  # "diciembre de 2001" is no "desde"
            return m[0]
    return None


def _round(n: Number) -> bool:
    """A figure of whole hundreds from a thousand ('2,000', '4,700', '75 000') or of whole fifties from 500 ('650',
    '900'), as texts write figures they round without saying so."""
    return not n.ordinal and (n.value >= 1_000 and n.value % 100 == 0 or n.value >= 500 and n.value % 50 == 0)


def _deaths_part(t: Text, offset: int, clause: tuple[int, int], n: Number, end: int) -> str | None:
    """'117 Casques bleus ont perdu la vie, dont 2 Sénégalais': a toll with no nationality in its own words, whose
    part after it names the country (the toll is everyone's)."""
    if t.mentions_in(offset + n.end, offset + end):
        return None
    part = dw.DEATHS_PART.search(t.text, offset + n.end, offset + clause[1])
    if part and t.mentions_in(part.end(), offset + clause[1]):
        return part[0].strip()
    return None


def two_tolls(claims: list[Claim], spans: Spans) -> list[Claim]:
    """Two death tolls of one country in one sentence ("While 111 peacekeepers died last year, Nigeria alone had
    17"): the larger may be everyone's, a doubt; the smaller is the country's (`spans`: the text's sentences)."""
    tolls = [i for i, c in enumerate(claims) if c.kind == "fatalities" and c.subject]
    if len(tolls) < 2:
        return claims
    starts = [start for start, _ in spans]
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i in tolls:
        by_sentence[bisect.bisect_right(starts, claims[i].start) - 1].append(i)
    out = list(claims)
    for here in by_sentence.values():
        for i in here:
            c = claims[i]
            smaller = [claims[j] for j in here if claims[j].subject == c.subject and claims[j].value < c.value]
            if smaller and c.doubt is None:
                out[i] = replace(c, doubt=said("doubt_two_tolls", figure=c.text, part=smaller[0].text))
    return out


def _mission_subject(t: Text, offset: int, clause: tuple[int, int], n: Number) -> str | None:
    """A mission named before a figure in a clause that names no country: the clause is about the mission."""
    named = [m for m in t.missions_in(offset + clause[0], offset + n.start) if m.acronym]
    if not named or t.mentions_in(offset + clause[0], offset + clause[1]):
        return None
    return named[-1].text


def _near(t: Text, pattern, offset: int, sentence: str) -> str | None:
    """The words of `pattern` in a sentence or the text around it, or None."""
    found = pattern.search(t.text, max(0, offset - _NEAR), offset + len(sentence) + _NEAR)
    return found[0] if found else None


def _abroad_near(t: Text, offset: int, sentence: str) -> str | None:
    """'Overseas' beside a sentence with no UN word ('564 personnel to 10 missions … The main overseas missions'): a
    national count, which may take in deployments the UN's reports do not."""
    if t.search(dw.UN_WORDS, sentence):
        return None
    return _near(t, dw.ABROAD, offset, sentence)


def _world_people(t: Text) -> bool:
    """Whether the sentence being read counts the world's people (a figure of at least WORLD_MIN)."""
    return any(m.value >= dw.WORLD_MIN for m in t.numbers)


def _attributed(sentence: str) -> str | None:
    """A body other than the UN that a sentence gives its figures to ("according to the Cairo Center for …"), or
    None."""
    for m in dw.ATTRIBUTED.finditer(sentence):
        if not dw.UN_BODY.search(m["who"]):
            return m[0]
    return None


def _no_operation(t: Text, offset: int, clause: tuple[int, int], n: Number, subject: str | None) -> str | None:
    """A country named after a count of missions that hosts no UN peacekeeping operation ("six peacekeeping missions
    including Sudan, Lebanon, Somalia"): the count may take in other forces. Its name, or None."""
    for m in t.mentions_in(offset + n.end, offset + clause[1]):
        names = hosts().get(m.iso3, frozenset())
        if m.iso3 != subject and not any(_pko(a) for a in names):
            return m.text
    return None


def _pko(acronym: str) -> bool:
    try:
        return missions.kind(acronym) == "pko"
    except missions.UnknownMission:
        return False
