"""Numbers as texts write them: figures, words (text2num), ordinals, with their qualifiers (en, es, fr)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from num2words import num2words
from text_to_num import find_numbers

LANGS = ("en", "es", "fr")
# fmt: off
QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "just over": ">", "well over": ">",
    "at least": ">=", "upwards of": ">=", "no fewer than": ">=", "no less than": ">=",
    "nearly": "<~", "almost": "<~", "close to": "~", "about": "~", "around": "~", "some": "~",
    "approximately": "~", "roughly": "~", "an estimated": "~", "up to": "<=", "fewer than": "<", "less than": "<",
    "under": "<", "just under": "<", "hasta": "<=", "jusqu'à": "<=",
    "más de": ">", "poco más de": ">", "al menos": ">=", "por lo menos": ">=", "no menos de": ">=", "casi": "<~",
    "cerca de": "~", "alrededor de": "~", "unos": "~", "unas": "~", "aproximadamente": "~", "menos de": "<",
    "plus de": ">", "plus d'": ">", "un peu plus de": ">", "au moins": ">=", "pas moins de": ">=", "près de": "~",
    "presque": "<~", "environ": "~", "quelque": "~", "quelques": "~", "moins de": "<",
}
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "is", "are", "its", "with", "for", "has", "have", "from", "by", "who", "which",
           "in", "peacekeepers", "women", "countries", "operations", "largest", "contributor", "it", "serve"},
    "es": {"el", "los", "las", "del", "y", "con", "su", "sus", "por", "una", "es", "son", "que", "para", "está", "en",
           "de", "la", "al", "misiones", "paz", "efectivos", "mujeres", "países", "aporta", "cascos", "azules",
           "también", "más", "contribuyente", "operaciones", "despliega", "militares", "policías"},
    "fr": {"le", "les", "des", "du", "et", "au", "aux", "avec", "est", "sont", "son", "ses", "une", "pour", "dans",
           "en", "de", "la", "paix", "casques", "bleus", "femmes", "pays", "opérations", "fournit", "plus", "qui",
           "également", "contributeur", "militaires", "policiers", "déploie", "à", "participe", "compte", "il"},
}
# fmt: on
_SEP = r"(?:,|\.|\u202f|\u00a0|\u2009| |')"
_SIZE = r"-(?:strong|member|person|man|woman|troop)\b"  # "a 1,200-strong contingent": the size of a unit
_END = rf"(?:(?![\d\w-]|[.,]\d)|(?={_SIZE}))"
_FIGURE = (
    rf"(?<![\w+/.,-])(?<![^\W\d]\()(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}{_END}"  # "2,75,000" (India)
    rf"|\d{{1,2}}[,.] \d{{3}}(?![,.]? \d){_END}"  # "2, 170", "96. 000": a stray space (not a list: "969, 946")
    rf"|\d{{1,3}}(?:{_SEP}\d{{3}})+{_END}|\d+(?:[.,]\d+)?{_END})"
)
_SCALE = r"million|millions|millones|millón|thousand|mil|mille|milliers|billion|milliards?"
# fmt: off
_SCALES = {"million": 1_000_000, "millions": 1_000_000, "millones": 1_000_000, "millón": 1_000_000,
           "thousand": 1000, "mil": 1000, "mille": 1000, "milliers": 1000, "billion": 10**9, "milliard": 10**9,
           "milliards": 10**9}
# fmt: on
_TOKEN = re.compile(
    r"(?P<ordinal>(?<![\w+/-])(?<![^\W\d]\()\d{1,4}(?:st|nd|rd|th|\.?[ºª°]|ᵉ|ᵉʳ|ème|eme|e|er|re|ère|è)(?![a-zA-Z\d]))"
    rf"|(?P<figure>{_FIGURE})(?:\s+(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s'’-]")
_VAGUE = re.compile(r"hundreds|thousands|millions|centaines|milliers|cientos|miles|millares|dozens|decenas", re.I)
_PERCENT = re.compile(r"^\s*(?:%|per\s*cent|percent|por\s+ciento|pour\s*cent)", re.I)
_CENT = re.compile(r"(?:per|pour|por)\s+$", re.I)
_QUALIFIER = re.compile(
    r"(?:^|[^\w'])("
    + "|".join(re.escape(q).replace("'", "['’]") for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
# Ordinals text2num leaves out because they are other words too ("segundo" is a second of time, "second" in French
# also an adjective), reads as cardinals ("tercer") or misses ("sixtieth"): read only where text2num found nothing.
_ORDINALS = {
    "es": {"segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3},
    "fr": {"second": 2, "seconde": 2},
    "en": {"sixtieth": 60},
}
# Spellings num2words writes that text2num reads in their usual form (the words drafts write must read back).
_SPELLINGS = {"es": {"quadragésimo": "cuadragésimo"}, "fr": {"vingtsième": "vingtième"}, "en": {}}
_GAP = re.compile(r"\s+")
_PLUS = re.compile(r"\+(?!\d)|-plus\b|\s+or\s+more\b|\s+et\s+plus\b|\s+o\s+más\b", re.IGNORECASE)
_LONGEST = 30  # digits: a longer run is no figure a text states (and int() refuses more than 4300)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in a text: its value, whether ordinal or in words, its qualifier and span."""

    value: int
    start: int
    end: int
    text: str
    ordinal: bool
    word: bool
    qualifier: str | None  # '>', '>=', '<', '<=', '~', '<~' or None for an exact figure
    qualifier_text: str | None
    percent: bool = False


