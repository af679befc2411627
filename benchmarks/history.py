"""Cross-check IPI's research dataset (1990-2014) against itself and against Kathman's mission totals, and time its
ingest; prints the agreement figures and the largest differences with their likely cause.

- world totals per month: the sum of IPI's country files against IPI's own data_monthly.csv, and against the sum of
  Kathman's mission totals (mission-strength-monthly-1990-2019.xlsx, made independently of IPI), 1990-11 .. 2014-03;
- mission totals per month: IPI's data_mission.csv, and the sums of its full_gender_data.csv (2009-11 .. 2014-02),
  against Kathman's;
- timing: a full ingest (the reports and the Data Hub's files) with and without IPI's files, in the same run, and
  IPI's files ingested into the full store.

Target: the history adds no more than 3 s to a full ingest.
Usage: python benchmarks/history.py [--ipi DIR] [--kathman XLSX] [--top N] [--no-timing] [--repeat N]
"""

from __future__ import annotations

import argparse
import collections
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from peacekeeping.errors import PeacekeepingError
from peacekeeping.harmonize import missions as mission_table
from peacekeeping.ingest import ingest
from peacekeeping.sources import ipi, ipi_missions

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
IPI = DATA / "history" / "ipi"
KATHMAN = DATA / "missions" / "mission-strength-monthly-1990-2019.xlsx"
FIRST, LAST = "1990-11", "2014-03"
MISSING = -999  # Kathman's code for a figure it does not have


@dataclass(slots=True)
class Agreement:
    """Pairs of figures compared: how many agree exactly and within 1%, and the differences, largest first."""

    name: str
    pairs: int = 0
    exact: int = 0
    within: int = 0
    differences: list[tuple[tuple, int | None, int | None, str]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.name}: {self.pairs} compared, {self.exact} exactly equal ({self.exact / self.pairs:.1%}), "
            f"{self.within} within 1% ({self.within / self.pairs:.1%})"
        )


def _acronym(printed: str) -> str:
    """Both sides' mission names through the reviewed table (UNAVEM II -> UNAVEM, ONUCI -> UNOCI ...)."""
    try:
        return mission_table.acronym(printed)
    except PeacekeepingError:
        return printed


def ipi_world(folder: Path) -> tuple[dict[str, int], set[str]]:
    """Per month: the sum of every country file's figures; and the months IPI carried forward (every figure
    repeats the month before)."""
    totals: dict[str, int] = collections.Counter()
    figures: dict[str, set] = collections.defaultdict(set)
    for path in sorted((folder / "countries").glob("*.csv")):
        for r in ipi.read_country(path).rows:
            month = f"{r.as_of:%Y-%m}"
            totals[month] += r.total
            figures[month].add((path.name, r.personnel_type, r.total))
    months = sorted(figures)
    carried = {b for a, b in zip(months, months[1:]) if figures[a] == figures[b]}
    return dict(totals), carried


def kathman(path: Path) -> tuple[dict[tuple[str, str], int], dict[str, list[str]]]:
    """(month, mission) -> total; and per month the missions Kathman has no figure for (-999)."""
    totals: dict[tuple[str, str], int] = collections.Counter()
    missing: dict[str, list[str]] = collections.defaultdict(list)
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    columns = {name: i for i, name in enumerate(next(rows))}
    for row in rows:
        month = f"{row[columns['year']]}-{row[columns['month']]:02d}"
        mission, total = _acronym(row[columns["mission"]]), row[columns["total"]]
        if total is None or total == MISSING:
            missing[month].append(mission)
        else:
            totals[(month, mission)] += total
    return dict(totals), dict(missing)


def compare(name: str, ours: dict, theirs: dict, cause) -> Agreement:
    """Every key either side has: equal, within 1% of the second, or a difference with its likely cause."""
    found = Agreement(name)
    for key in sorted(set(ours) | set(theirs)):
        a, b = ours.get(key), theirs.get(key)
        found.pairs += 1
        if a == b:
            found.exact += 1
        if a is not None and b and abs(a - b) <= 0.01 * b:
            found.within += 1
        if a != b:
            found.differences.append((key, a, b, cause(key, a, b)))
    found.differences.sort(key=lambda d: -abs((d[1] or 0) - (d[2] or 0)))
    return found


def _in_span(month: str) -> bool:
    return FIRST <= month <= LAST


