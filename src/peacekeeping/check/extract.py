"""Claims in a published text: what each number counts, of whom, and the words that decided both."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from . import words as w
from .binding import SEVERAL, WORLD, Text, clause_of, mission_of, sentences, subject_of
from .numbers import Number, language, numbers
from .periods import Published, period
from .subjects import PLACE, MissionMention, countries_in, fold, main_country, missions_in, words_of

KINDS = {
    "total": "uniformed personnel of the country",
    "women": "women among the country's uniformed personnel",
    "type": "the country's uniformed personnel of one type (police, troops, ...)",
    "missions": "missions the country contributes to",
    "rank": "rank among contributors of uniformed personnel",
    "rank_women": "rank among contributors of women",
    "rank_partial": "rank among a group of contributors (a region, the permanent members, a mission)",
    "mission_count": "the country's personnel in one mission",
    "mission_women": "the country's women in one mission",
    "mission": "the country contributes to this mission",
    "fatalities": "nationals of the country who lost their lives as peacekeepers",
    "global_personnel": "uniformed personnel deployed in all missions",
    "global_women": "uniformed women deployed in all missions",
    "global_countries": "countries contributing uniformed personnel",
    "global_operations": "peacekeeping operations",
    "global_fatalities": "peacekeepers who lost their lives",
    "other": "a figure the data does not hold",
}
_COUNTRY_KINDS = {"total": "global_personnel", "women": "global_women", "fatalities": "global_fatalities",
                  "missions": "global_operations"}
_MONTH_WORDS = re.compile(r"january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                          r"diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                          r"décembre", re.I)


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: its kind, value (or mission acronym), qualifier, span, subject and the words that decided them."""

    kind: str
    value: int | str
    start: int
    end: int
    text: str
    qualifier: str | None = None
    qualifier_text: str | None = None
    mission: str | None = None
    subject: str | None = None  # ISO3, "world", or None when the text does not say
    subject_words: str = ""
    kind_words: str = ""
    doubt: str | None = None  # why the subject or kind may be other than read: a mismatch is then ambiguous
    ptype: str | None = None  # the personnel type a breakdown names
    place: str | None = None  # ISO3 of the host country that names the mission
    population: str | None = None  # "uniformed" or "all" where the text says whom it counts
    since: str | None = None  # fatalities: the period counted (ISO dates) and the words that say so
    until: str | None = None
    period_words: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _skip(sentence: str, n: Number, phones: list[tuple[int, int]]) -> bool:
    """Dates, years, phone numbers, percentages, money, ages, resolutions: not claims."""
    before = sentence[max(0, n.start - 40):n.start]
    if n.percent or w.SKIP_AFTER.match(sentence[n.end:]) or w.SKIP_BEFORE.search(before):
        return True
    if any(a <= n.start < b for a, b in phones):
        return True
    if n.ordinal or n.word:
        return False
    if 1900 <= n.value <= 2100 and len(n.text) == 4:
        return True
    return n.value <= 31 and bool(_MONTH_WORDS.search(sentence[max(0, n.start - 12):n.end + 12]))


def _rank(sentence: str, clause: tuple[int, int], n: Number) -> tuple[str, str] | None:
    """(kind, words) of an ordinal or 'number 7' that ranks a contributor, or None."""
    after, before = sentence[n.end:clause[1]], sentence[max(clause[0], n.start - 80):n.start]
    context = w.RANK_AFTER.search(after) or (w.RANK_BEFORE.search(before) if n.ordinal else None)
    if not n.ordinal and not (w.RANK_NUMBER.search(before) and re.search(r"rank|class|ocupa|puesto", before, re.I)):
        return None
    if not context and not (not n.ordinal and w.RANK_NUMBER.search(before)):
        return None
    phrase = re.split(r"[,;(]", after, maxsplit=1)[0][:90]
    rank_before = w.RANK_BEFORE.search(before)
    words = (context[0].strip(" ,") if context else "") or (rank_before[0].strip() if rank_before else n.text)
    if (scope := w.PARTIAL.search(phrase)) and not w.WORLD_RANK.search(phrase[:scope.start()]):
        return "rank_partial", scope[0]
    if women := w.WOMEN_WORD.search(phrase):
        return "rank_women", f"{words} … {women[0]}"
    return "rank", words


