"""A text's sentences (none longer than MAX_SENTENCE, for linear time) and a sentence's clauses."""

from __future__ import annotations

import re

from . import words as w

# fmt: off
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "no", "nos", "st", "gen", "lt", "col", "maj", "sgt", "capt", "n", "u",
                  "vs", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "sr", "sra", "mme", "m", "dra", "art", "p", "pp", "e.g", "i.e", "etc"}
# fmt: on

_STRAY = re.compile(r" \d{3}(?![\d.,]?\d)")  # "96. 000 personnes": a stray space in 96.000, no sentence end
MAX_SENTENCE = 1_000  # characters: a longer run without a sentence end is read in pieces (linear time)
_CUTS = (re.compile(r";|\s[—–]\s"), re.compile(r",\s"), re.compile(r"(?<!\d)\s|\s(?!\d)"))


Spans = list[tuple[int, int]]  # (start, end) of each sentence of a text


def sentences(text: str) -> Spans:
    """Sentence spans: '.', '!', '?' or a line end close one, except in '48.º', '1.189', 'No. 7', 'Mr.'; none is
    longer than MAX_SENTENCE, so that the work per figure does not grow with the text (see _pieces)."""
    return [piece for span in _sentences(text) for piece in _pieces(text, *span)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into pieces of MAX_SENTENCE characters at most (at least half that, but the last): at its last
    ';' or dash in the second half of each piece, else its last ', ', else a space not inside a number."""
    out = []
    while end - start > MAX_SENTENCE:
        low, high = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = high
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, low, high)]
            if found:
                cut = found[-1]
                break
        out.append((start, cut))
        start = cut
    return [*out, (start, end)]


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?]+|\n", text):
        end = m.end()
        if m[0].startswith(".") and len(m[0]) == 1:
            word = re.search(r"([\w.]+)$", text[max(start, m.start() - 20) : m.start()])
            following = text[end : end + 2]
            if (
                following[:1].isdigit()
                or (
                    re.search(r"(?<![\d.,])\d{1,2}$", text[max(0, m.start() - 3) : m.start()])
                    and _STRAY.match(text, end)
                )
                or following[:1] in "ºª°"
                or following[:1].islower()
                or (word and "." in word[1] and following[1:2].islower())  # "eight U.N. peace operations"
                or (word and word[1].lower() in _ABBREVIATIONS)
            ):
                continue
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def clause_of(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of a sentence around `pos` (split at ';', 'while', 'but', 'mientras', 'alors que', dashes)."""
    start, end = 0, len(sentence)
    for m in w.CLAUSE.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end
