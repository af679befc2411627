"""Claims in a published text: which fact each number states, for which country or mission, and where."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cache

from ..harmonize import countries, country_names, mission_names
from ..harmonize.tables import normalize, read_table
from .numbers import Number, numbers

KINDS = {
    "total": "uniformed personnel of the country",
    "women": "women among the country's uniformed personnel",
    "missions": "missions the country contributes to",
    "rank": "rank among contributors of uniformed personnel",
    "rank_women": "rank among contributors of women",
    "mission_count": "the country's personnel in one mission",
    "mission": "the country contributes to this mission",
    "fatalities": "nationals of the country who lost their lives as peacekeepers",
    "global_personnel": "uniformed personnel deployed in all missions",
    "global_countries": "countries contributing uniformed personnel",
    "global_operations": "peacekeeping operations",
    "global_fatalities": "peacekeepers who lost their lives since 1948",
    "other": "a figure the data does not hold",
}

_PERSONNEL = (r"(?:uniformed\s+)?(?:personnel|peacekeepers?|troops|soldiers|military|police|blue\s+helmets|"
              r"efectivos(?:\s+uniformados)?|cascos\s+azules|militares|policías|membres\s+du\s+personnel|"
              r"casques\s+bleus|soldats|militaires|policiers)")
_AFTER = {
    "women": re.compile(r"^\W*(?:\w+\s+){0,1}?(?:women|woman|female|mujeres|mujer|femmes|femme)\b", re.I),
    "missions": re.compile(r"^\W*(?:peacekeeping\s+|UN\s+|de\s+)?(?:missions?|operations?|misiones|misión|"
                           r"operaciones|opérations?)\b", re.I),
    "countries": re.compile(r"^\W*(?:\w+\s+)?(?:countries|países|pays|member\s+states|estados\s+miembros)\b", re.I),
    "personnel": re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,2}}?{_PERSONNEL}\b", re.I),
    "contributor": re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:contributor|contribuyente|contributeur|"
                              r"troop-\s*and\s+police-contributing|contributing)", re.I),
}
_DEATH = re.compile(r"lost\s+(?:their|his|her)\s+li(?:v|f)es?|died|killed|fallen|perdieron\s+la\s+vida|"
                    r"perdido\s+la\s+vida|fallecieron|ont\s+perdu\s+la\s+vie|a\s+perdu\s+la\s+vie|morts|tués|"
                    r"ultimate\s+sacrifice", re.I)
_WOMEN_RANK = re.compile(r"women|female|mujeres|femmes|féminin", re.I)
_SERVE_THERE = re.compile(r"^\W*(?:of\s+(?:its|their)\s+\w+\s+serve|de\s+sus|de\s+ses)|"
                          r"(?:where|donde|où)\s+(?:\w+\s+){0,3}$", re.I)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=[\dºª°]))+(?:[.!?]+|\n|$)")  # "48.º" and "74.892" end no sentence
_DATE_WORDS = re.compile(r"january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
                         r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre", re.I)
_POSSESSIVE = re.compile(r"\b(?:its|it|su|sus|son|sa|ses)\b", re.I)
_PHONE = re.compile(r"\+\s*\(?\d|\btel\b|@", re.I)
_WOMEN_AND_MEN = re.compile(r"^\W*(?:women\s+and\s+men|men\s+and\s+women|mujeres\s+y\s+hombres|"
                            r"hombres\s+y\s+mujeres|femmes\s+et\s+(?:des\s+)?hommes|hommes\s+et\s+(?:des\s+)?femmes)",
                            re.I)


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim: its kind, value (or mission acronym), qualifier, and character span in the text."""

    kind: str
    value: int | str
    start: int
    end: int
    text: str
    qualifier: str | None = None
    qualifier_text: str | None = None
    mission: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@cache
def _mission_acronyms() -> dict[str, str]:
    """Acronyms as written in any language -> the reviewed acronym."""
    out = {}
    for row in read_table("mission_kinds.csv"):
        out[row["acronym"]] = row["acronym"]
    for acronym in mission_names.acronyms():
        for lang in ("en", "es", "fr"):
            out[mission_names.mission_name(acronym, lang)[1]] = acronym
    return out


@cache
def _country_names() -> list[tuple[str, str]]:
    """(name or adjective as written, iso3), longest first: names in the three languages and nationality adjectives."""
    pairs = {(c.name, c.iso3) for c in countries.all_countries()}
    for iso3 in country_names.known_iso3():
        for lang in ("en", "es", "fr"):
            pairs.add((country_names.country_name(iso3, lang), iso3))
            for singular in (False, True):
                if adjective := country_names.adjective(iso3, lang, singular):
                    pairs.add((adjective, iso3))
    return sorted(pairs, key=lambda p: -len(p[0]))


