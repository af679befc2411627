"""Who a text speaks of: the countries it names (as subject, host or comparison) and the missions it names."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from ..harmonize import country_words, mission_names
from ..harmonize.tables import read_table
from . import words

SUBJECT, PLACE, COMPARISON = "subject", "place", "comparison"


@dataclass(frozen=True, slots=True)
class Mention:
    """A country named in a text: ISO3, span, the words, name or adjective, and its role."""

    iso3: str
    start: int
    end: int
    text: str
    form: str
    role: str


@dataclass(frozen=True, slots=True)
class MissionMention:
    """A mission named in a text (acronym or name in any language), or a host country standing for its missions."""

    acronym: str | None
    start: int
    end: int
    text: str
    place: str | None = None  # ISO3 of the host country when only the country is named


class _Folding(dict):
    """str.translate table folding each character to one: lower case, no accents, apostrophes and signs as spaces."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch)).casefold()
        folded = base[:1] if base and base[:1].isalnum() and c not in "'’`´" else " "
        self[code] = folded
        return folded


_FOLDING = _Folding()
_WORDS = re.compile(r"[a-z0-9]+")


def words_of(folded: str) -> list[tuple[int, int, str]]:
    """The words of a folded text with their spans (read once, for countries and missions)."""
    return [(m.start(), m.end(), m[0]) for m in _WORDS.finditer(folded)]


def fold(text: str) -> str:
    """The text folded for matching names, of the same length: lower case, no accents, apostrophes as spaces."""
    return text.translate(_FOLDING)


