"""Record prefixes: for each country's series (its total or its women's share, overall or of one personnel type), the
highest stated value before each report month and the first month it was compared over (what a news record rests on).

The writer derives them at every write (ingest/derive.py: table `record_prefixes`, with meta 'record_prefixes' naming
the generation they were derived for), so a server reads one month's rows instead of computing every series and the
panels of every noted month for each new store generation (issue 27.2). A store without them for its generation (one
written by an older peacekeeping) is answered the same by computing them here, once per store (`computed`). The
writer's are those of QUERY: the same rule as window aggregates in DuckDB, a third of the CPU of `computed` and of
turning half a million rows into a table; tests/facts/test_prefixes.py holds the two equal month by month.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from functools import cache as once

import duckdb

from ..dates import shift_month
from ..harmonize import personnel
from . import cache, history
from .months import calendar
from .rankings import unreliable_split

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


# The prefixes of `computed` in one query, for the writer: the same runs, counted months and maximum, as window
# aggregates over every series and covered month (the values of the months with unreliable notes, judged in Python,
# and each month's facts are its parameters).
QUERY = """
WITH m AS (
    SELECT unnest($idx::INTEGER[]) AS idx, unnest($as_of::DATE[]) AS as_of, unnest($month::VARCHAR[]) AS month,
           unnest($observed::BOOLEAN[]) AS observed, unnest($broken::BOOLEAN[]) AS broken,
           unnest($merged::BOOLEAN[]) AS merged, unnest($split::BOOLEAN[]) AS split, unnest($noted::BOOLEAN[]) AS noted
), runs AS (
    SELECT *, sum(broken::INTEGER) OVER (ORDER BY idx) AS run FROM m
), typed AS (
    SELECT as_of, iso3, personnel_type AS ptype, sum(total) AS t,
           CASE WHEN count(female) = count(*) THEN sum(female) END AS women
    FROM cells WHERE total > 0 GROUP BY ALL
), v AS (
    SELECT y.as_of, iso3, ptype, t, CASE WHEN m.split THEN women END AS w
    FROM typed y JOIN m USING (as_of) WHERE NOT m.noted
    UNION ALL
    SELECT y.as_of, iso3, NULL, sum(t), CASE WHEN m.split AND count(women) = count(*) THEN sum(women) END
    FROM typed y JOIN m USING (as_of) WHERE NOT m.noted GROUP BY y.as_of, iso3, m.split
    UNION ALL
    SELECT unnest($j_as_of::DATE[]), unnest($j_iso3::VARCHAR[]), unnest($j_ptype::VARCHAR[]), unnest($j_t::BIGINT[]),
           unnest($j_w::BIGINT[])
), grid AS (
    SELECT k.iso3, k.ptype, s.share, r.idx, r.as_of, r.month, r.observed, r.run,
           r.observed AND NOT (k.ptype IS NOT NULL AND r.merged) AND NOT (s.share AND NOT r.split) AS counted,
           CASE WHEN v.iso3 IS NULL THEN 0 ELSE v.t END AS t, CASE WHEN v.iso3 IS NULL THEN 0 ELSE v.w END AS w
    FROM (SELECT DISTINCT iso3, ptype FROM v) k CROSS JOIN (VALUES (false), (true)) s(share) CROSS JOIN runs r
    LEFT JOIN v ON v.as_of = r.as_of AND v.iso3 = k.iso3 AND v.ptype IS NOT DISTINCT FROM k.ptype
), judged AS (
    SELECT *, counted AND (t IS NULL OR (share AND w IS NULL)) AS poison,
           CASE WHEN counted AND t IS NOT NULL AND NOT (share AND w IS NULL) AND (NOT share OR t <> 0)
                THEN CASE WHEN share THEN w::DOUBLE / t::DOUBLE ELSE t::DOUBLE END END AS value
    FROM grid
), before AS (
    SELECT *,
           bool_or(poison) OVER w AS poisoned, max(value) OVER w AS highest,
           count(CASE WHEN counted THEN 1 END) OVER w AS counted_before,
           min(CASE WHEN counted THEN month END) OVER w AS first_counted
    FROM judged
    WINDOW w AS (PARTITION BY iso3, ptype, share, run ORDER BY idx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
)
SELECT as_of, iso3, ptype, share,
       CASE WHEN coalesce(poisoned, false) THEN NULL ELSE greatest(0.0, coalesce(highest, 0.0)) END,
       counted_before, first_counted
FROM before WHERE observed ORDER BY idx
"""


def parameters(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """The parameters of QUERY, the SELECT of every row of table `record_prefixes` (as_of, iso3, personnel_type,
    share, best, seen, since, month by month): what `computed` gives, in a query for the writer (a second of Python
    less for each write; tests/facts/test_prefixes.py holds them equal)."""
    months = calendar(con).covered()
    noted = {d for (d,) in con.execute("SELECT DISTINCT as_of FROM notes WHERE status = 'unreliable'").fetchall()}
    bad = unreliable_split(con)
    judged: list[tuple] = []
    for month in months:
        if month.as_of in noted:
            p = history.figures(con, month.as_of)
            judged += [(month.as_of, iso3, None, total, p.women.get(iso3)) for iso3, total in p.total.items()]
            judged += [(month.as_of, iso3, ptype, t, w) for (iso3, ptype), (t, w) in p.by_type.items()]
    columns = list(zip(*judged)) or [[]] * 5
    return {
        "idx": list(range(len(months))),
        "as_of": [m.as_of for m in months],
        "month": [m.month for m in months],
        "observed": [m.observed for m in months],
        "broken": [
            not m.observed or (i > 0 and shift_month(months[i - 1].month, 1) != m.month) for i, m in enumerate(months)
        ],
        "merged": [merged(m.as_of) for m in months],
        "split": [bool(m.has_sexes) and m.as_of not in bad for m in months],
        "noted": [m.as_of in noted for m in months],
        **{f"j_{name}": list(values) for name, values in zip(("as_of", "iso3", "ptype", "t", "w"), columns)},
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
    """`at` read from the store's table (which must hold this generation's). Its series and first months are the
    same objects from month to month (one per store generation): each month's new ones were half of its size."""
    shared: dict = cache.memo(con, "shared values", dict)  # each series' key and each month, once (cache.shared)
    return {
        shared.setdefault(key := (iso3, ptype, share), key): (best, seen, shared.setdefault(since, since))
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
