"""Claims a text makes by naming a mission (that the country of its sentence serves there, or served there once) or
the year of its first deployment."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..wording.check_notes import said
from . import doubt_words as dw
from . import doubts
from . import history_words as hw
from . import words as w
from .binding import WORLD, Text, subject_of
from .kinds import Claim
from .numbers import Number
from .sentences import clause_of
from .subjects import PLACE, MissionMention

_BACK = re.compile(r"(?:participated|took\s+part|served)\s+in\s+the", re.I)  # "UNIFIL … participated in the operation"


def mission_claims(t: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    """Every mission named by acronym or name: the country of its sentence contributes to it."""
    out, seen = [], set()
    by_acronym = [m for m in t.missions if m.acronym and m.text.isupper()]
    places = [
        MissionMention(None, p.start, p.end, p.text, p.iso3)
        for p in t.mentions
        if p.role == PLACE
        and not any(m.start <= p.start < m.end for m in t.missions_in(p.start - 200, p.start + 1) if m.acronym)
    ]  # history: "to Korea in 1950"
    starts = [s for s, _ in spans]
    for m in by_acronym + [m for m in t.missions if m.acronym and not m.text.isupper()] + places:
        if m.acronym in seen:
            continue
        i = bisect_right(starts, m.start) - 1
        start, end = spans[i] if i >= 0 and spans[i][0] <= m.start < spans[i][1] else (0, len(t.text))
        sentence = t.text[start:end]
        if w.HOSTS.search(sentence):
            continue  # "South Sudan hosts UNMISS": the host, not a contributor
        t.near = t.missions_in(start, end)
        if m.acronym is None and any(x.acronym for x in t.near):
            continue  # a place beside a mission the sentence names: the mission says where
        t.here = t.mentions_in(start, end)
        fake = Number(0, m.start - start, m.end - start, m.text, False, False, None, None)
        clause = clause_of(sentence, fake.start)
        subject, words, doubt = subject_of(t, start, sentence, clause, fake, fake.end, "mission")
        if subject in (None, WORLD):
            continue
        bound = (subject, words, doubt)
        past = hw.FIRST_DEPLOYMENT.search(sentence) or hw.PAST_SERVICE.search(sentence)
        back = past and past.start() > fake.end and _BACK.match(past[0]) and not w.NOW.search(sentence)
        if back or (past and past.start() < fake.start and not w.NOW.search(sentence[past.end() : fake.start])):
            if ("history", m.acronym or m.place) in seen:
                continue
            seen.add(("history", m.acronym or m.place))  # "first contributed … to UNIIMOG in 1988"
            year = hw.year_near(sentence, past, fake.start)
            kind = "first_deployment" if hw.FIRST_DEPLOYMENT.match(past[0]) else "past_mission"
            since = f"{year}-01-01" if year else None
            out.append(
                _named(
                    m, bound, kind, m.acronym or m.text, past[0], place=m.place, since=since, period_words=year or ""
                )
            )
            continue
        if m.acronym is None:
            continue
        seen.add(m.acronym)
        doubt = doubt or doubts.doubt(t, start, sentence, clause, fake, "mission", subject, fake.end)
        if not doubt and (hostile := dw.HOSTILE.search(sentence)):
            doubt = said("doubt_hostile", words=hostile[0])
        out.append(_named(m, (subject, words, doubt), "mission", m.acronym, m.text))
    return out + _first_years(t, spans, {c.subject for c in out if c.kind == "first_deployment"})


def _first_years(t: Text, spans: list[tuple[int, int]], known: set[str | None]) -> list[Claim]:
    """The year of a first deployment in a sentence that names no mission or place ("Bangladesh first deployed
    peacekeepers in 1988", "has served in UN peacekeeping since 1958"), once per country."""
    out = []
    for start, end in spans:
        sentence = t.text[start:end]
        found = hw.FIRST_YEAR.search(sentence) if hw.A_YEAR.search(sentence) else None
        group = "year" if found and found["year"] else "year2"
        if not found or hw.figures_in(found[0]) > 1:
            continue  # a figure's period ("deployed 5,000 troops since 2004")
        where = (start + found.start(), start + found.end() + 15)  # a mission or place of its own: mission_claims
        if t.missions_in(*where) or any(p.role == PLACE for p in t.mentions_in(*where)):
            continue
        t.here = t.mentions_in(start, end)
        year = Number(int(found[group]), *found.span(group), found[group], False, False, None, None)
        clause = clause_of(sentence, year.start)
        subject, words, doubt = subject_of(t, start, sentence, clause, year, year.end, "mission")
        if subject in (None, WORLD) and t.main:  # "Since 1958, the Defence Forces have served": the text's country
            subject, words = t.main, "the text's country"
        if subject in known or subject in (None, WORLD):
            continue
        known.add(subject)
        out.append(
            Claim(
                "first_deployment", year.value, start + year.start, start + year.end, year.text,
                subject=subject, subject_words=words, kind_words=found[0], doubt=doubt,
                since=f"{year.text}-01-01", period_words=year.text,
            )
        )  # fmt: skip
    return out


def _named(m: MissionMention, bound: tuple, kind: str, value: str, kind_words: str, **more) -> Claim:
    """The claim the mission `m` makes of the sentence's country (`bound`: subject, its words, a doubt)."""
    subject, words, doubt = bound
    return Claim(
        kind,
        value,
        m.start,
        m.end,
        m.text,
        mission=m.acronym,
        subject=subject,
        subject_words=words,
        kind_words=kind_words,
        doubt=doubt,
        **more,
    )
