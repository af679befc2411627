"""Claims in a published text: what each number counts, of whom, and the words that decided both."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..wording import check_notes
from . import doubt_words as dw
from . import doubts, phrases, scope, services, world_reads
from . import history_words as hw
from . import rank_words as rw
from . import words as w
from .binding import SEVERAL, WORLD, Text, mission_of, subject_of
from .elliptic import elliptic
from .kinds import TOLLS, Claim
from .mission_claims import mission_claims
from .numbers import Number, language, numbers
from .periods import Published, period
from .rank_kinds import rank_kind
from .sentences import clause_of, sentences
from .subjects import MissionMention, countries_in, fold, inside_names, main_countries, missions_in, spelled, words_of

_COUNTRY_KINDS = {
    "total": "global_personnel",
    "women": "global_women",
    "fatalities": "global_fatalities",
    "missions": "global_operations",
}


def _kind(
    t: Text, sentence: str, clause: tuple[int, int], n: Number, previous: Claim | None
) -> tuple[str, str, int, dict] | None:
    """(kind, the words that decided it, where its phrase ends, details) of a number, or None for no claim."""
    after, before = sentence[n.end : clause[1]], sentence[max(clause[0], n.start - 80) : n.start]
    whole = sentence[clause[0] : clause[1]]
    if n.ordinal or rw.RANK_NUMBER.search(before):
        found = rank_kind(t, sentence, clause, n, before, after, whole)
        if found is not None or n.ordinal:
            return found
    if unit := w.UNIT_OF.search(before):
        return "other", unit[0].strip(), n.end, {}  # "a unit of 12", "a rotation of 136 officers": not a total
    if (first := t.search(hw.FIRST_DEPLOYMENT, whole)) and not (t.search(w.NOW, whole) or t.search(w.DEATH, whole)):
        return "other", f"history: {first[0]}", n.end, {}  # "began in 1988 with only 15 military observers"
    if (rw.TOP.search(before) and rw.RANK_AFTER.search(after)) or (
        rw.TOP_BEFORE.search(before) and rw.TOP_AFTER.match(after)
    ):
        phrase = re.split(r"[,;(]", after, maxsplit=1)[0][:90]
        kind = "other" if w.FINANCIAL.search(phrase) else "rank_women" if w.WOMEN_WORD.search(phrase) else "rank"
        return kind, f"top {n.text}", n.end, {"qualifier": "<="}  # "among top ten contributors to budgets": other
    if n.value >= 1_000_000 or w.UNITS.match(after) or w.CHANGE.match(after) or w.GROUPS.match(after):
        return "other", "", n.end, {}
    if trained := w.TRAINED.search(before):
        return "other", trained[0].strip(), n.end, {}  # people trained, not deployed
    if w.CHANGE_BEFORE.search(before):  # "ont renforcé leur contribution de 842 militaires": a change, no total
        return "other", "", n.end, {}
    if (m := w.WOMEN_AND_MEN.match(after)) and t.search(w.CUMULATIVE, whole):
        return "other", m[0].strip(" ,") + " … " + t.search(w.CUMULATIVE, whole)[0], n.end + m.end(), {}
    if m := w.MEN_PART.match(after):
        return "other", m[0].strip(), n.end + m.end(), {}  # the men of "2,607 men and 185 women": not the total
    if m := w.WOMEN.match(after):
        return "women", m[0].strip(" ,"), n.end + m.end(), {}
    if m := w.MISSIONS.match(after):
        if t.search(w.CUMULATIVE, whole):
            return "other", m[0].strip() + " … " + t.search(w.CUMULATIVE, whole)[0], n.end + m.end(), {}
        named = {x.lastgroup for x in w.ONE_TYPE.finditer(whole, 0, n.start - clause[0])}
        details = {"ptype": named.pop()} if len(named) == 1 else {}
        if m["among"]:  # "in nine out of 12 UN peacekeeping missions": the country's, counted as the text does not say
            details["doubt"] = check_notes.said("doubt_missions_among_all", words=m[0].strip(" ,"))
        return "missions", m[0].strip(" ,"), n.end + m.end(), details
    worded = w.AFTER_PERSONNEL.match(after)  # a personnel word right after the number
    rank = None if worded else t.last_of("rank", "rank_women", "rank_partial")
    if rank and (m := rw.RANK_DENOMINATOR.search(before)):  # not "la 9e place avec un total de 2.446 personnes"
        return "global_countries", f"{rank.text} … {m[0].strip()}", n.end, {}  # "13e pays contributeur sur 124"
    if m := w.CONTRIBUTORS.match(after):
        return "global_countries", m[0].strip(), n.end + m.end(), {}
    if m := w.COUNTRIES.match(after):
        if w.MEMBER_STATES.search(m[0]) or any(t.search(x, whole) for x in (w.DEATH, w.MEDALS, rw.INDEX)):
            return "other", m[0].strip(), n.end + m.end(), {}  # the countries of the fallen, of medals
        if group := w.PARTIAL.search(after[: m.end() + 25]) or w.PARTIAL.search(before[-40:]):
            return "other", f"{m[0].strip()} … {group[0]}", n.end + m.end(), {}  # "cinq étaient des pays africains"
        if w.IN_PLACES.search(before) and not t.search(w.WORLD, whole):  # "in 12 countries", "to nine countries"
            return "missions", m[0].strip(), n.end + m.end(), {"doubt": check_notes.said("doubt_countries_as_missions")}
        return "global_countries", m[0].strip(), n.end + m.end(), {}
    if m := w.PLACES.match(after):
        return "missions", m[0].strip(), n.end + m.end(), {"doubt": check_notes.said("doubt_places_as_missions")}
    if (number_of := w.NUMBER_OF.search(before)) and not worded:
        what = number_of["what"]
        kind = (
            "women"
            if w.WOMEN_WORD.search(what)
            else "missions"
            if re.search(r"missions?|operations?|misiones|opérations", what, re.I)
            else "global_countries"
            if re.search(r"countries|países|pays", what, re.I)
            else "total"
            if re.search(w.PERSONNEL, what, re.I)
            else None
        )
        if kind:
            return kind, number_of[0].strip(), n.end, {}
    personnel = worded or w.WOMEN_AND_MEN.match(after) or w.SHARED_PERSONNEL.match(after)
    if not personnel and _head(t, n) and (ptype := phrases.type(sentence, clause, n, after, True)):
        return "type", ptype, n.end, {"ptype": ptype}  # "…, dont 978 policiers, 32 experts et 5 136 soldats"
    if not personnel and (at := phrases.at_rank(t, n, t.last_of("rank", "rank_women"))):
        return *at, n.end, {}  # "27th out of 121 countries for most personnel, at 781, and 12th for women, at 119"
    demonym = None if personnel else phrases.demonym(t, sentence, n)
    serving = w.SERVING.match(after) or w.DIED.match(after) or w.ARE_FROM.match(after)
    contributes = w.CONTRIBUTES.search(before) or w.BEFORE_PERSONNEL.search(before)
    if not (personnel or demonym or serving or contributes):
        if m := w.TOLL_BEFORE.search(before):
            return "fatalities", m[0].strip(), n.end, {}  # "Since 1948, the death total is nearly 3,500"
        if (deaths := t.last_of("fatalities", "global_fatalities")) and (m := w.FATALITY_PART.search(before)):
            return "fatalities", f"{m[0].strip()} … like {deaths.text}", n.end, {}  # "…, including 102 last year"
        return elliptic(t, sentence, clause, n, previous)
    words = (personnel[0] if personnel else demonym or (serving[0] if serving else contributes[0])).strip(" ,()")
    end = n.end + (personnel.end() if personnel else serving.end() if serving else len(demonym) + 1 if demonym else 0)
    details: dict = {}
    if not (personnel or demonym or serving) and re.fullmatch(r"has|had|tiene|compte", contributes[0].split()[0], re.I):
        details["doubt"] = check_notes.said("doubt_no_personnel_word", words=words)
    death = t.search(w.DEATH, whole)
    if (medals := t.search(w.MEDALS, whole)) and not death:
        if t.search(w.POSTHUMOUS, whole):
            return "fatalities", f"{words} … {medals[0]}", end, details
        return "other", medals[0], end, {}
    if death:
        return "fatalities", f"{words} … {death[0]}", end, details
    if (cumulative := t.search(w.CUMULATIVE, whole)) and not scope.now_own(t, sentence, clause, n):
        return "other", f"{words} … {cumulative[0]}", end, {}
    if personnel and (ptype := phrases.type(sentence, clause, n, after, _head(t, n) is not None)):
        return "type", personnel[0].strip(" ,()"), end, {"ptype": ptype}
    if contributes and not personnel and w.WOMEN_WORD.search(before[max(0, contributes.start() - 20) :]):
        return "women", words, end, details  # "women peacekeepers number 688"
    return "total", words, end, details


def _head(t: Text, n: Number) -> tuple[Claim, str] | None:
    """The personnel figure of the sentence a number breaks down, with the words that say so ("2,341 personnel,
    comprising 79 from the police, … and 2,244 troops"), or None: the last one ended before a breakdown word that
    ends before the number (found by bisection, not by reading the sentence again for each figure)."""
    pos = t.sentence_start + n.start
    if of_them := w.OF_THEM.match(t.text, t.sentence_start + n.end):  # "6,000 personnel, 194 of them engineers"
        i = bisect_right(t.head_ends, pos)
        return (t.heads[i - 1], of_them[0].strip()) if i else None
    before = bisect_right(t.breakdown_ends, pos)  # the breakdown words that end before the number
    i = bisect_right(t.head_ends, t.breakdown_starts[before - 1]) if before else 0
    if not i:
        return None
    head = t.heads[i - 1]
    return head, t.breakdowns[bisect_left(t.breakdown_starts, head.end)][0]


def _claim(t: Text, offset: int, sentence: str, n: Number, previous: Claim | None) -> Claim | None:
    """The claim a number makes, of its kind, mission and subject (`previous`: the personnel figure it may break
    down), or None for no claim."""
    clause = clause_of(sentence, n.start)
    found = scope.kind(t, sentence, clause, n, _kind(t, sentence, clause, n, previous))
    if found is None:
        return None
    kind, kind_words, phrase_end, details = found
    ceiling = (
        n.qualifier_text
        if w.CEILING.fullmatch(n.qualifier_text or "")
        else _ceiling_before(sentence, n, t.read[-1] if t.read else None, offset)
    )
    if kind in ("total", "type", "women") and ceiling:  # "up to 750 troops": a pledge; "jusqu'à 600 soldats et 150"
        kind, kind_words = "other", f"a ceiling: {ceiling} … {kind_words}"
    mission = None
    if kind in ("total", "type"):
        if (m := mission_of(t, offset, sentence, clause, n)) is SEVERAL:
            details["doubt"] = check_notes.said("doubt_several_missions")
        elif m:
            mission = m
            kind = "mission_count" if kind == "total" else kind
            kind_words = f"{kind_words} … {m.text}"
        elif (named := [x for x in t.near if offset + clause[0] <= x.start < offset + clause[1]]) and not (
            dw.IN_MISSIONS.search(t.text, offset + n.end, named[0].start)  # "2,667 troops in five missions in …"
        ):
            where = "before" if named[0].start < offset + n.start else "after"
            details.setdefault("doubt", check_notes.said(f"doubt_mission_{where}", words=named[0].text))
            details["near"] = named[0]
    elif kind == "mission_count" and (m := mission_of(t, offset, sentence, clause, n)) and m is not SEVERAL:
        mission, kind_words = m, f"{kind_words} … {m.text}"  # "in UNIFIL with 110 personnel and in UNMISS with 3"
    elif kind == "women" and (m := mission_of(t, offset, sentence, clause, n)) and m is not SEVERAL:
        mission, kind, kind_words = m, "mission_women", f"{kind_words} … {m.text}"  # "300 women serve in UNMISS"
    heads = ("total", "mission_count", "global_personnel")  # not "… for women were Rwanda (487)": a list's own
    anchor = previous if previous and previous.kind in heads and kind in ("women", "type") else None
    anchor = None if kind_words.startswith("like ") else anchor
    if kind in ("total", "type") and not mission and (head := _head(t, n)):
        anchor = head[0]
        if kind == "total":
            details.setdefault("doubt", check_notes.said("doubt_breakdown", figure=head[0].text, words=head[1]))
    if (
        anchor
        and not (anchor.subject == WORLD and kind == "total")  # "Rwanda provides 5,941 of them": a country's part
        and (anchor.start < offset or not re.search(r"\.\s", sentence[anchor.end - offset : n.start]))
    ):
        subject, subject_words, doubt = anchor.subject, anchor.subject_words, anchor.doubt
        if kind == "women" and anchor.kind == "total" and anchor.ptype:  # "… 5,154 … Of them, 176 are women"
            details = {**details, "ptype": anchor.ptype}
        if kind == "women" and anchor.kind != "total":
            kind = "mission_women" if anchor.kind == "mission_count" else "global_women"
        mission = mission or (
            MissionMention(anchor.mission, 0, 0, anchor.mission or "", anchor.place)
            if anchor.mission or anchor.place
            else None
        )
    elif of := details.get("of"):  # "three from Egypt" in a list of the dead
        subject, subject_words, doubt = of.iso3, of.text, None
    else:
        subject, subject_words, doubt = subject_of(t, offset, sentence, clause, n, phrase_end, kind)
    if kind == "mission_count" and mission is not None and subject == WORLD:
        subject, doubt = None, check_notes.said("doubt_mission_no_country")
    if toll := scope.share_of_toll(t, offset, sentence, kind, subject):
        kind, kind_words = "fatalities", f"{kind_words} … {toll}"
    if kind in ("global_countries", "global_operations") and subject != WORLD:
        subject, subject_words = WORLD, kind_words
    if subject == WORLD and (mine := world_reads.too_small(t, n, kind, subject_words)):
        subject, subject_words, doubt = mine  # "four SDF members are stationed there": not the world's personnel
    if subject != WORLD and (world := world_reads.world(t, offset, clause, n, kind, anchor)):
        subject, subject_words, doubt = WORLD, *world  # "a force of 87,000", "… serve in 12 operations"
    if subject == WORLD and kind in _COUNTRY_KINDS:
        kind = _COUNTRY_KINDS[kind]
    elif subject == WORLD and not kind.startswith("global") and kind != "other":
        # a rank, a breakdown, a mission of no one named
        subject, doubt = None, doubt or check_notes.said("doubt_no_country")
    doubt = details.get("doubt") or doubt or doubts.doubt(t, offset, sentence, clause, n, kind, subject, phrase_end)
    qualifier = details.get("qualifier", n.qualifier)
    if kind in ("total", "women") and not doubt and (ptype := services.service_type(t, sentence, n)):
        details = {**details, "ptype": ptype}  # "Nepal Army has contributed 5,096": the military's readings
    extra: dict = {}
    if kind in TOLLS:
        said = re.sub(
            r"(?:according\s+to|selon|según|d['’]après|de\s+acuerdo\s+con|as\s+per)[^,.;]*", " ", sentence, flags=re.I
        )  # "according to UN figures released last year" is no period of deaths
        own = re.split(r"[,;]", sentence[n.end : clause[1]], maxsplit=1)[0]
        p = period(own, t.when) if period(own, t.when).words else period(said, t.when)
        extra = {
            "since": p.since and p.since.isoformat(),
            "until": p.until and p.until.isoformat(),
            "period_words": p.words,
        }
        if not p.words and (toll := details.get("toll")):  # "The others were from Burkina Faso (3)": the list's
            extra = {"since": toll.since, "until": toll.until, "period_words": toll.period_words}
        if kind == "global_fatalities" and p.since is not None:
            doubt = doubt or check_notes.said("doubt_medals")
        elif kind == "fatalities" and (honoured := t.search(w.MEDALS, sentence)):
            doubt = doubt or check_notes.said("doubt_honoured", words=honoured[0])  # "honoured at this year's Day"
    population = None
    whole = sentence[clause[0] : clause[1]]
    if (
        kind == "fatalities"
        and subject not in (None, WORLD)
        and w.SINCE_1948.search(whole)
        and w.DIED.match(sentence[n.end : n.end + 60])
        and not any(offset + n.end <= m.start < offset + phrase_end for m in t.here)
    ):
        # "more than 4,400 peacekeepers have died since 1948", not "India has lost 180 peacekeepers since 1948"
        doubt = doubt or check_notes.said("doubt_all_peacekeepers")
    if kind in ("global_personnel", "global_fatalities", "fatalities"):
        phrase = sentence[n.start : phrase_end]
        says = w.UNIFORMED if kind == "global_personnel" else w.UNIFORMED_DEAD  # the dead "Blue Helmets": everyone
        told = next((p for p in (phrase, whole) if w.CIVILIANS.search(p) or says.search(p)), "")
        civilians, uniformed = w.CIVILIANS.search(told), says.search(told)  # both, in the clause only: unsaid
        population = "all" if civilians and (told is phrase or not uniformed) else None if civilians else "uniformed"
        population = None if not told else population
        if kind == "global_personnel" and population is None:
            doubt = doubt or check_notes.said("doubt_civilians")
    return Claim(
        kind,
        n.value,
        offset + n.start,
        offset + n.end,
        n.text,
        qualifier,
        n.qualifier_text,
        mission.acronym if mission else None,
        subject,
        subject_words,
        kind_words,
        doubt,
        details.get("ptype"),
        mission.place if mission else None,
        population,
        **extra,
        near=details.get("near"),
    )


def _ceiling_before(sentence: str, n: Number, before: Claim | None, offset: int) -> str | None:
    """The ceiling of the figure listed just before this one in its sentence ("up to 600 troops and 150 police
    officers"), or None."""
    if before is None or not before.kind_words.startswith("a ceiling: ") or before.end < offset:
        return None
    between = sentence[before.end - offset : n.start]
    return before.kind_words[11:].split(" … ")[0] if _LISTED_NEXT.fullmatch(between) else None


_LISTED_NEXT = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}?(?:and|et|y|e)\s+|\s*(?:[\w'’-]+\s+){1,3}?,\s*", re.I)


def extract(text: str, iso3: str | None = None, when: Published | None = None) -> list[Claim]:
    """The claims of a text, each bound to the country of its clause (or the world); `iso3` names the main one."""
    folded = fold(text)
    tokens = words_of(folded)
    mentions = countries_in(text, folded, tokens)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    missions = missions_in(text, folded, mentions, tokens)
    named = [(m.start, m.end) for m in missions if m.acronym and not m.text.isupper()] + spelled(text, missions)
    mentions = inside_names(mentions, named)
    mains = [iso3] if iso3 else main_countries(mentions)
    t = Text(
        text,
        language(text),
        mentions,
        missions,
        mains[0] if mains else None,
        paragraphs,
        when,
        asked=iso3 is not None,
        equals=tuple(mains[1:]),
    )
    claims: list[Claim] = []
    spans = sentences(text)
    every = numbers(text, t.lang)  # read once: text2num over the whole text
    starts = [n.start for n in every]
    last_personnel: Claim | None = None
    for start, end in spans:
        sentence = text[start:end]
        t.start_sentence(start, end, w.BREAKDOWN_WORD)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if phrases.contact(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue
        phones = [(m.start(), m.end()) for m in w.PHONE.finditer(sentence)]
        here = every[bisect_left(starts, start) : bisect_left(starts, end)]
        found = [
            n for n in (phrases.shift(n, -start) for n in here if n.end <= end) if not phrases.skip(sentence, n, phones)
        ]
        found = t.numbers = sorted(found + phrases.superlatives(sentence, found), key=lambda n: n.start)
        previous = last_personnel if w.ANAPHOR.match(sentence) else None  # "Of these, 38 are women"
        for n in found:
            if phrases.one_is_an_article(sentence, n):
                continue
            claim = _claim(t, start, sentence, n, previous)
            if claim:
                claims.append(claim)
                head = claim.kind in ("total", "mission_count", "global_personnel")
                t.add(claim, head)
                if head:
                    last_personnel = previous = claim
    claims += mission_claims(t, spans)
    return sorted(claims, key=lambda c: c.start)