def _kind(t: Text, sentence: str, clause: tuple[int, int], n: Number, previous: Claim | None
          ) -> tuple[str, str, int, dict] | None:
    """(kind, the words that decided it, where its phrase ends, details) of a number, or None for no claim."""
    after, before = sentence[n.end:clause[1]], sentence[max(clause[0], n.start - 80):n.start]
    whole = sentence[clause[0]:clause[1]]
    if n.ordinal or w.RANK_NUMBER.search(before):
        found = _rank(sentence, clause, n)
        if found and found[0] != "rank_partial" and (scope := w.SCOPE_BEFORE.match(sentence[clause[0]:n.start])):
            found = ("rank_partial", scope[0].strip(" ,"))
        if found and found[0] != "rank_partial" and re.match(r"\W*(?:[\w-]+\s+){0,2}contingent", after, re.I):
            found = ("rank_partial", "contingent")
        phrase_end = n.end + len(re.split(r"[,;(]", after, maxsplit=1)[0][:90])
        offset = t.sentence_start
        if found and found[0] != "rank_partial" and (inside := [
                m for m in t.missions if m.acronym and offset + n.end <= m.start < offset + phrase_end]):
            found = ("rank_partial", f"in {inside[0].text}")
        if found:
            return found[0], found[1], n.end, {}
        if n.ordinal:
            return None  # "first contributed", "the second time", "75th anniversary": not a count
    if (w.TOP.search(before) and w.RANK_AFTER.search(after)) or (w.TOP_BEFORE.search(before)
                                                                 and w.TOP_AFTER.match(after)):
        phrase = re.split(r"[,;(]", after, maxsplit=1)[0][:90]
        return ("rank_women" if w.WOMEN_WORD.search(phrase) else "rank"), f"top {n.text}", n.end, {"qualifier": "<="}
    if n.value >= 1_000_000 or w.UNITS.match(after) or w.CHANGE.match(after):
        return "other", "", n.end, {}
    if (m := w.WOMEN_AND_MEN.match(after)) and t.search(w.CUMULATIVE, whole):
        return "other", m[0].strip(" ,") + " … " + t.search(w.CUMULATIVE, whole)[0], n.end + m.end(), {}
    if m := w.WOMEN.match(after):
        return "women", m[0].strip(" ,"), n.end + m.end(), {}
    if m := w.MISSIONS.match(after):
        if t.search(w.CUMULATIVE, whole):
            return "other", m[0].strip() + " … " + t.search(w.CUMULATIVE, whole)[0], n.end + m.end(), {}
        return "missions", m[0].strip(" ,"), n.end + m.end(), {}
    if m := w.CONTRIBUTORS.match(after):
        return "global_countries", m[0].strip(), n.end + m.end(), {}
    if m := w.COUNTRIES.match(after):
        if w.MEMBER_STATES.search(m[0]) or t.search(w.DEATH, whole) or t.search(w.MEDALS, whole):
            return "other", m[0].strip(), n.end + m.end(), {}  # the countries of the fallen, of medals
        if re.search(r"(?:\bin|\ben|\bdans)\s+(?:\w+\s+)?$", before, re.I) and not t.search(w.WORLD, whole):
            return "missions", m[0].strip(), n.end + m.end(), {"doubt": "countries where it serves, read as missions"}
        return "global_countries", m[0].strip(), n.end + m.end(), {}
    if m := w.PLACES.match(after):
        return "missions", m[0].strip(), n.end + m.end(), {"doubt": "places where it serves, read as missions"}
    if (number_of := w.NUMBER_OF.search(before)) and not w.AFTER_PERSONNEL.match(after):
        what = number_of["what"]
        kind = "women" if w.WOMEN_WORD.search(what) else "missions" if re.search(
            r"missions?|operations?|misiones|opérations", what, re.I) else "global_countries" if re.search(
            r"countries|países|pays", what, re.I) else "total" if re.search(w.PERSONNEL, what, re.I) else None
        if kind:
            return kind, number_of[0].strip(), n.end, {}
    personnel = w.AFTER_PERSONNEL.match(after) or w.WOMEN_AND_MEN.match(after)
    demonym = None if personnel else _demonym(t, sentence, n)
    serving = w.SERVING.match(after) or w.DIED.match(after)
    contributes = w.CONTRIBUTES.search(before) or w.BEFORE_PERSONNEL.search(before)
    if not (personnel or demonym or serving or contributes):
        return _elliptic(t, sentence, clause, n, previous)
    words = (personnel[0] if personnel else demonym or (serving[0] if serving else contributes[0])).strip(" ,()")
    end = n.end + (personnel.end() if personnel else serving.end() if serving else len(demonym) + 1 if demonym
                   else 0)
    details: dict = {}
    if not (personnel or demonym or serving) and re.fullmatch(r"has|had|tiene|compte", contributes[0].split()[0], re.I):
        details["doubt"] = f"no personnel word: '{words}' read as its personnel"
    if t.search(w.MEDALS, whole):
        return "other", t.search(w.MEDALS, whole)[0], end, {}
    if death := t.search(w.DEATH, whole):
        return "fatalities", f"{words} … {death[0]}", end, details
    if cumulative := t.search(w.CUMULATIVE, whole):
        return "other", f"{words} … {cumulative[0]}", end, {}
    if personnel and (ptype := _type(sentence, clause, n, after)):
        return "type", personnel[0].strip(" ,()"), end, {"ptype": ptype}
    if contributes and not personnel and w.WOMEN_WORD.search(before[max(0, contributes.start() - 20):]):
        return "women", words, end, details  # "women peacekeepers number 688"
    return "total", words, end, details