class _Names:
    """Folded names (word sequences) looked up word by word, longest first."""

    def __init__(self, keys: dict[str, object]):
        self.keys = keys
        self.prefixes = {tuple(k.split(" ")[:n]) for k in keys for n in range(1, k.count(" ") + 2)}

    def finditer(self, folded: str, tokens: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of every name in a folded text, left to right, the longest at each place."""
        tokens = words_of(folded) if tokens is None else tokens
        out, i = [], 0
        while i < len(tokens):
            j, words, best = i, (), None
            while j < len(tokens) and (words + (tokens[j][2],)) in self.prefixes:
                words += (tokens[j][2],)
                j += 1
                if " ".join(words) in self.keys:
                    best = j
            if best is None:
                i += 1
                continue
            out.append((tokens[i][0], tokens[best - 1][1], " ".join(t[2] for t in tokens[i:best])))
            i = best
        return out


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(fold(text)))


@cache
def _countries() -> tuple[_Names, dict[str, country_words.Form]]:
    """Every folded form of every country, and the form of each key (a name wins over an adjective)."""
    by_key: dict[str, country_words.Form] = {}
    for f in country_words.forms():
        key = _key(f.text)
        if len(key) > 2 and (key not in by_key or by_key[key].form == country_words.ADJECTIVE):
            by_key[key] = f
    return _Names(by_key), by_key


def _role(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 40) : start]
    if words.COMPARISON.search(before):
        return COMPARISON
    if words.PLACE.search(before):
        return PLACE
    return SUBJECT


def countries_in(text: str, folded: str | None = None, tokens: list | None = None) -> list[Mention]:
    """Every country the text names, in order, with its role (subject, host place or comparison)."""
    pattern, by_key = _countries()
    folded = fold(text) if folded is None else folded
    out: list[Mention] = []
    regions = [m.span() for m in words.REGION.finditer(text)]  # "América Latina": no country named
    for start, end, key in pattern.finditer(folded, tokens):
        if any(a <= start and end <= b for a, b in regions):
            continue
        form = by_key[key]
        role = _role(text, start, end)
        if (
            out
            and out[-1].role != SUBJECT
            and re.fullmatch(
                r"(?:\s*\([\d\s.,]+\))?\s*(?:,|and|or|y|o|et|ou|e|&)\s*"
                r"(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|les\s+|los\s+|las\s+)?",
                text[out[-1].end : start],
                re.I,
            )
            and not (
                re.fullmatch(r",\s*(?:the|la|le|l['’]|el)?", text[out[-1].end : start].strip(), re.I)
                and (words.VERB_AFTER.match(text[end : end + 20]) or re.match(r"['’]s\b", text[end : end + 3]))
            )  # "Au Soudan du Sud, le Rwanda compte …", "In the Central African Republic, Egypt's …": the subject
        ):
            role = out[-1].role  # "in Lebanon and South Sudan", "after Nepal and India"; not "in Haiti, Uruguay is"
        out.append(Mention(form.iso3, start, end, text[start:end], form.form, role))
    return out


def main_countries(mentions: list[Mention]) -> list[str]:
    """The countries the text is about, the first named first: named most as a subject (a name and its variant side
    by side count once); several when it names them as often."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    last: Mention | None = None
    for m in mentions:
        if m.role != SUBJECT:
            continue
        if not (last and last.iso3 == m.iso3 and m.start - last.end < 4):  # "Viet Nam (Vietnam)" counts once
            counts[m.iso3] += 1
        first.setdefault(m.iso3, m.start)
        last = m
    most = max(counts.values(), default=0)
    return sorted((iso3 for iso3, n in counts.items() if n == most), key=lambda iso3: first[iso3])


@cache
def _acronyms() -> dict[str, str]:
    """Acronyms as written in any language -> the reviewed acronym."""
    out = {row["acronym"]: row["acronym"] for row in read_table("mission_kinds.csv")}
    for acronym in mission_names.acronyms():
        for lang in ("en", "es", "fr"):
            out[mission_names.mission_name(acronym, lang)[1]] = acronym
    return out


@cache
def _mission_names() -> tuple[_Names, dict[str, str]]:
    """Missions' names in three languages, and English short names ('UN Mission in South Sudan'), folded."""
    by_key = {}
    for acronym in mission_names.acronyms():
        for lang in ("en", "es", "fr"):
            by_key[_key(mission_names.mission_name(acronym, lang)[0])] = acronym
        by_key[_key(mission_names.short_name(acronym))] = acronym
    return _Names(by_key), by_key


@cache
def hosts() -> dict[str, frozenset[str]]:
    """ISO3 of a country -> the missions whose official names (any language) name it as their place."""
    pattern, by_key = _countries()
    out: dict[str, set[str]] = {}
    for acronym in mission_names.acronyms():
        for lang in ("en", "es", "fr"):
            for _, _, key in pattern.finditer(fold(mission_names.mission_name(acronym, lang)[0])):
                if by_key[key].form == country_words.NAME:
                    out.setdefault(by_key[key].iso3, set()).add(acronym)
    return {iso3: frozenset(acronyms) for iso3, acronyms in out.items()}


def missions_in(text: str, folded: str, places: list[Mention], tokens: list | None = None) -> list[MissionMention]:
    """Missions named by acronym or name, and host countries named as places (standing for their missions)."""
    known = _acronyms()
    found = [  # "MINUSCA", "MINUSTAH", and as the French and Spanish press write them, "Minusca", "Finul"
        MissionMention(known[m[0].upper()], m.start(), m.end(), m[0])
        for m in re.finditer(r"\b[A-Z][A-Za-z]{2,}[A-Z]\b|\b[A-Z]{3,}\b|\b[A-Z][a-z]{3,7}\b", text)
        if m[0].upper() in known
    ]
    pattern, by_key = _mission_names()
    named = [
        MissionMention(by_key[key], start, end, text[start:end]) for start, end, key in pattern.finditer(folded, tokens)
    ]
    found += named
    inside = {i for n in named for i in range(n.start, n.end)}  # positions within a mission's name
    for p in places:
        if p.role == PLACE and p.iso3 in hosts() and p.start not in inside:
            found.append(MissionMention(None, p.start, p.end, p.text, p.iso3))
    return sorted(found, key=lambda m: m.start)


_UN = re.compile(r"United\s+Nations|Naciones\s+Unidas|Nations\s+Unies|\bUN\b|\bONU\b")


def inside_names(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """Countries named inside a mission's name are its place, not a subject (spans sorted once: linear time)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    out = []
    for m in mentions:
        i = bisect_right(starts, m.start)  # the spans starting at or before the mention
        inside = any(a <= m.start < b for a, b in spans[max(0, i - 4) : i])
        out.append(replace(m, role=PLACE) if inside else m)
    return out


_UN_BRACKETS = re.compile(r"\((?:ONU|UN|U\.N\.|NU)\)")  # "Naciones Unidas (ONU) de la República del Congo (Monusco)"


def spelled(text: str, missions: list[MissionMention]) -> list[tuple[int, int]]:
    """Mission names spelled out before their acronym in brackets, which the name tables may lack: 'the United
    Nations Iran-Iraq Military Observer Group (UNIIMOG)' names no country as a subject."""
    out = []
    for m in missions:
        if m.acronym and (m.text.isupper() or m.text.istitle()) and text[max(0, m.start - 2) : m.start].strip() == "(":
            before = text[max(0, m.start - 140) : m.start - 1]
            starts = [
                x.start()
                for x in _UN.finditer(before)
                if not re.search(r"[().!?\n]", _UN_BRACKETS.sub("", before[x.start() :]))
            ]
            if starts:  # the nearest: 'the UN thanks Italy for … the United Nations Interim Force (UNIFIL)'
                out.append((m.start - 1 - len(before) + starts[-1], m.start))
    return out
