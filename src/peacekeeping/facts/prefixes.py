"""Record prefixes: for each country's series (its total or its women's share, overall or of one personnel type), the
highest stated value before each report month and the first month it was compared over (what a news record rests on).

The writer derives them at every write (ingest/derive.py: table `record_prefixes`, with meta 'record_prefixes' naming
the generation they were derived for), so a server reads one month's rows instead of computing every series and the
panels of every noted month for each new store generation (issue 27.2). A store without them for its generation (one
written by an older peacekeeping) is answered the same by computing them here, once per store.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from functools import cache as once
from itertools import chain
from operator import itemgetter

import duckdb

from ..dates import shift_month
from ..harmonize import personnel
from . import cache, history

Key = tuple[str, str | None, bool]  # (iso3, personnel type or None for all, women's share)
Prefix = tuple[float | None, int, str | None]  # (highest value before the month or None, months compared, first)
NONE: Prefix = (None, 0, None)  # a month nothing observed, or a series absent: no record can be told


@once
def merged(as_of: dt.date) -> bool:
    """Whether a month's report counts some personnel type inside another (staff officers before May 2017)."""
    return bool(personnel.not_reported(as_of))


class _Run:
    """One series' (highest value so far or None, months compared, first month compared) per month, in three flat
    arrays: ~20 bytes a month instead of a tuple's ~110 (every country, type and share over 400 months: 40 MB)."""

    __slots__ = ("best", "seen", "start", "starts")

    def __init__(self, rows: list[Prefix]):
        self.starts = list(dict.fromkeys(r[2] for r in rows))  # the few distinct first months
        at = {s: i for i, s in enumerate(self.starts)}
        self.best = array("d", (math.nan if r[0] is None else r[0] for r in rows))
        self.seen = array("i", (r[1] for r in rows))
        self.start = array("i", (at[r[2]] for r in rows))

    def __getitem__(self, i: int) -> Prefix:
        best = self.best[i]
        return (None if math.isnan(best) else best, self.seen[i], self.starts[self.start[i]])


def computed(con: duckdb.DuckDBPyConnection) -> tuple[dict[dt.date, int], list, dict[Key, _Run]]:
    """Every series' prefixes computed from the judged series (history.country_series), once per store: (the index
    of each covered month, the covered months, series -> its prefix per month).

    Only an unbroken run of observed months counts: a missing month or one IPI carried forward starts the run again
    ("its most since" may not reach across a month nothing covers). A month whose figure is withheld makes the
    maximum unknown (None) for the rest of its run; months where a type is not reported separately, or (for shares)
    with no split by sex, are left out.
    """

    def load() -> tuple[dict[dt.date, int], list, dict[Key, _Run]]:
        months, series, splits = history.country_series(con)
        breaks = [
            not m.observed or (i > 0 and shift_month(months[i - 1].month, 1) != m.month) for i, m in enumerate(months)
        ]
        out = {}
        for (iso3, ptype), values in series.items():
            for share in (False, True):
                best, seen, start, rows = 0.0, 0, None, []
                for m, broken, (t, w) in zip(months, breaks, values):
                    if broken:
                        best, seen, start = 0.0, 0, None
                    rows.append((best, seen, start) if m.observed else NONE)
                    if not m.observed or (ptype is not None and merged(m.as_of)) or (share and m.as_of not in splits):
                        continue
                    seen += 1
                    start = start or m.month
                    if best is None:
                        continue
                    if t is None or (share and w is None):
                        best = None
                    elif not share or t:
                        best = max(best, w / t if share else t)
                out[(iso3, ptype, share)] = _Run(rows)
        return {m.as_of: i for i, m in enumerate(months)}, months, out

    return cache.memo(con, "record prefixes", load)


def columns(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """The columns of table `record_prefixes` (for the writer): as_of, iso3, personnel_type, share, best, seen,
    since of every series in every observed month, month by month (a month's rows together: they are read a month
    at a time). Months nothing observed have none (their prefix is NONE). Built a column at a time, series by series
    and then turned (half a million rows: no tuple per row)."""
    _, months, prefixes = computed(con)
    observed = [i for i, m in enumerate(months) if m.observed]
    keys, runs = list(prefixes), list(prefixes.values())
    if not observed or not keys:
        return {name: [] for name in ("as_of", "iso3", "personnel_type", "share", "best", "seen", "since")}
    pick = itemgetter(*observed) if len(observed) > 1 else lambda values: (values[observed[0]],)

    def by_month(per_series: list[tuple]) -> list:
        return list(chain.from_iterable(zip(*per_series)))

    return {
        "as_of": [months[i].as_of for i in observed for _ in keys],
        "iso3": [k[0] for k in keys] * len(observed),
        "personnel_type": [k[1] for k in keys] * len(observed),
        "share": [k[2] for k in keys] * len(observed),
        "best": [None if math.isnan(b) else b for b in by_month([pick(r.best) for r in runs])],
        "seen": by_month([pick(r.seen) for r in runs]),
        "since": by_month([tuple(map(r.starts.__getitem__, pick(r.start))) for r in runs]),
    }


def stored(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store holds the prefixes derived for its own generation (not a table left by another version)."""

    def load() -> bool:
        row = con.execute("SELECT value FROM meta WHERE key = 'record_prefixes'").fetchone()
        return row is not None and row[0] == cache.generation(con)

    return cache.memo(con, "record prefixes stored", load)


def at(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> dict[Key, Prefix]:
    """Every series' prefix in the report month dated `as_of`: series -> (highest value before it or None, months
    compared, first month compared); a series absent from it has NONE. Read from the store's derived table when it
    has it, else computed (once per store) and sliced; made once per store and month."""
    return cache.memo(con, ("record prefixes", as_of), lambda: (read if stored(con) else sliced)(con, as_of))


def read(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> dict[Key, Prefix]:
    """`at` read from the store's table (which must hold this generation's)."""
    return {
        (iso3, ptype, share): (best, seen, since)
        for iso3, ptype, share, best, seen, since in con.execute(
            "SELECT iso3, personnel_type, share, best, seen, since FROM record_prefixes WHERE as_of = ?", [as_of]
        ).fetchall()
    }


def sliced(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> dict[Key, Prefix]:
    """`at` taken from the prefixes computed from the series."""
    index, _, prefixes = computed(con)
    i = index.get(as_of)
    if i is None:
        return {}
    return {key: run[i] for key, run in prefixes.items() if run[i] != NONE}
