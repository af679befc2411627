"""A long fuzzing run: the properties of tests/test_fuzz.py, with fresh seeds, until the time is up.

Every mutated report, dataset file, text or ingest must end in a result or a PeacekeepingError. The targets take
turns in batches of Hypothesis examples, each batch with a new seed; a failure is shrunk, printed with its seed
and Hypothesis' reproduction blob, and the run goes on. Exit status 1 if anything failed.

Usage: python -m benchmarks.fuzz [--minutes 10] [--batch 50] [--targets reports,synthetic,datasets,checker,ingest]
       [--db STORE]   (a store with reports, fatalities and missions for the checker; else one is ingested first)
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from benchmarks.common import DATA, measured_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_fuzz as fz  # noqa: E402
from fixtures.layouts import build_all  # noqa: E402

from peacekeeping import store  # noqa: E402
from peacekeeping.ingest import ingest  # noqa: E402


def targets(work: Path, base: Path, con) -> dict:
    """name -> (strategies, property of the drawn values)."""

    def ingest_once(source, mutations):
        path = fz.INGEST_SOURCES[source]
        folder = Path(tempfile.mkdtemp(dir=work))
        try:
            fz.ingest_property(folder, base, path, fz.applicable(path, mutations))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    synthetic = build_all(work / "synthetic")  # one report per layout, made in code (tests/fixtures/layouts.py)

    return {
        "reports": (
            dict(label=st.sampled_from(fz.PDF_LABELS), mutations=fz.pdf_mutations),
            lambda label, mutations: fz.report_property(
                work, fz.REPORTS / f"UN_country_contributions_{label}.pdf", mutations
            ),
        ),
        "synthetic": (
            dict(key=st.sampled_from(sorted(synthetic)), mutations=fz.pdf_mutations),
            lambda key, mutations: fz.report_property(work, synthetic[key], mutations),
        ),
        "datasets": (
            dict(name=st.sampled_from(sorted(fz.DATA_FILES)), mutations=fz.text_mutations),
            lambda name, mutations: fz.dataset_property(work, fz.DATA_FILES[name], mutations),
        ),
        "checker": (
            dict(text=fz.texts, date=fz.dates, country=fz.country_names),
            lambda text, date, country: fz.check_property(con, text, date, country),
        ),
        "ingest": (
            dict(
                source=st.sampled_from(sorted(fz.INGEST_SOURCES)),
                mutations=st.one_of(fz.pdf_mutations, fz.text_mutations),
            ),
            ingest_once,
        ),
    }


def run_batch(strategies: dict, prop, examples: int, batch_seed: int) -> int:
    """One Hypothesis run of `examples` examples; returns how many calls it made (raises on a failure)."""
    calls = 0

    def body(**drawn):
        nonlocal calls
        calls += 1
        prop(**drawn)

    test = given(**strategies)(body)
    test = settings(
        max_examples=examples, deadline=None, database=None, print_blob=True, suppress_health_check=list(HealthCheck)
    )(test)
    seed(batch_seed)(test)()
    return calls


def describe(exc: BaseException) -> str:
    """Each failure of a batch (Hypothesis groups distinct ones): type, message and the frame it was raised in."""
    if isinstance(exc, BaseExceptionGroup):
        return "\n".join(describe(e) for e in exc.exceptions)
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" [{Path(frame.filename).name}:{frame.lineno}]" if frame else ""
    return f"{type(exc).__name__}: {str(exc)[:300]}{where}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--batch", type=int, default=50, help="examples per Hypothesis run")
    parser.add_argument("--targets", default="reports,synthetic,datasets,checker,ingest")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seed", type=int, default=None, help="seed of the sequence of batch seeds")
    args = parser.parse_args()
    names = args.targets.split(",")
    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, measured_store(args.db) as full:
        work = Path(tmp)
        base = work / "base.duckdb"
        reports = DATA / "contributions" / "monthly-reports"
        ingest(
            [
                reports / "UN_country_contributions_2023_08.pdf",
                reports / "UN_country_contributions_2023_10.pdf",
                fz.DATA_FILES["missions"],
            ],
            base,
        )
        deadline = started + args.minutes * 60
        print(
            f"fuzzing {', '.join(names)} for {args.minutes:g} min (setup took {time.monotonic() - started:.0f} s)",
            flush=True,
        )
        with store.connect(full) as con:
            table = targets(work, base, con)
            runs = {name: 0 for name in names}
            failures: list[tuple[str, int, str]] = []
            turn = 0
            while time.monotonic() < deadline:
                name = names[turn % len(names)]
                turn += 1
                batch_seed = rng.getrandbits(32)
                strategies, prop = table[name]
                try:
                    runs[name] += run_batch(strategies, prop, args.batch, batch_seed)
                except Exception as exc:  # noqa: BLE001 - a finding: report it and go on
                    runs[name] += args.batch
                    text = describe(exc)
                    failures.append((name, batch_seed, text))
                    print(f"FAIL {name} (seed {batch_seed}):\n  " + text.replace("\n", "\n  "), flush=True)
    elapsed = time.monotonic() - started
    print(f"\n{sum(runs.values()):,} examples in {elapsed / 60:.1f} min")
    for name, count in runs.items():
        print(f"  {name:10} {count:8,} examples  {sum(f[0] == name for f in failures)} failing batches")
    print(f"failures: {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
