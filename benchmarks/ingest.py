"""Ingest the whole archive and, in the same run, extract its plain text with pypdfium2; print the ratios.

Targets: ingest / extract <= 1.5 in one process, <= 0.8 with two worker processes.
Usage: python -m benchmarks.ingest [REPORTS_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from peacekeeping.ingest import ingest

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "contributions" / "monthly-reports"


def extract_text(files: list[Path]) -> int:
    """The baseline: plain text of every page of every file."""
    chars = 0
    for path in files:
        pdf = pdfium.PdfDocument(path)
        for page in pdf:
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
    return chars


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.reports.glob("*.pdf"))
    if not files:
        sys.exit(f"no reports in {args.reports}")

    def run_ingest(workers: int) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            ingest(files, Path(tmp) / "bench.duckdb", workers=workers)

    results: dict[str, list[float]] = {"extract": [], "ingest-1": [], "ingest-2": []}
    for _ in range(args.repeat):
        results["extract"].append(timed(lambda: extract_text(files)))
        results["ingest-1"].append(timed(lambda: run_ingest(1)))
        results["ingest-2"].append(timed(lambda: run_ingest(2)))
    base = statistics.median(results["extract"])
    print(f"{len(files)} reports, median of {args.repeat} runs")
    print(f"{'pypdfium2 plain text (baseline)':36} {base:6.2f} s  ratio 1.00")
    for key, label, target in (("ingest-1", "ingest, one process", 1.5), ("ingest-2", "ingest, two workers", 0.8)):
        t = statistics.median(results[key])
        print(f"{label:36} {t:6.2f} s  ratio {t / base:.2f}  (target <= {target})")


if __name__ == "__main__":
    main()
