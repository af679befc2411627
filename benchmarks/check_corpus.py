"""The claim checker measured on a corpus of real published statements (the dev corpus by default).

Each statement is checked alone (its quote) and restated (its quote followed by sentences, written here with
num2words, that restate the figures its fields record), with its publication date (a day, a month or a year).

How "right" is judged, independently of the checker (facts/ answers the data; nothing of check/ is used):

- Stated figures: a figure the corpus records (total_uniformed + total_qualifier, women, n_missions, rank_overall,
  rank_women, per_mission, fatalities, global_figures, other_countries) counts where its value is written in the
  quote (digits with any separator, words or ordinals in the quote's language, "the largest" for rank 1) or in a
  restating sentence. n_missions that the notes say were counted from places, and ranks the notes call partial, are
  expected as such (partial rank: kind rank_partial).
- Truth: the data of the truth month (the corpus reference_month where the quote names that month; else the
  checker's month when it is acceptable, else the latest acceptable month) read through facts/: profile (total,
  women, ranks, missions, mission figures), world totals (uniformed personnel, countries listed or with personnel,
  peacekeeping operations with personnel or still open), the fatalities register up to publication (with and without
  local staff). A figure holds as the checker's docs say: exact is equal, "more than" is greater, "about"/"près de"
  within 5 %, "nearly" 90-100 %.
- Checked right: the checker has a claim on the figure's words with the expected kind (and mission) and subject, and
  its verdict is consistent with the truth (a figure of a country the text does not name, or of a text in a script
  the checker does not read, is right only as "not checkable" and bound to no such country, as
  tests/check/test_check_corpus.py has it; such figures do not decide the acceptable months either): supported or
  bound holds where it holds; contradicted or stale where it does not; not checkable or printed in error where the
  data has no such figure (no report, no breakdown by mission or sex, a withheld figure, a world figure that counts
  civilians); a world "peacekeepers" figure that does not hold for uniformed personnel may also be not checkable (it
  may count civilians).
- Precision of "contradicted": a contradicted verdict is really contradicted when it is on a recorded figure and the
  figure holds in no report of the 0-12 months before publication (reports published by then), and the data holds it
  in at least one of them. A contradicted verdict on no recorded figure counts as a false alarm.
- Reference month right: with a corpus reference_month the quote names, the checker uses that month (or names it as
  missing). Else the acceptable months are those whose report was published 0-5 months before the text in which the
  most of the text's exact checkable figures hold (all months of that window when it has none); the checker is right
  when every month it names (one, or all that tie when it says ambiguous) is acceptable, or it names none when no
  report was published in the window or before; a text in a script the checker does not read is right naming none. A
  statement without a publication date is dated the day its reference month's report was published (a text cannot
  quote figures before they are out).
- Halves (issue 23): the statements are split in two by a hash of their id (sha256, first byte even: half A, odd:
  B); rules are developed on one half and the other measures them, so each half is reported. A rule that helps one
  half and not the other is suspect.

Usage: python -m benchmarks.check_corpus [CORPUS] [--db STORE] [--verbose]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.check_truth import (
    Expected,
    Truth,
    expected_figures,
    language,
    readable,
    reference_month,
    restated,
    unread_language,
)
from peacekeeping import store
from peacekeeping.check import verify

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "published-statements-dev.jsonl"


@dataclass(slots=True)
class Tally:
    """Counts of one run over a corpus."""

    figures: int = 0
    right: int = 0
    contradicted: int = 0
    real: int = 0
    statements: int = 0
    months_right: int = 0
    crashes: int = 0
    misses: list[str] = field(default_factory=list)

    def ratios(self) -> dict[str, float]:
        return {
            "precision_contradicted": self.real / self.contradicted if self.contradicted else 1.0,
            "figures_right": self.right / self.figures if self.figures else 1.0,
            "months_right": self.months_right / self.statements if self.statements else 1.0,
        }


def _covers(claim: dict, span: tuple[int, int]) -> bool:
    return claim["start"] < span[1] and span[0] < claim["end"]


def _matches(claim: dict, exp: Expected) -> bool:
    if claim["kind"] not in exp.kinds:
        return False
    if exp.mission and claim["kind"] in ("mission_count", "mission_women"):
        if claim["mission"] != exp.mission and not (claim["place"] and claim["place"] == exp.place):
            return False
    return claim["subject"] == exp.subject


def _compatible(claim: dict, result: dict) -> dict:
    """A claim as the checker before issue 13 wrote it (no subject): its country's or the world's."""
    if "subject" not in claim:
        world = claim["kind"].startswith("global")
        claim = {**claim, "subject": "world" if world else (result["country"] or {}).get("iso3"), "place": None}
    return claim


def month_right(record: dict, result: dict, acceptable: set[str] | None) -> bool:
    """Whether the months the checker names (one, or all that tie) are acceptable (see the module's docstring)."""
    named = result.get("reference", {}).get("tied") or ([result["month"]["month"]] if result["month"] else [])
    if stated := reference_month(record):
        return result.get("reference", {}).get("asked") == stated or named == [stated]
    if acceptable is None:
        return result["month"] is None
    return bool(named) and set(named) <= acceptable


def _judge_statement(truth: Truth, record: dict, text: str, figures: list[Expected], tally: Tally) -> None:
    when = truth.published(record)
    try:
        result = verify.check(truth.con, text, record["publication_date"]).to_dict()
    except Exception:  # a crash is what the benchmark counts, whatever it is
        tally.crashes += 1
        tally.misses.append(f"{record['id']}: CRASH {traceback.format_exc(limit=3)}")
        return
    claims = [_compatible(c, result) for c in result["claims"]]
    result.setdefault("reference", {})
    acceptable = truth.acceptable_months(record, figures, when, text)
    named = result["reference"].get("tied") or ([result["month"]["month"]] if result["month"] else [])
    tally.statements += 1
    ok = result["month"] is None if unread_language(text) else month_right(record, result, acceptable)
    tally.months_right += ok
    if not ok:
        tally.misses.append(f"{record['id']}: month {named} not in {sorted(acceptable or [])}")
    month = truth.truth_month(record, acceptable, result, ok)
    for exp in figures:
        tally.figures += 1
        found = [c for c in claims if any(_covers(c, s) for s in exp.spans)]
        hit = [c for c in found if _matches(c, exp)]
        allowed = truth.allowed(exp, month, when)
        if not readable(exp, text):  # a country the text does not name, or a script not read: never a guess
            ok = bool(found) and all(c["subject"] != exp.subject and c["verdict"] == "not checkable" for c in found)
        else:
            ok = any(c["verdict"] in allowed for c in hit)
        if ok:
            tally.right += 1
        else:
            got = [(c["kind"], c["subject"], c["mission"], c["verdict"]) for c in found]
            tally.misses.append(
                f"{record['id']}: {exp.field} {exp.value} expected {sorted(exp.kinds)} "
                f"{exp.subject} {exp.mission or ''} {sorted(allowed)}; got {got}"
            )
    for c in claims:
        if c["verdict"] != "contradicted":
            continue
        tally.contradicted += 1
        exp = next((e for e in figures if any(_covers(c, s) for s in e.spans)), None)
        if exp is not None and truth.really_contradicted(exp, when):
            tally.real += 1
        else:
            tally.misses.append(
                f"{record['id']}: false alarm on {c['text']!r} ({c['kind']}, {c['subject']}): {c['note']}"
            )


def half(record: dict) -> str:
    """'A' or 'B': the half of the corpus a statement falls in, by a hash of its id (stable across runs)."""
    return "AB"[hashlib.sha256(record["id"].encode("utf-8")).digest()[0] % 2]


def halves(records: list[dict]) -> dict[str, list[dict]]:
    """The corpus split in its two halves."""
    return {h: [r for r in records if half(r) == h] for h in "AB"}


def measure(con, records: list[dict], restate: bool) -> Tally:
    """Run the checker over every statement (alone, or restated) and tally what it got right."""
    truth = Truth(con)
    tally = Tally()
    for record in records:
        lang = language(record["quote"])
        figures = expected_figures(record, record["quote"], lang)
        text = record["quote"]
        if restate:
            text, more = restated(record, lang)
            figures += more
        _judge_statement(truth, record, text, figures, tally)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEV)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    from benchmarks.common import measured_store

    with measured_store(args.db) as db, store.connect(db) as con:
        for label, restate in (("alone", False), ("restated", True)):
            for name, part in (("all", records), *((f"half {h}", rs) for h, rs in halves(records).items())):
                tally = measure(con, part, restate)
                r = tally.ratios()
                print(
                    f"{label:9} {name:6} {len(part):3} statements: precision of contradicted "
                    f"{r['precision_contradicted']:.0%} ({tally.real}/{tally.contradicted}), figures checked right "
                    f"{r['figures_right']:.0%} ({tally.right}/{tally.figures}), reference month right "
                    f"{r['months_right']:.0%} ({tally.months_right}/{tally.statements}), crashes {tally.crashes}"
                )
                if args.verbose and name == "all":
                    for miss in tally.misses:
                        print("   ", miss)
    sys.exit(0)


if __name__ == "__main__":
    main()