def _elliptic(t: Text, sentence: str, clause: tuple[int, int], n: Number, previous: Claim | None
              ) -> tuple[str, str, int, dict]:
    """'Nepal deploys 6,100 and India 5,400', 'Bangladesh (6,554) ... Nepal (5,571)': a number right after a
    country takes the kind of the figure before it, or (in brackets) is read as its personnel, with a doubt."""
    before = sentence[max(clause[0], n.start - 80):n.start]
    if previous and previous.kind in ("total", "mission_count") and re.match(
            r"\s*(?:in|to|with|at|en|à|au|aux|al|con|dans)\s", sentence[n.end:]):  # "and 250 in Lebanon (UNIFIL)"
        return "total", f"like {previous.text}: {previous.kind_words}", n.end, {
            "doubt": f"no personnel word: read like {previous.text}"}
    if previous and previous.kind in ("total", "mission_count") and re.search(r"\b(?:with|con|avec)\s+$", before):
        return previous.kind, f"with {n.text}, like {previous.text}: {previous.kind_words}", n.end, \
            {"doubt": previous.doubt} if previous.doubt else {}
    named = re.search(r"(\S[^,;]*?)\s*(?:\(|:|,|with|con|avec)?\s*$", before)
    if not (named and any(named[1].casefold().endswith(m.text.casefold()) for m in t.here)):
        return "other", "", n.end, {}
    if previous and previous.kind in ("total", "women", "missions", "mission_count"):
        return previous.kind, f"like {previous.text}: {previous.kind_words}", n.end, \
            {"doubt": previous.doubt} if previous.doubt else {}
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", sentence[n.end:]):
        return "total", f"({n.text}) after {named[1].split()[-1]}", n.end + 1, {
            "doubt": "a number in brackets after a country, read as its personnel"}
    return "other", "", n.end, {}


def _demonym(t: Text, sentence: str, n: Number) -> str | None:
    """'2,400 Uruguayans', '600 Senegalese are': a nationality right after the number stands for personnel."""
    m = re.match(r"\W*((?:[\w'’-]+\s+){0,1}?[\w'’-]+)(?P<next>\s+\w+|\W*$|\s*[,.;)])?", sentence[n.end:])
    if not m:
        return None
    last = m[1].split()[-1].lower()
    verb = re.fullmatch(r"\s*(?:are|were|is|have|has|had|serve|serving|who|currently|now|in|on|from|sont|servent|"
                        r"son|están|sirven|en|dans)?\s*[,.;)]?", m["next"] or "", re.I)
    for x in t.here:
        if x.form == "adjective" and x.text.lower() == last and (x.text[-1:].lower() == "s" or verb):
            return m[1]
    return None


def _type(sentence: str, clause: tuple[int, int], n: Number, after: str) -> str | None:
    """The personnel type of a breakdown ('comprising 812 police and 4,020 troops'), or None for a total."""
    for name, pattern in w.TYPE_AFTER:
        if m := pattern.match(after):
            marker = w.BREAKDOWN.search(sentence[max(clause[0], n.start - 150):n.start])
            following = re.match(r"\s*(?:,|and|y|et)\s+(?:some\s+|about\s+)?(?:\d|[^\W\d]+(?:[\s-][^\W\d]+)?\s+"
                                 r"(?:[\w-]+\s+)?(?:police|troops|soldiers|staff|officers|experts|observers|policiers|"
                                 r"soldats|militaires|policías|soldados|militares|oficiales))", after[m.end():], re.I)
            preceding = re.search(r"(?:police|troops|soldiers|officers|experts|observers|policiers|soldats|militaires|"
                                  r"policías|soldados|militares|oficiales)\s*(?:,|and|y|et)\s*$",
                                  sentence[max(clause[0], n.start - 60):n.start], re.I)
            return name if marker or following or preceding else None
    return None