def find_country(text: str) -> str | None:
    """The country a text is most about: the ISO3 whose names and adjectives it mentions most."""
    folded = " " + normalize(text) + " "
    counts: Counter[str] = Counter()
    for name, iso3 in _country_names():
        key = normalize(name)
        if key and len(key) > 3:
            counts[iso3] += folded.count(f" {key} ")
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None


def _mentions(sentence: str, iso3: str | None, pronouns: bool = True) -> bool:
    """Whether a sentence speaks of the country: by name or adjective, or (with `pronouns`) as "it"/"its"."""
    if iso3 is None:
        return False
    folded = " " + normalize(sentence) + " "
    names = [normalize(n) for n, code in _country_names() if code == iso3]
    return any(f" {n} " in folded for n in names if n) or (pronouns and bool(_POSSESSIVE.search(sentence)))


def _missions_in(text: str) -> list[tuple[str, int, int]]:
    """Mission acronyms mentioned: (reviewed acronym, start, end)."""
    known = _mission_acronyms()
    return [(known[m[0]], m.start(), m.end()) for m in re.finditer(r"\b[A-Z][A-Za-z]{2,}[A-Z]\b|\b[A-Z]{3,}\b", text)
            if m[0] in known]


def _is_date_part(text: str, n: Number) -> bool:
    if n.ordinal or n.word:
        return False
    around = text[max(0, n.start - 12):n.end + 12]
    if 1900 <= n.value <= 2100 and len(n.text) == 4:
        return True
    return n.value <= 31 and bool(_DATE_WORDS.search(around))


def _classify(sentence: str, offset: int, n: Number, iso3: str | None, missions: list) -> Claim | None:
    after = sentence[n.end - offset:]
    before = sentence[:n.start - offset]
    country = _mentions(sentence, iso3)

    def claim(kind: str, mission: str | None = None) -> Claim:
        return Claim(kind, n.value, n.start, n.end, n.text, n.qualifier, n.qualifier_text, mission)

    if n.ordinal:
        if _AFTER["contributor"].search(after) or re.search(r"largest|mayor|plus\s+grand|contributeur", after[:40]):
            return claim("rank_women" if _WOMEN_RANK.search(after[:80]) else "rank")
        return None  # "first contributed", "the second time": not a count
    if n.value >= 1_000_000 or _WOMEN_AND_MEN.search(after):
        return claim("other")
    if _AFTER["women"].search(after):
        return claim("women")
    if _AFTER["missions"].search(after):
        return claim("missions" if country else "global_operations")
    if _AFTER["countries"].search(after):
        return claim("global_countries")
    nearby = [m for m in missions if abs(m[1] - n.end) < 60 and m[1] > n.end and
              re.fullmatch(r"\W*(?:\w+\s+){0,4}?(?:in|en|à|au|a|al|with|con|auprès\s+de)(?:\s+(?:la|le|l’|l'|el))?\W*",
                           sentence[n.end - offset:m[1] - offset], re.I)]
    if _AFTER["personnel"].search(after) or nearby:
        if _DEATH.search(sentence):
            return claim("fatalities" if _mentions(sentence, iso3, pronouns=False) else "global_fatalities")
        if nearby:
            return claim("mission_count", nearby[0][0])
        if _SERVE_THERE.search(after) or _SERVE_THERE.search(before):
            preceding = [m for m in missions if m[2] <= n.start]
            if preceding:
                return claim("mission_count", preceding[-1][0])
        return claim("total" if country else "global_personnel")
    return claim("other")


def extract(text: str, iso3: str | None = None) -> list[Claim]:
    """The claims of a text about one country (found in the text when not given) and the world."""
    iso3 = iso3 or find_country(text)
    missions = _missions_in(text)
    claims: list[Claim] = []
    for sentence in _SENTENCE.finditer(text):
        for n in numbers(sentence[0]):
            n = Number(n.value, n.start + sentence.start(), n.end + sentence.start(), n.text, n.ordinal, n.word,
                       n.qualifier, n.qualifier_text)
            if _is_date_part(text, n) or _PHONE.search(sentence[0]):
                continue
            if n.word and n.value == 1 and not n.ordinal and not (
                    _AFTER["missions"].search(text[n.end:]) or _AFTER["women"].search(text[n.end:])):
                continue  # "un", "une", "one of": an article or pronoun, not a count
            found = _classify(sentence[0], sentence.start(), n, iso3, missions)
            if found:
                claims.append(found)
    seen = set()
    for acronym, start, end in missions:
        if acronym not in seen:
            seen.add(acronym)
            claims.append(Claim("mission", acronym, start, end, text[start:end], mission=acronym))
    return sorted(claims, key=lambda c: c.start)
