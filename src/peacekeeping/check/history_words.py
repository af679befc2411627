"""The words of history in a published text (a first deployment, a past mission), in English, Spanish and French."""

from __future__ import annotations

import re


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_WHAT = r"(?:mission|unit|contingent|troops|peacekeepers|battalion|observers|deployment|operation)"
FIRST_DEPLOYMENT = _re(
    r"\b(?:first|initially)\s+(?:contributed|deployed|deploying|sent|participated|took\s+part|joined|served|"
    r"contribution|provided|deployment|commitment|participation|dispatched)|"
    r"\b(?:its|their|the\s+country['’]s)\s+(?:very\s+)?first\s+(?:(?:full|UN|peacekeeping|blue[- ]helmets?)\s+){0,2}"
    + _WHAT
    + r"|\b(?:began|started)\s+(?:in\s+(?:19|20)\d\d|with|(?:its|their)\s+journey|joining|taking\s+part|"
    r"to\s+(?:participate|contribute|deploy|take\s+part))|\bjourney\b[^.;]{0,60}?\bbegan\b|"
    r"\b(?:contribut\w*|participat\w*)\s+(?:to|in)\s+the\s+(?:very\s+)?first\s+(?:UN\s+)?(?:peace\w*\s+)?"
    r"(?:operation|mission)|"
    r"\b(?:since|depuis|desde)\s+(?:its|their|sa|leur|su)\s+(?:first\s+|première\s+|primera\s+)?participa\w*|"
    r"\bpor\s+primera\s+vez|\bprimer\s+despliegue|\bprimera\s+participaci[oó]n|\bprimer\s+contingente|"
    r"\bpour\s+la\s+première\s+fois|\bpremier\s+déploiement|\bpremi[eè]re\s+participation|\bpremier\s+contingent|"
    r"\ba\s+commencé|\bcomenzó|\bempezó"
)
PAST_SERVICE = _re(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:previously\s+)?served\s+(?:in|with)|\bpreviously\b|"
    r"\bformer(?:ly)?\b|\bin\s+the\s+past\b|\ba\s+(?:aussi\s+|également\s+)?servi|"
    r"\bont\s+(?:aussi\s+|également\s+)?servi|\bha(?:n)?\s+(?:también\s+)?servido|\banciennement|"
    r"\banteriormente|\bauparavant|\b(?:participated|took\s+part|served)\s+in\s+the\s+(?:operation|mission)\b"
)
FIRST_YEAR = re.compile(  # a first deployment's year, no mission named: "first deployed in 1988", "since 1958"
    r"(?:" + FIRST_DEPLOYMENT.pattern + r"|\b(?:began|started|commenced)\s+(?:participating|"
    r"contributing|deploying|serving)|\bcomenzó\s+a\s+participar|\ba\s+commencé\s+à\s+participer|"
    r"\b(?:contribut\w*|participat\w*|serv(?:ed|ing)|deploy\w*|contribuy\w*|particip[ae]\w*|présent\w*|"
    r"t(?:aken|ook)\s+part|pris\s+part|tomado\s+parte)\b"
    r"[^.;]{0,60}?\b(?:since|depuis|desde))\b[^.;]{0,90}?\b(?P<year>19[4-9]\d|20[0-2]\d)\b"
    r"|\b(?:since|depuis|desde)\s+(?P<year2>19[4-9]\d|20[0-2]\d)\b[^.;]{0,80}?\b(?:have|has|ont|a|han|ha)\s+"
    r"(?:\w+\s+){0,2}?(?:contributed|participated|served|deployed|maintained|contribué|participé|servi|participado|"
    r"contribuido|servido|sending|sent|contributing|participating|serving|deploying|envoyé|enviado|been\s+\w+ing)\b",
    re.IGNORECASE,
)
A_YEAR = re.compile(r"\b(?:19[4-9]\d|20[0-2]\d)\b")  # what FIRST_YEAR needs: a sentence without one is not searched
_FIGURE = re.compile(  # not a day of a month ("15 juillet 1960"), nor a count of operations ("over 30 operations")
    r"(?<![\d,.])\d[\d,.]*(?![\d,.])(?!(?:er|st|th)?\s+(?:de\s+|of\s+)?[^\W\d]+,?\s+(?:de\s+)?\d{4})"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:operations|missions|opérations|misiones|operaciones)\b)"
)


def figures_in(words: str) -> int:
    """How many numbers `words` holds that are not a day of a month ("le 15 juillet 1960": one, the year) or a count
    of operations ("over 30 peacekeeping operations since 1956": one)."""
    return len(_FIGURE.findall(words))


def year_near(sentence: str, past: re.Match, at: int) -> str | None:
    """The year of a first deployment or past mission named at `at`: the first year between the history words and
    it ("first deployed from July 1960 to June 1964 in ONUC"), or else the year nearest to it."""
    years = list(re.finditer(r"\b(?:19[4-9]\d|20\d\d)\b", sentence))
    between = [y for y in years if past.end() <= y.start() < at]
    if between:
        return between[0][0]
    return min(years, key=lambda y: abs(y.start() - at))[0] if years else None
