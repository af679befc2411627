"""The words around a number that decide what it counts: ranks, nationalities, personnel types, and the
numbers that are no claims (dates, phone lines, articles)."""

from __future__ import annotations

import re

from ..wording.check_notes import said
from . import rank_words as rw
from . import words as w
from .binding import Text
from .kinds import Claim
from .numbers import Number

MONTH_WORDS = re.compile(  # whole words: not the "mayo" of "mayores", the "mai" of "maintien"
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)\b",
    re.I,
)

_PHRASE_END = re.compile(
    r"[,;(]|\s(?:and|y|et)\s(?!(?:wo)?men\b|mujeres\b|hombres\b|femmes\b|hommes\b|girls\b|niñas\b|filles\b)", re.I
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b")
_ARE = re.compile(r"\s+(?:are|were|son|eran|sont|étaient)\s+([^\W\d][\w'’-]*)", re.I)
_DAY_OF = re.compile(r"\s*(?:de\s+|of\s+)?(?:" + MONTH_WORDS.pattern + r")\b", re.I)


def skip(sentence: str, n: Number, phones: list[tuple[int, int]]) -> bool:
    """Dates, years, phone numbers, percentages, money, ages, resolutions: not claims."""
    before = sentence[max(0, n.start - 40) : n.start]
    if n.percent or w.SKIP_AFTER.match(sentence[n.end :]) or w.SKIP_BEFORE.search(before):
        return True
    if any(a <= n.start < b for a, b in phones):
        return True
    if n.ordinal or n.word:
        return False
    if _NUMERIC_DATE.search(sentence[max(0, n.start - 6) : n.end + 11]):
        return True  # "30/04/2023", "30.04.2023": a date
    if 1900 <= n.value <= 2100 and len(n.text) == 4:
        return True
    if n.value <= 31 and _DAY_OF.match(sentence, n.end):  # "31 de diciembre", "30 of June"
        return True
    return n.value <= 31 and bool(MONTH_WORDS.search(sentence[max(0, n.start - 12) : n.end + 12]))


def rank(sentence: str, clause: tuple[int, int], n: Number) -> tuple[str, str] | None:
    """(kind, words) of an ordinal or 'number 7' that ranks a contributor, or None."""
    after, before = sentence[n.end : clause[1]], sentence[max(clause[0], n.start - 80) : n.start]
    context = rw.RANK_AFTER.search(after) or (rw.RANK_BEFORE.search(before) if n.ordinal else None)
    ranked = re.search(r"rank|class|ocupa|puesto|lugar|posici|podi|spot", before, re.I)
    if not n.ordinal and not (rw.RANK_NUMBER.search(before) and ranked):
        return None
    if not context and not (not n.ordinal and rw.RANK_NUMBER.search(before)):
        return None
    phrase = _PHRASE_END.split(after, maxsplit=1)[0][:90]  # not "… and third for women"
    rank_before = rw.RANK_BEFORE.search(before)
    words = (context[0].strip(" ,") if context else "") or (rank_before[0].strip() if rank_before else n.text)
    if money := w.FINANCIAL.search(phrase):  # "the second largest contributor to peacekeeping funds"
        return "other", f"{words} … {money[0]}"
    if (one := w.TYPE_RANK.search(phrase)) and not (w.UNIFORMED.search(phrase) or w.WOMEN_WORD.search(phrase)):
        return "rank_partial", f"{words} … {one[0]}"
    scope = w.PARTIAL.search(phrase)
    if scope and not any(m.end() <= scope.start() for m in w.WORLD_RANK.finditer(phrase)):
        return "rank_partial", scope[0]
    if women := w.WOMEN_WORD.search(phrase) or w.WOMEN_TOPIC.search(sentence, 0, n.start):
        return "rank_women", f"{words} … {women[0]}"
    return "rank", words


def demonym(t: Text, sentence: str, n: Number) -> str | None:
    """'2,400 Uruguayans', '600 Senegalese are', '1,051 are Uruguayans': a nationality right after the number (or
    its verb 'to be') stands for personnel."""
    if (are := _ARE.match(sentence, n.end)) and any(
        x.form == "adjective" and x.text.lower() == are[1].lower() for x in t.here
    ):
        return are[0].strip()
    m = re.match(r"\W*((?:[\w'’-]+\s+){0,1}?[\w'’-]+)(?P<next>\s+\w+|\W*$|\s*[,.;)])?", sentence[n.end :])
    if not m:
        return None
    last = m[1].split()[-1].lower()
    verb = re.fullmatch(
        r"\s*(?:are|were|is|have|has|had|serve|serving|who|currently|now|in|on|from|sont|servent|"
        r"son|están|sirven|en|dans)?\s*[,.;)]?",
        m["next"] or "",
        re.I,
    )
    for x in t.here:
        if x.form == "adjective" and x.text.lower() == last and (x.text[-1:].lower() == "s" or verb):
            return m[1]
    return None


def mission_scope(t: Text, sentence: str, n: Number) -> str | None:
    """'… au sein de la MINUSMA', 'within UNMISS' after a rank in its sentence: the rank is the mission's."""
    for m in t.near:
        start = m.start - t.sentence_start
        if (
            m.acronym
            and n.end <= start < len(sentence)
            and (scope := w.SCOPE_MISSION.search(sentence[max(0, start - 40) : start]))
        ):
            return f"{scope[0].strip()} {m.text}"
    return None


def type(sentence: str, clause: tuple[int, int], n: Number, after: str, part: bool = False) -> str | None:
    """The personnel type of a breakdown ('comprising 812 police and 4,020 troops'), or None for a total."""
    for name, pattern in w.TYPE_AFTER:
        if m := pattern.match(after):
            marker = w.BREAKDOWN.search(sentence[max(clause[0], n.start - 150) : n.start])
            following = re.match(
                r"\s*(?:,|and|y|et)\s+(?:some\s+|about\s+)?(?:\d|[^\W\d]+(?:[\s-][^\W\d]+)?\s+"
                r"(?:[\w-]+\s+)?(?:police|troops|soldiers|staff|officers|experts|observers|policiers|"
                r"soldats|militaires|policías|soldados|militares|oficiales))",
                after[m.end() :],
                re.I,
            )
            preceding = re.search(
                r"(?:police|troops|soldiers|officers|experts|observers|policiers|soldats|militaires|"
                r"policías|soldados|militares|oficiales)\s*(?:,|and|y|et)\s*$",
                sentence[max(clause[0], n.start - 60) : n.start],
                re.I,
            )
            return name if part or marker or following or preceding else None
    return None


def shift(n: Number, by: int) -> Number:
    """A number found in the whole text, placed in its sentence."""
    return Number(
        n.value, n.start + by, n.end + by, n.text, n.ordinal, n.word, n.qualifier, n.qualifier_text, n.percent
    )


_RELATIVE = re.compile(
    r"\s*(?:,|in\s+which|which|that|where|en\s+la\s+que|donde|que|où|dans\s+laquelle|qui|avec|with|con)\b",
    re.IGNORECASE,
)


def one_is_an_article(sentence: str, n: Number) -> bool:
    """'one of', 'un', 'une', 'una': an article or pronoun unless a mission or women count follows."""
    after = sentence[n.end :]
    if not (n.word and n.value == 1 and not n.ordinal):
        return False
    if (one := w.MISSIONS.match(after)) and (n.start == 0 or _RELATIVE.match(after, one.end())):
        return True  # "Une mission, avec …", "una operación en la que participan 40 países"
    return not (one or w.WOMEN.match(after))


def superlatives(sentence: str, found: list[Number]) -> list[Number]:
    """'the largest contributor', 'le plus grand contributeur': rank 1 written without a number."""
    out = []
    for m in rw.SUPERLATIVE.finditer(sentence):
        if sentence[m.end() : m.end() + 1].lower() == "s" or rw.AMONG_BEFORE.search(
            sentence[max(0, m.start() - 25) : m.start()]
        ):
            continue  # "among the largest contributors", "l'un des plus grands contributeurs": no rank
        word = re.search(r"largest|biggest|top|leading|mayor|grand|gros|important|premier|primer", m[0], re.I)
        start, end = m.start() + word.start(), m.start() + word.end()
        if not any(n.start < m.end() and m.start() < n.end for n in found):
            out.append(Number(1, start, end, sentence[start:end], True, True, None, None))
    return out


def contact(line: str) -> bool:
    """A line of contacts (telephone, fax, e-mail): its numbers are no claims."""
    return bool(w.CONTACT.search(line)) and not w.AFTER_PERSONNEL.search(line)


def at_rank(t: Text, n: Number, ranked: Claim | None) -> tuple[str, str] | None:
    """(kind, words) of a figure 'at' or 'with' after a rank of its sentence (`ranked`, the last one read): what the
    rank ranks, the women for a women's rank or where its words say women; or None."""
    since = max(ranked.end, t.read[-1].end) if ranked else 0  # the words since the last figure read
    if ranked is None or not (m := w.RANK_AT.search(t.text[since : t.sentence_start + n.start])):
        return None
    women = w.WOMEN_WORD.search(m["what"]) or ranked.kind == "rank_women"
    return ("women" if women else "total"), m[0].strip()


_IN_MISSION = re.compile(r"\s+(?:in|en|à|au|dans|with|con|avec)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?", re.I)


def beside_mission(t: Text, sentence: str, n: Number) -> tuple[str, str, int, dict] | None:
    """A bare number a mission's acronym names ("MONUSCO: 866", "UNFICYP 14", "nine in UNIFIL", "cuatro en
    MINURSO"): people there, read as a contingent with a doubt (no personnel word says what it counts), or None."""
    at = t.sentence_start
    if before := t.mission_listed_before(at + n.start):
        words = f"{before.text} {n.text}"
    elif (after := _IN_MISSION.match(sentence, n.end)) and (
        named := [m for m in t.missions_in(at + after.end(), at + after.end() + 1) if m.acronym]
    ):
        words = f"{n.text} … {named[0].text}"
    else:
        return None
    return "total", words, n.end, {"doubt": said("doubt_no_personnel_word", words=words)}
