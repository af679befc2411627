"""Checking a text on a warm store, against extracting its claims alone (no store), in one run.

Three texts: the seed release (target <= 50 ms per check), a 2,000-word text of release drafts for several
countries and languages, written from the store for the seed's date (target <= 300 ms per check), and a 1 MB text of
the same drafts repeated (issue 23: <= 5 s, and time per KB within 1.5x of the 2,000-word text's: linear time).
Usage: python -m benchmarks.check [--db STORE]  (without --db the archive, fatalities and missions are ingested first)
"""

from __future__ import annotations

import datetime as dt

from benchmarks.common import DATA, measured_store, median_seconds, timing_arguments
from peacekeeping import store
from peacekeeping.check import extract, verify
from peacekeeping.release import draft, render

SEED = DATA.parent / "examples" / "release-peru-2022-10-12.txt"
DATE = dt.date(2022, 10, 12)
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


if __name__ == "__main__":
    main()
