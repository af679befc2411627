"""Time linear in the text's length, measured without a clock (issue 23): the work for a text repeated four times,
counted as the calls made (Python and C, regular expressions included) by a profile hook, is at most 4.4 times the
work for it once, and its figures are exactly four times as many, for every kind of text: without sentence ends, a
list, a table, breakdowns, ranks, French numbers. A step that reads the sentence or the text again for each figure
makes the ratio grow with the text (it was 16 for the first text below: 95 KB took more than 120 s)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

import pytest

from peacekeeping.check import extract, verify
from peacekeeping.check.sentences import MAX_SENTENCE, sentences

KINDS = {
    "no sentence end": "In June 2022 Peru had 270 troops and Ghana 2,700 police; ",
    "a list": "Peru 270, Ghana 2,700, Nepal 5,000 personnel, ",
    "no punctuation": "Peru has 270 troops in UNMISS and MINUSCA and UNIFIL ",
    "breakdowns": "Nepal deploys 6,000 personnel, comprising 79 police, 2,244 troops and 12 experts, ",
    "sentences": "Peru had 270 troops. Of these, 38 are women. ",
    "ranks": "Peru is the 20th largest contributor, the 8th for women, ",
    "French numbers": "plus de 2 000 casques bleus au Mali et 1 189 au Liban ; ",
    "brackets": "Bangladesh (6,554), Nepal (5,571), ",
    "a table": "Peru\t270\tUNMISS\nGhana\t2,700\tUNIFIL\n",
    "deaths": "4,400 peacekeepers have died since 1948, 12 of them from Peru; ",
}
ONCE = 3_000  # characters: three pieces of a sentence without an end (MAX_SENTENCE)
TIMELESS = ("mission", "first_deployment", "past_mission")  # claims made once a text, whatever its length


def calls(fn: Callable[[], object]) -> tuple[object, int]:
    """What `fn` returns, and how many calls it made (a deterministic count of work, unlike a clock)."""
    count = 0

    def hook(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        out = fn()
    finally:
        sys.setprofile(None)
    return out, count


def figures(claims) -> int:
    return sum(1 for c in claims if c.kind not in TIMELESS)


@pytest.mark.parametrize("unit", KINDS.values(), ids=KINDS.keys())
def test_four_times_the_text_is_four_times_the_work(unit):
    text = unit * -(-ONCE // len(unit))
    extract.extract(text)  # tables and patterns loaded once
    once, work = calls(lambda: extract.extract(text))
    four, work4 = calls(lambda: extract.extract(text * 4))
    assert figures(once) > 0
    if unit != KINDS["no punctuation"]:  # cut at spaces, a phrase may lose its figure
        assert figures(four) == 4 * figures(once)
    assert work4 <= 4.4 * work, f"4x the text, {work4 / work:.1f}x the work"


def test_checking_four_times_the_text_is_four_times_the_work(small_con):
    text = KINDS["no sentence end"] * -(-ONCE // len(KINDS["no sentence end"]))
    date = dt.date(2022, 10, 12)
    verify.check(small_con, text, date)
    once, work = calls(lambda: verify.check(small_con, text, date))
    four, work4 = calls(lambda: verify.check(small_con, text * 4, date))
    assert len(four.verdicts) == 4 * len(once.verdicts) > 0
    assert four.counts() == {k: 4 * v for k, v in once.counts().items()}
    assert work4 <= 4.4 * work, f"4x the text, {work4 / work:.1f}x the work"


@pytest.mark.parametrize("unit", KINDS.values(), ids=KINDS.keys())
def test_no_sentence_is_longer_than_the_bound(unit):
    text = unit * 200
    spans = sentences(text)
    assert all(0 < end - start <= MAX_SENTENCE for start, end in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "".join(text[s:e] for s, e in spans).split() == text.split()  # nothing left out but spaces


def test_a_sentence_within_the_bound_is_not_cut():
    sentence = "Nepal deploys 6,000 personnel, comprising " + "79 police, " * 80 + "and 12 experts."
    assert len(sentence) < MAX_SENTENCE
    text = sentence + " Of these, 38 are women."
    assert sentences(text) == [(0, len(sentence)), (len(sentence), len(text))]
