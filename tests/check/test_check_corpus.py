"""The checker over the whole dev corpus of real published statements (read at run time, never copied): every
figure a statement records is read with its kind, value and subject, and its verdict is the data's; and the three
measures of benchmarks/check_corpus.py hold (precision of "contradicted" >= 95 %, figures checked right >= 85 %,
reference month right >= 95 %, no crash: issue 23's floors) on the whole corpus and on each half (split by a hash of
the id), the halves within 5 points of each other, each statement alone and restated."""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from benchmarks import check_corpus
from benchmarks.check_truth import Truth, expected_figures, language, named, unread_language
from peacekeeping.check import verify

pytestmark = pytest.mark.archive
CORPUS = DATA.parent / "corpus" / "published-statements-dev.jsonl"
RECORDS = (
    [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if CORPUS.exists()
    else []
)


def test_the_dev_corpus_is_there():
    assert len(RECORDS) >= 28, f"the dev corpus is missing: {CORPUS}"


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_every_stated_figure(full_con, record):
    quote = record["quote"]
    lang = language(quote)
    figures = expected_figures(record, quote, lang)
    result = verify.check(full_con, quote, record["publication_date"])
    truth = Truth(full_con)
    day = truth.published(record)
    acceptable = truth.acceptable_months(record, figures, day)
    result_dict = result.to_dict()
    right = check_corpus.month_right(record, result_dict, acceptable)
    month = truth.truth_month(record, acceptable, result_dict, right)
    for exp in figures:
        read = [v for v in result.verdicts if any(v.claim.start < b and a < v.claim.end for a, b in exp.spans)]
        where = f"{exp.field} {exp.value}: {[(v.claim.kind, v.claim.subject, v.verdict, v.note) for v in read]}"
        assert read, f"{exp.field} {exp.value} not read"
        v = read[0]
        assert v.claim.value == exp.value, where
        allowed = truth.allowed(exp, month, day)
        if unread_language(quote):  # a language the checker does not read
            assert (v.claim.kind, v.verdict) == ("other", "not checkable"), where
        elif exp.subject not in ("world", None) and not named(exp.subject, quote):
            assert v.claim.subject != exp.subject and v.verdict == "not checkable", where
        elif v.claim.doubt or v.note.startswith("ambiguous: "):  # a doubt of its words, or of the data's readings
            assert v.claim.kind in exp.kinds and v.verdict in allowed | {"not checkable"}, where
        else:
            assert v.claim.kind in exp.kinds and v.claim.subject == exp.subject and v.verdict in allowed, where


@pytest.mark.parametrize("restate", [False, True], ids=["alone", "restated"])
def test_the_three_measures_on_the_dev_corpus(full_con, restate):
    ratios = {}
    for name, part in (("all", RECORDS), *check_corpus.halves(RECORDS).items()):
        tally = check_corpus.measure(full_con, part, restate)
        ratios[name] = tally.ratios()
        assert tally.crashes == 0, tally.misses
        assert ratios[name]["precision_contradicted"] >= 0.95, (name, tally.misses)
        assert ratios[name]["figures_right"] >= 0.85, (name, tally.misses)
        assert ratios[name]["months_right"] >= 0.95, (name, tally.misses)
        assert tally.statements == len(part)
        if name == "all":
            assert tally.figures >= 50
    for measure in ratios["all"]:  # a rule that helps one half and not the other is suspect
        assert abs(ratios["A"][measure] - ratios["B"][measure]) <= 0.05, (measure, ratios)