def _shift(n: Number, by: int) -> Number:
    """A number found in the whole text, placed in its sentence."""
    return Number(n.value, n.start + by, n.end + by, n.text, n.ordinal, n.word, n.qualifier, n.qualifier_text,
                  n.percent)


def _one_is_an_article(sentence: str, n: Number) -> bool:
    """'one of', 'un', 'une', 'una': an article or pronoun unless a mission or women count follows."""
    after = sentence[n.end:]
    return n.word and n.value == 1 and not n.ordinal and not (w.MISSIONS.match(after) or w.WOMEN.match(after))


def _superlatives(sentence: str, found: list[Number]) -> list[Number]:
    """'the largest contributor', 'le plus grand contributeur': rank 1 written without a number."""
    out = []
    for m in w.SUPERLATIVE.finditer(sentence):
        word = re.search(r"largest|biggest|top|leading|mayor|grand|gros|important|premier|primer", m[0], re.I)
        start, end = m.start() + word.start(), m.start() + word.end()
        if not any(n.start < m.end() and m.start() < n.end for n in found):
            out.append(Number(1, start, end, sentence[start:end], True, True, None, None))
    return out


def _claim(t: Text, offset: int, sentence: str, n: Number, previous: Claim | None) -> Claim | None:
    """The claim a number makes, of its kind, mission and subject (`previous`: the personnel figure it may break
    down), or None for no claim."""
    clause = clause_of(sentence, n.start)
    found = _kind(t, sentence, clause, n, previous)
    if found is None:
        return None
    kind, kind_words, phrase_end, details = found
    mission = None
    if kind in ("total", "type"):
        if (m := mission_of(t, offset, sentence, clause, n)) is SEVERAL:
            details["doubt"] = "a figure for several missions, read as its total"
        elif m:
            mission = m
            kind = "mission_count" if kind == "total" else kind
            kind_words = f"{kind_words} … {m.text}"
        elif named := [x for x in t.missions if offset + clause[0] <= x.start < offset + clause[1]]:
            where = "before" if named[0].start < offset + n.start else "after"
            details.setdefault("doubt", f"'{named[0].text}' is named {where} it: it may count that mission only")
    anchor = previous if previous and previous.kind in ("total", "mission_count", "global_personnel") and \
        kind in ("women", "type") else None
    if anchor and (anchor.start < offset or not re.search(r"\.\s", sentence[anchor.end - offset:n.start])):
        subject, subject_words, doubt = anchor.subject, anchor.subject_words, anchor.doubt
        if kind == "women" and anchor.kind != "total":
            kind = "mission_women" if anchor.kind == "mission_count" else "global_women"
        mission = mission or (MissionMention(anchor.mission, 0, 0, anchor.mission or "", anchor.place)
                              if anchor.mission or anchor.place else None)
    else:
        subject, subject_words, doubt = subject_of(t, offset, sentence, clause, n, phrase_end, kind)
    if kind == "mission_count" and mission is not None and subject == WORLD:
        subject, doubt = None, "no country named: the mission's own strength or a country's share"
    if kind in ("global_countries", "global_operations") and subject != WORLD:
        subject, subject_words = WORLD, kind_words
    if subject == WORLD and kind in _COUNTRY_KINDS:
        kind = _COUNTRY_KINDS[kind]
    elif subject == WORLD and not kind.startswith("global") and kind != "other":
        subject, doubt = None, doubt or "no country named"  # a rank, a breakdown, a mission of no one named
    doubt = details.get("doubt") or doubt
    qualifier = details.get("qualifier", n.qualifier)
    extra: dict = {}
    if kind in ("fatalities", "global_fatalities"):
        said = re.sub(r"(?:according\s+to|selon|según|d['’]après|de\s+acuerdo\s+con|as\s+per)[^,.;]*", " ", sentence,
                      flags=re.I)  # "according to UN figures released last year" is no period of deaths
        p = period(said, t.when)
        extra = {"since": p.since and p.since.isoformat(), "until": p.until and p.until.isoformat(),
                 "period_words": p.words}
        if kind == "global_fatalities" and p.since is not None:
            doubt = doubt or "a year's deaths worldwide are often the number honoured with medals, which the " \
                             "register (revised since) may not match"
    population = None
    whole = sentence[clause[0]:clause[1]]
    if kind in ("global_personnel", "global_fatalities", "fatalities"):
        phrase = sentence[n.start:phrase_end]
        population = "all" if w.CIVILIANS.search(phrase) else "uniformed" if w.UNIFORMED.search(phrase) else \
            "uniformed" if w.UNIFORMED.search(whole) else "all" if w.CIVILIANS.search(whole) else None
        if kind == "global_personnel" and population is None:
            doubt = doubt or "'peacekeepers' may count civilian staff too, which the reports do not"
    return Claim(kind, n.value, offset + n.start, offset + n.end, n.text, qualifier, n.qualifier_text,
                 mission.acronym if mission else None, subject, subject_words, kind_words, doubt,
                 details.get("ptype"), mission.place if mission else None, population, **extra)


