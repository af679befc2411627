"""Checking a text on a warm store, against extracting its claims alone (no store), in one run.

Three texts: the seed release (target <= 50 ms per check), a 2,000-word text of release drafts for several
countries and languages, written from the store for the seed's date (target <= 300 ms per check), and a 1 MB text of
the same drafts repeated (issue 23: <= 5 s, and time per KB within 1.5x of the 2,000-word text's: linear time).
Then repetitive texts of 25, 50 and 100 KB, one sentence without an end repeated and a list (issue 23: 95 KB of the
first took more than 120 s): their time per KB against the 25 KB text's (target: near 1, at most 1.3x).
Usage: python -m benchmarks.check [--db STORE]  (without --db the archive, fatalities and missions are ingested first)
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from benchmarks.common import DATA, measured_store, median_seconds, timing_arguments
from peacekeeping import store
from peacekeeping.check import extract, verify
from peacekeeping.release import draft, render

SEED = DATA.parent / "examples" / "release-peru-2022-10-12.txt"
DATE = dt.date(2022, 10, 12)
REPEATED = {
    "one sentence without an end": "In June 2022 Peru had 270 troops and Ghana 2,700 police; ",
    "a list": "Peru 270, Ghana 2,700, Nepal 5,000 personnel, ",
}
COUNTRIES = ("Nepal", "Ghana", "Uruguay", "Senegal", "Indonesia", "Fiji", "Morocco", "Italy", "Rwanda", "Egypt")


def long_text(con, words: int = 2000) -> str:
    """Release drafts (without the notes for editors) for several countries, in turn en, es and fr, up to `words`."""
    parts: list[str] = []
    for i, country in enumerate(COUNTRIES):
        lang = ("en", "es", "fr")[i % 3]
        parts.append(render.markdown(draft.build(con, country, DATE, lang)).split("\n---\n")[0])
        if sum(len(p.split()) for p in parts) >= words:
            break
    return " ".join(" ".join(parts).split(" ")[:words])


def main() -> None:
    args = timing_arguments(__doc__, 30)
    seed = SEED.read_text(encoding="utf-8-sig")
    with measured_store(args.db) as db, store.connect(db) as con:
        texts = [("seed release", seed, 50), ("2,000-word text", long_text(con), 300)]
        per_kb = {}
        for label, text, target in texts:
            verify.check(con, text, DATE)  # warm up
            base = median_seconds(lambda t=text: extract.extract(t), args.repeat) * 1000
            full = median_seconds(lambda t=text: verify.check(con, t, DATE), args.repeat) * 1000
            per_kb[label] = full / (len(text.encode("utf-8")) / 1000)
            print(f"{label} ({len(text.split())} words), median of {args.repeat} runs")
            print(f"  {'extract claims only (baseline)':34} {base:7.1f} ms  ratio 1.0")
            print(f"  {'check against the store':34} {full:7.1f} ms  ratio {full / base:.1f}  (target <= {target} ms)")
        words = texts[1][1]
        big = ((words + "\n\n") * (1_000_000 // (len(words) + 2) + 1))[:1_000_000]
        full = median_seconds(lambda: verify.check(con, big, DATE), 3) * 1000
        ratio = full / (len(big.encode("utf-8")) / 1000) / per_kb["2,000-word text"]
        print(f"1 MB text ({len(big.split())} words), median of 3 runs")
        print(
            f"  {'check against the store':34} {full:7.1f} ms  (target <= 5000 ms); per KB {ratio:.2f}x the "
            "2,000-word text's (target <= 1.5x)"
        )
        repeated(con)


def repeated(con) -> None:
    """Texts of one phrase repeated (25, 50, 100 KB): time per KB against the 25 KB text's, in CPU time (the
    process's, all threads), which other work on a shared machine disturbs less than the wall clock."""
    for label, unit in REPEATED.items():
        print(f"{label} repeated ('{unit.strip()}'), median of 3 runs")
        first = None
        for kb in (25, 50, 100):
            text = (unit * (kb * 1000 // len(unit) + 1))[: kb * 1000]
            times = []
            for _ in range(3):
                wall, cpu = time.perf_counter(), time.process_time()
                verify.check(con, text, DATE)
                times.append((time.process_time() - cpu, time.perf_counter() - wall))
            cpu, wall = (statistics.median(t[i] for t in times) for i in (0, 1))
            per_kb = cpu * 1000 / kb
            first = first or per_kb
            print(
                f"  {kb:3} KB {cpu * 1000:8.1f} ms CPU ({wall * 1000:.1f} ms wall)  {per_kb:5.1f} ms per KB, "
                f"{per_kb / first:.2f}x the 25 KB text's (target <= 1.3x)"
            )


if __name__ == "__main__":
    main()
