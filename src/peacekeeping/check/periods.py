"""Dates a text gives: when it was published (a day, a month or a year), the data month it states ("as at 31 March
2015", "au 30 avril", "a fines de marzo"), and the period a fatalities figure counts ("since 2006", "this year")."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import chain

from ..dates import month_end, shift_month
from ..errors import BadDate
from .history_words import FIRST_DEPLOYMENT
from .sentences import Spans, sentences
from .words import POSTHUMOUS

# fmt: off
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
# fmt: on
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?"
_STATED = re.compile(
    r"(?:(?:\bas\s+(?:at|of)|\bby\s+the\s+end\s+of|\bat\s+the\s+end\s+of|\bend\s+of|\ben\s+date\s+du|"
    r"\bà\s+la\s+fin\s+(?:du\s+mois\s+)?(?:de|d['’])|\bfin|\bà\s+fin|\ba\s+(?:fines|finales)\s+de|"
    r"\bhasta\s+finales\s+de|\bcon\s+corte\s+al|\bà\s+la\s+date\s+du)\s+(?:last\s+|" + _DAY + r")?"
    r"|(?:\bau|\bal|\ba|\bhasta\s+el|\ba\s+fecha\s+(?:del?))\s+(?:pasado\s+)?" + _DAY + r")"
    rf"{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:\s+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_RANGE_FROM = re.compile(  # "du 1er juillet 2019 au 30 juin 2020": a period's end, not a data month
    r"\b(?:du|from|de|desde|del|between|entre)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?"
    + _MONTH.replace("<month>", "<from>")
    + r"(?:\s+(?:de\s+)?(?:19|20)\d\d)?\s*$",
    re.IGNORECASE,
)
_FIGURES_OF = re.compile(
    r"\b(?:figures|data|statistics|numbers|chiffres|données|statistiques|cifras|datos|estadísticas|report|"
    r"rapport|informe|bulletin|boletín)\s+"
    r"(?:(?:of\s+the|de\s+la|de\s+l['’]|des|del)\s*(?:UN|U\.N\.|ONU|United\s+Nations|Nations\s+unies|"
    r"Naciones\s+Unidas)\s+)?"  # "datos de la ONU de octubre de 2020", "données de l'ONU d'octobre 2020"
    r"(?:(?:for|of|from|to|through|de|du|des|del|a|al|hasta|à)\s+|d['’]\s*)"
    r"(?:the\s+month\s+of\s+|(?:el\s+)?mes\s+de\s+|mois\s+de\s+)?"
    rf"{_MONTH}(?:\s+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d))?\b"
    rf"|\b{_MONTH.replace('<month>', '<month2>')}\s+(?P<year2>(?:19|20)\d\d)\s+"
    r"(?:figures|data|statistics|numbers|report|bulletin)\b",
    re.IGNORECASE,
)  # "UN figures for March 2024", "les chiffres de mars 2024", "datos de marzo de 2024", "March 2024 data"
_OPENING = re.compile(
    rf"(?:^|[.;!?]\s+)(?:in|en)\s+{_MONTH}\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\s*,", re.IGNORECASE
)  # "En mars 2019, le Niger se plaçait …": a sentence that opens with its month
_AS_OF = re.compile(r"\W*(?:as\s+(?:at|of)|en\s+date\s+du|à\s+la\s+date\s+du|con\s+corte\s+al|au|al)\b", re.I)
_EVENT = re.compile(  # a month that dates an event, not figures: "In October 2018, … deployed two groups of 63"
    r"\b(?:deployed\s+(?:\w+\s+){0,2}?(?:groups?|contingents?|units?|batch(?:es)?|rotations?)|dispatched|sent|"
    r"arrived|left|set\s+off|departed|joined|died|killed|passed\s+away|tuée?s|morte?s|décédée?s|desplegó|"
    r"desplegaron|envió|enviaron|llegó|llegaron|partió|partieron|murió|murieron|falleció|fallecieron)\b",
    re.I,
)
_NUMERIC = re.compile(  # "as of 31/03/2023", "au 31.03.2023": the day is the month's end, the other part the month
    r"\b(?:as\s+(?:at|of)|au|al|en\s+date\s+du|a\s+fecha\s+de|con\s+corte\s+al)\s+"
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"\b(?:since|desde|depuis)\s+(?:(?:the\s+)?(?:year\s+)?|el\s+año\s+|l['’]année\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DOCUMENT_DATE = re.compile(r"\b(?:dated|datant\s+d[eu]|datée?s?\s+d[eu]|fechad[oa]s?(?:\s+(?:en|el))?)\s*$", re.I)
_SINCE_EVENT = re.compile(  # "Since the first UN peacekeepers were deployed in 1948": since that year
    r"\b(?:since|desde|depuis)\s+(?:[^\W\d][\w'’-]*\s+)(?:[\w'’-]+\s+){0,13}?(?:in|en)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PAST_YEARS = re.compile(
    r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?P<n>\d+|\w+)\s+years|"
    r"\b(?:en|durante)\s+los\s+últimos\s+(?P<n2>\d+|\w+)\s+años|"
    r"\bau\s+cours\s+des\s+(?P<n3>\d+|\w+)\s+dernières\s+années",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(
    r"\bthis\s+year\b|\beste\s+año\b|\bcette\s+année\b|\ben\s+lo\s+que\s+va\s+del\s+año", re.IGNORECASE
)
_LAST_YEAR = re.compile(
    r"\blast\s+year\b|\bel\s+año\s+pasado\b|\bl['’]année\s+(?:dernière|passée)|"
    r"\bl['’]an\s+dernier\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\b(?:in|en|during|durante)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_NAMED = re.compile(rf"(?:{_DAY})?\b{_MONTH},?\s+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_MONTH = re.compile(r"\b" + _MONTH + r"\b", re.IGNORECASE)
_PERIOD_WORD = re.compile(  # "since March 2016", "hasta marzo de 2016": a period's start or end, not the figure's month
    r"\b(?:since|depuis|desde|from|between|entre|until|till|through|jusqu\S*|hasta|after|before|après|avant|antes|"
    r"después)\s+(?:(?:the|el|le|la)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Published:
    """When a text was published: the first and last day it may have been (a day, a month or a year)."""

    first: dt.date
    last: dt.date
    text: str

    @property
    def exact(self) -> bool:
        return self.first == self.last


def published(value: str | dt.date | None) -> Published | None:
    """'2022-10-12', '2021-05' (the month) or '2015' (the year) as a range of days; a date as itself."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Published(value, value, value.isoformat())
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return Published(dt.date(int(text), 1, 1), dt.date(int(text), 12, 31), text)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(m[1]), int(m[2])
            return Published(dt.date(year, month, 1), month_end(year, month), f"{year:04d}-{month:02d}")
        day = dt.date.fromisoformat(text)
        return Published(day, day, text)
    except ValueError:
        raise BadDate(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-10-12") from None


@dataclass(frozen=True, slots=True)
class Stated:
    """A data month the text states, the words that state it."""

    month: str
    text: str
    start: int
    end: int


def stated_month(text: str, when: Published | None, spans: Spans | None = None) -> Stated | None:
    """The month a text says its figures are of ("as at 31 March 2015"); a month without year is the latest such
    month not after publication (`spans`: the text's sentences, if already split)."""
    spans = sentences(text) if spans is None else spans
    starts = [s for s, _ in spans]
    for m in chain(_STATED.finditer(text), _FIGURES_OF.finditer(text), _OPENING.finditer(text)):  # to the first
        if _RANGE_FROM.search(text, max(0, m.start() - 40), m.start()):
            continue
        i = bisect_right(starts, m.start() + 2) - 1  # past the ". " that an opening month's match starts with
        start, end = spans[i] if i >= 0 else (0, len(text))
        if FIRST_DEPLOYMENT.search(text, start, m.start()):
            continue  # "la première participation … remonte au 15 juillet 1960": history, not the data's month
        if not _AS_OF.match(m[0]) and _EVENT.search(text, start, end):
            continue  # "falleció a finales de enero de 2015", "En août 2022, 26 Casques bleus avaient été tués"
        groups = m.groupdict()
        month, stated_year = groups["month"] or groups.get("month2"), groups["year"] or groups.get("year2")
        number = _MONTHS.get(month.casefold())
        if number is None or (month == "may" and not stated_year):  # "data for may be missing": the verb
            continue
        if stated_year:
            year = int(stated_year)
        elif when is not None:
            year = when.last.year if number <= when.last.month else when.last.year - 1
        else:
            continue
        if m.re is _STATED and re.search(r"(?<!\d)0?1(?:st|er)?\s+(?:of\s+|de\s+)?" + month, m[0], re.I):
            year, number = (year, number - 1) if number > 1 else (year - 1, 12)  # "as of 1 March": February's end
        if m.re is _OPENING and when is not None and (when.first.year - year) * 12 + when.first.month - number > 12:
            continue  # "In March 1992, Canada's 1,043 personnel were more than any other country's": history
        return Stated(f"{year:04d}-{number:02d}", m[0], m.start(), m.end())
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        number = b if a > 12 else a if b > 12 else None
        if number is not None and 1 <= number <= 12:
            return Stated(f"{int(m['year']):04d}-{number:02d}", m[0], m.start(), m.end())
    return None


def month_named(sentence: str, when: Published) -> tuple[str, str] | None:
    """(YYYY-MM, words) of the one month and year a figure's sentence names as its time ("reached 2,809 in March
    2016"), not after publication; None if it names none, another month word too, or a period's start or end."""
    found = list(_NAMED.finditer(sentence))
    if len(found) != 1 or len(_ANY_MONTH.findall(sentence)) != 1:
        return None
    m = found[0]
    if _PERIOD_WORD.search(sentence, max(0, m.start() - 20), m.start()):
        return None
    if _DOCUMENT_DATE.search(sentence[max(0, m.start() - 25) : m.start()]):
        return None  # "une note d'information datant de juin 2021": the note's date, not its figures' month
    label = f"{int(m['year']):04d}-{_MONTHS[m['month'].casefold()]:02d}"
    return (label, m[0].strip()) if label <= f"{when.last:%Y-%m}" else None


_PART = re.compile(  # where a sentence naming several months turns to another time: ", comparativement aux 40 …"
    r",\s|;|\s[—–]\s|\s(?:compared|comparativement|comparado|contre|frente\s+a|against|while|whereas|but|mientras|"
    r"alors\s+que|tandis\s+que)\s",
    re.IGNORECASE,
)


_RELATIVE = re.compile(  # "378 personnel … of which Ireland took over command in November 2016": another time
    r"\b(?:of\s+which|in\s+which|whose|when|dont|lorsque|quand|cuando|cuy[oa]s?|del\s+cual|de\s+la\s+cual)\b",
    re.IGNORECASE,
)


def several_months(sentence: str) -> bool:
    """Whether a sentence names more than one month word."""
    found = _ANY_MONTH.search(sentence)
    return found is not None and _ANY_MONTH.search(sentence, found.end()) is not None


def named_part(sentence: str, at: int, several: bool) -> tuple[int, int]:
    """The part of a sentence whose month is a figure's (at `at`): the sentence up to a relative clause after the
    figure, and the figure's part of it if it names `several` months ("au 30 septembre, … 41 …, comparativement aux
    40 … actifs en mai 2018"). Read near the figure: a sentence with no end is read once, not once per figure."""
    start, end = 0, len(sentence)
    if several:
        before = [m.end() for m in _PART.finditer(sentence, max(0, at - 400), at)]
        start = before[-1] if before else max(0, at - 400)
        after = _PART.search(sentence, at)
        end = after.start() if after else end
    relative = _RELATIVE.search(sentence, at, min(end, at + 200))
    return start, relative.start() if relative else end


def months_before(when: Published, months: int) -> dt.date:
    """The first day `months` months before the text's first possible day."""
    first = shift_month(f"{when.first:%Y-%m}", -months)
    return dt.date(int(first[:4]), int(first[5:]), min(when.first.day, 28))


@dataclass(frozen=True, slots=True)
class Period:
    """The deaths a fatalities figure counts: from `since` (None: 1948) to `until`, and the words that say so."""

    since: dt.date | None
    until: dt.date | None
    words: str

    def describe(self) -> str:
        if self.since is None:
            return f"since 1948, up to {self.until}" if self.until else "since 1948"
        return f"from {self.since} to {self.until}"


def _count(word: str) -> int | None:
    from text_to_num import text2num

    if word.isdigit():
        return int(word)
    for lang in ("en", "es", "fr"):
        try:
            return int(text2num(word.lower(), lang))
        except ValueError:
            continue
    return None


def period(clause: str, when: Published | None) -> Period:
    """The period a fatalities figure of `clause` counts, up to the text's last possible day."""
    until = when.last if when else None
    if m := _SINCE_YEAR.search(clause) or _SINCE_EVENT.search(clause):
        year = int(m["year"])
        return Period(None if year <= 1948 else dt.date(year, 1, 1), until, m[0])
    if (m := _PAST_YEARS.search(clause)) and until is not None:
        n = _count(m["n"] or m["n2"] or m["n3"])
        if n:
            try:
                since = until.replace(year=until.year - n)
            except ValueError:  # 29 February
                since = until.replace(year=until.year - n, day=28)
            return Period(since, until, m[0])
    if (m := _THIS_YEAR.search(clause)) and until is not None:
        return Period(dt.date(until.year, 1, 1), until, m[0])
    if (m := _LAST_YEAR.search(clause)) and until is not None:
        return Period(dt.date(until.year - 1, 1, 1), dt.date(until.year - 1, 12, 31), m[0])
    if (m := POSTHUMOUS.search(clause)) and until is not None:  # "awarded posthumously in 2020": 2019's dead
        y = _IN_YEAR.search(clause)
        year = int(y["year"]) if y and int(y["year"]) < until.year else until.year - 1
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), m[0])
    if m := _IN_YEAR.search(clause):
        year = int(m["year"])
        return Period(dt.date(year, 1, 1), min(dt.date(year, 12, 31), until) if until else dt.date(year, 12, 31), m[0])
    return Period(None, until, "")