class _Token:
    """A word of the text as text2num reads it (words no number is written with are all one separator)."""

    __slots__ = ("start", "end", "word")

    def __init__(self, word: str, start: int = 0, end: int = 0, lang: str = "en"):
        folded = word.lower()
        if lang == "es" and folded.startswith("décimo") and len(folded) > 6:
            word = "decimo" + word[6:]  # "décimoprimero" as "decimoprimero"
        self.word, self.start, self.end = _SPELLINGS[lang].get(word.lower(), word), start, end

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return self.word.isdigit()


_CONNECTORS = {"and", "et", "y", "e", "de", "un", "une", "uno", "una", "one", "a"}


@cache
def _vocabulary(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words numbers are written with (num2words, the source release drafts write with), and those of them
    that are numbers by themselves: a sentence without one of these has no number in words."""
    words: set[str] = set()
    for value in [*range(0, 1001), 2000, 10**6, 2 * 10**6]:
        words.update(re.split(r"[\s-]+", num2words(value, lang=lang).lower()))
    for value in range(1, 101):
        words.update(re.split(r"[\s-]+", num2words(value, lang=lang, to="ordinal").lower()))
    words.update(
        _ORDINALS[lang],
        _SPELLINGS[lang].values(),
        ("millions", "millones", "millón", "mille", "mil"),
        {"en": ("one",), "es": ("una", "un"), "fr": ("une",)}[lang],
    )
    words.update(w.replace("é", "e") for w in list(words) if w.startswith("décimo"))
    words.discard("")
    return frozenset(words), frozenset(words - _CONNECTORS)


_ONE = re.compile(
    r"\b(?:one|uno|una|un|une)\s+(?:[\w'’-]+\s+){0,3}?(?:missions?|operations?|misi|opérations?|women|"
    r"woman|mujer|femme)",
    re.IGNORECASE,
)
_STEMS = ("decimo", "décimo", "vigésimo", "vigesimo", "trigésimo", "trigesimo")  # Spanish ordinals in one word


def _numeral(low: str, words: frozenset[str]) -> bool:
    """Whether a lower-case word is one numbers are written with."""
    return low in words or (len(low) > 7 and low.startswith(_STEMS))


def language(text: str) -> str:
    """The text's language among en, es and fr, by its commonest function words (English when none is found)."""
    words = re.findall(r"[^\W\d_]+", text[:20_000].casefold())
    counts = {lang: sum(w in _STOPWORDS[lang] for w in words) for lang in LANGS}
    best = max(LANGS, key=lambda lang: counts[lang])
    return best if counts[best] else "en"


def _scale(word: str) -> int:
    """The value of a scale word matched ignoring case ("MİLLION": lower() does not map "İ" back to "i")."""
    return _SCALES.get(word.lower()) or next(v for k, v in _SCALES.items() if re.fullmatch(k, word, re.IGNORECASE))


def _figure(text: str, scale: str | None) -> int | None:
    """The value of a written figure: '1,189', '1 189', '1.189' (es, fr), '2.1 million'; None for '3.5'."""
    if scale and (m := re.fullmatch(r"(\d+)[.,](\d{1,2})", text)):
        return int(m[1]) * _scale(scale) + int(m[2]) * _scale(scale) // 10 ** len(m[2])
    if re.fullmatch(r"\d+[.,]\d{1,2}|\d+[.,]\d{4,}", text):
        return None  # a decimal, not a count
    value = int(re.sub(r"\D", "", text))
    return value * _scale(scale) if scale else value


def _digits(text: str) -> list[Number]:
    out = []
    for m in _TOKEN.finditer(text):
        raw = m["ordinal"] or m["figure"]
        if sum(c.isdigit() for c in raw) > _LONGEST:
            continue
        if m["ordinal"]:
            out.append(Number(int(re.match(r"\d+", raw)[0]), m.start(), m.end(), m[0], True, False, None, None))
            continue
        value = _figure(raw, m["scale"])
        if value is not None:
            out.append(
                Number(
                    value,
                    m.start(),
                    m.end(),
                    m[0],
                    False,
                    False,
                    None,
                    None,
                    bool(_PERCENT.match(text[m.end() : m.end() + 12])),
                )
            )
    return out


_FEMININE = re.compile(r"(?:dos|tres|cuatro|seis|sete|ocho|nove)cientas|quinientas")


def _words(text: str, lang: str, taken: list[Number]) -> list[Number]:
    """Numbers in words, found by text2num in the text's language; 'mil 348' joins the figure after it."""
    vocabulary, numerals = _vocabulary(lang)
    found = [(m[0], m[0].lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    if lang == "es":  # "doscientas veinte mujeres": text2num reads the hundreds in the masculine only
        found = [
            (w[:-2] + "os", low[:-2] + "os", a, b) if _FEMININE.fullmatch(low) else (w, low, a, b)
            for w, low, a, b in found
        ]
    if not (any(low in numerals or _numeral(low, numerals) for _, low, _, _ in found) or _ONE.search(text)):
        return []
    tokens: list[_Token] = []
    for word, low, start, end in found:  # words no number is written with: one separator for each run of them
        if low in vocabulary or _numeral(low, vocabulary):
            tokens.append(_Token(word, start, end, lang))
        elif not tokens or tokens[-1].word != "·":
            tokens.append(_Token("·", start, end))
    after = {n.start: n for n in taken if not n.ordinal}
    taken_starts = [n.start for n in taken]  # `taken` is in order of position
    removed: set[int] = set()  # figures joined to the words before them ("mil 348")
    out = []
    occurrences = find_numbers(tokens, lang, 0)
    covered = {i for found in occurrences for i in range(found.start, found.end)}
    for i, t in enumerate(tokens):
        if i not in covered and t.word.lower() in _ORDINALS[lang]:
            out.append(
                Number(_ORDINALS[lang][t.word.lower()], t.start, t.end, text[t.start : t.end], True, True, None, None)
            )
    for found in occurrences:
        first, last = tokens[found.start], tokens[found.end - 1]
        words = text[first.start : last.end]
        i = bisect_left(taken_starts, last.end)
        if any(n.start < last.end and first.start < n.end and id(n) not in removed for n in taken[max(0, i - 3) : i]):
            continue  # the scale word of "2.1 million"
        if _VAGUE.fullmatch(words) or (
            _CENT.search(text[max(0, first.start - 6) : first.start]) and words.lower() in ("cent", "ciento")
        ):
            continue
        value, end, start = int(found.value), last.end, first.start
        article = re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.I)
        if article and re.match(_SCALE, words, re.I):
            start -= len(article[0])  # "a million"
        gap = _GAP.match(text, end)
        joined = after.get(end + len(gap[0])) if gap and value % 1000 == 0 and not found.is_ordinal else None
        if joined is not None and joined.value < 1000:
            value, end = value + joined.value, joined.end
            removed.add(id(joined))
        ordinal = bool(found.is_ordinal) or words.lower() in _ORDINALS[lang]  # "tercer"
        out.append(
            Number(
                value,
                start,
                end,
                text[start:end],
                ordinal,
                True,
                None,
                None,
                bool(_PERCENT.match(text[end : end + 12])),
            )
        )
    taken[:] = [n for n in taken if id(n) not in removed]
    return out


_COLLECTIVE = {  # "une centaine de militaires", "un millier de Casques bleus", "una veintena de soldados"
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000,
}  # fmt: skip
_COLLECTIVE_WORD = re.compile(r"\b(?:une?|una)\s+(" + "|".join(_COLLECTIVE) + r")\s+(?:de|d['’])", re.I)


def _collective(text: str, taken: list[Number]) -> list[Number]:
    """Approximate numbers said with a collective noun ("une centaine de"), read as about that many."""
    out = []
    for m in _COLLECTIVE_WORD.finditer(text):
        start, end = m.start(), m.end(1)
        if not any(n.start < end and start < n.end for n in taken):
            out.append(Number(_COLLECTIVE[m[1].lower()], start, end, text[start:end], False, True, "~", m[1], False))
    return out


def numbers(text: str, lang: str = "en") -> list[Number]:
    """Every number in `text` (written in `lang`), in order, each with the qualifier written before it."""
    taken = _digits(text)
    spelled = _words(text, lang, taken)
    found = sorted(spelled + taken + _collective(text, spelled + taken), key=lambda n: n.start)
    out = []
    for n in found:
        q = _QUALIFIER.search(text[max(0, n.start - 30) : n.start])
        qualifier = QUALIFIERS[q[1].lower().replace("’", "'")] if q else n.qualifier
        words = q[1] if q else n.qualifier_text
        if q is None and not n.ordinal and (plus := _PLUS.match(text[n.end : n.end + 12])):
            qualifier, words = ">=", plus[0].strip()  # "6,000+", "6,000 or more"
        out.append(Number(n.value, n.start, n.end, n.text, n.ordinal, n.word, qualifier, words, n.percent))
    return out