def crosscheck(folder: Path = IPI, xlsx: Path = KATHMAN) -> list[Agreement]:
    """The four comparisons of the module's docstring."""
    world, carried = ipi_world(folder)
    own = {f"{d:%Y-%m}": total for d, (_, total) in ipi_missions.read_world(folder / "data_monthly.csv").items()}
    k_missions, k_missing = kathman(xlsx)
    k_world: dict[str, int] = collections.Counter()
    for (month, _), total in k_missions.items():
        k_world[month] += total
    i_missions: dict[tuple[str, str], int] = collections.Counter()
    for m in ipi_missions.read_missions(folder / "data_mission.csv"):
        i_missions[(f"{m.as_of:%Y-%m}", _acronym(m.mission))] += m.total
    g_missions: dict[tuple[str, str], int] = collections.Counter()
    for r in ipi.read_gender(folder / "full_gender_data.csv").rows:
        g_missions[(f"{r.as_of:%Y-%m}", _acronym(r.mission))] += r.total

    def world_cause(month: str, a: int | None, b: int | None) -> str:
        why = []
        if month in carried:
            why.append("IPI carried the month before forward")
        if k_missing.get(month):
            why.append(f"Kathman has no figure (-999) for {len(k_missing[month])} missions")
        if not why:
            gaps = sorted(
                ((i_missions.get((mo, m), 0) - t, m) for (mo, m), t in k_missions.items() if mo == month),
                key=lambda x: -abs(x[0]),
            )
            if gaps and gaps[0][0]:
                why.append(f"mostly {gaps[0][1]} ({gaps[0][0]:+,} in IPI's mission totals)")
        return "; ".join(why) or "the same reports read differently"

    def mission_cause(ours: dict, theirs: dict):
        def cause(key: tuple[str, str], a: int | None, b: int | None) -> str:
            month, mission = key
            if month in carried:
                return "IPI carried the month before forward"
            if mission in k_missing.get(month, ()):
                return "Kathman has no figure (-999)"
            if a is not None and b is not None:
                if a < b and ours is g_missions:
                    return "IPI's breakdown by sex lacks contributors (United States of America, 2009-11 .. 2012-12)"
                return "other figures for the same month (a report read, or revised, differently)"
            other, value = (ours, b) if a is None else (theirs, a)
            lacking = theirs if a is None else ours  # another acronym of about the same strength, which it lacks
            twins = [
                m
                for (mo, m), v in other.items()
                if mo == month and m != mission and abs(v - value) <= 0.02 * value and (month, m) not in lacking
            ]
            if twins:
                return f"filed under another acronym: {', '.join(twins)}"
            return f"only {'Kathman' if a is None else 'IPI'} lists it this month (a first or last month)"

        return cause

    span = {m: t for m, t in world.items() if _in_span(m)}
    gender_months = {m for m, _ in g_missions}
    return [
        compare(
            "world, IPI's country files vs IPI's data_monthly.csv",
            span,
            {m: t for m, t in own.items() if _in_span(m)},
            lambda m, a, b: "IPI's own totals count otherwise",
        ),
        compare(
            "world, IPI's country files vs Kathman's missions summed",
            span,
            {m: t for m, t in k_world.items() if _in_span(m)},
            world_cause,
        ),
        compare(
            "missions, IPI's data_mission.csv vs Kathman",
            {k: v for k, v in i_missions.items() if _in_span(k[0])},
            {k: v for k, v in k_missions.items() if _in_span(k[0])},
            mission_cause(i_missions, k_missions),
        ),
        compare(
            "missions, IPI's full_gender_data.csv summed vs Kathman (2009-11 .. 2014-02)",
            dict(g_missions),
            {k: v for k, v in k_missions.items() if k[0] in gender_months},
            mission_cause(g_missions, k_missions),
        ),
    ]


def timing(folder: Path, repeat: int = 3) -> dict[str, float]:
    """Median seconds of a full ingest (reports, fatalities, Data Hub files, mission list) without and with IPI's
    files, and of ingesting IPI's files into the full store (wall clock, and this process's CPU time)."""
    sources = [DATA / "contributions" / "monthly-reports", DATA / "fatalities", DATA / "datahub", DATA / "missions"]
    runs: dict[str, list[float]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.duckdb"
        for _ in range(repeat):
            for name, extra in (("without", []), ("with", [folder])):
                target = Path(tmp) / f"{name}.duckdb"
                target.unlink(missing_ok=True)
                start = time.perf_counter()
                ingest(sources + extra, target, workers=2)
                runs[name].append(time.perf_counter() - start)
            shutil.copyfile(Path(tmp) / "without.duckdb", full)
            start, cpu = time.perf_counter(), time.process_time()
            ingest([folder], full)
            runs["added"].append(time.perf_counter() - start)
            runs["added cpu"].append(time.process_time() - cpu)
    return {name: statistics.median(values) for name, values in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ipi", type=Path, default=IPI)
    parser.add_argument("--kathman", type=Path, default=KATHMAN)
    parser.add_argument("--top", type=int, default=8, help="differences listed per comparison")
    parser.add_argument("--no-timing", action="store_true", help="leave out the timed ingests")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each ingest")
    args = parser.parse_args()
    for found in crosscheck(args.ipi, args.kathman):
        print(found.line())
        for key, a, b, why in found.differences[: args.top]:
            label = key if isinstance(key, str) else " ".join(key)
            print(
                f"    {label}: {'-' if a is None else f'{a:,}'} vs {'-' if b is None else f'{b:,}'}"
                f"{f' ({why})' if why else ''}"
            )
    if not args.no_timing:
        t = timing(args.ipi, args.repeat)
        print(
            f"full ingest (median of {args.repeat}): {t['without']:.1f} s without IPI's files, {t['with']:.1f} s "
            f"with them (+{t['with'] - t['without']:.1f} s, ratio {t['with'] / t['without']:.2f}); IPI's files "
            f"ingested into the full store: {t['added']:.1f} s ({t['added cpu']:.1f} s CPU); target: +3 s at most"
        )


if __name__ == "__main__":
    main()