def _contact(line: str) -> bool:
    """A line of contacts (telephone, fax, e-mail): its numbers are no claims."""
    return bool(w.CONTACT.search(line)) and not w.AFTER_PERSONNEL.search(line)


def extract(text: str, iso3: str | None = None, when: Published | None = None) -> list[Claim]:
    """The claims of a text, each bound to the country of its clause (or the world); `iso3` names the main one."""
    folded = fold(text)
    tokens = words_of(folded)
    mentions = countries_in(text, folded, tokens)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    missions = missions_in(text, folded, mentions, tokens)
    named = [(m.start, m.end) for m in missions if m.acronym and not m.text.isupper()]
    mentions = [replace(m, role=PLACE) if any(a <= m.start < b for a, b in named) else m for m in mentions]
    t = Text(text, language(text), mentions, missions, iso3 or main_country(mentions), paragraphs, when,
             asked=iso3 is not None)
    claims: list[Claim] = []
    spans = sentences(text)
    every = numbers(text, t.lang)  # read once: text2num over the whole text
    for start, end in spans:
        sentence = text[start:end]
        t.sentence_start = start
        t.here = [m for m in mentions if start <= m.start < end]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if _contact(text[line_start:line_end if line_end >= 0 else len(text)]):
            continue
        phones = [(m.start(), m.end()) for m in w.PHONE.finditer(sentence)]
        found = [n for n in (_shift(n, -start) for n in every if start <= n.start and n.end <= end)
                 if not _skip(sentence, n, phones)]
        found = sorted(found + _superlatives(sentence, found), key=lambda n: n.start)
        personnel = [c for c in claims if c.kind in ("total", "mission_count", "global_personnel")]
        previous = personnel[-1] if personnel and w.ANAPHOR.match(sentence) else None  # "Of these, 38 are women"
        for n in found:
            if _one_is_an_article(sentence, n):
                continue
            claim = _claim(t, start, sentence, n, previous)
            if claim:
                claims.append(claim)
                if claim.kind in ("total", "mission_count", "global_personnel"):
                    previous = claim
    claims += _mission_claims(t, spans)
    return sorted(claims, key=lambda c: c.start)


def _mission_claims(t: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    """Every mission named by acronym or name: the country of its sentence contributes to it."""
    out, seen = [], set()
    by_acronym = [m for m in t.missions if m.acronym and m.text.isupper()]
    for m in by_acronym + [m for m in t.missions if m.acronym and not m.text.isupper()]:
        if m.acronym in seen:
            continue
        start, end = next(((s, e) for s, e in spans if s <= m.start < e), (0, len(t.text)))
        sentence = t.text[start:end]
        if w.HOSTS.search(sentence):
            continue  # "South Sudan hosts UNMISS": the host, not a contributor
        t.here = [x for x in t.mentions if start <= x.start < end]
        fake = Number(0, m.start - start, m.end - start, m.text, False, False, None, None)
        clause = clause_of(sentence, fake.start)
        subject, words, doubt = subject_of(t, start, sentence, clause, fake, fake.end, "mission")
        if subject in (None, WORLD):
            continue
        seen.add(m.acronym)
        out.append(Claim("mission", m.acronym, m.start, m.end, m.text, mission=m.acronym, subject=subject,
                         subject_words=words, kind_words=m.text, doubt=doubt))
    return out
