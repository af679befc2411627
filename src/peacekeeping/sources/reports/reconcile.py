"""Check a parsed report against its own printed totals."""

from __future__ import annotations

from collections import defaultdict

from ...errors import ReportError
from .model import ParsedReport, PrintedTotal, Row

_SCOPE = ("mission", "country", "personnel_type")


def _scope(printed: PrintedTotal) -> tuple[str, ...]:
    return tuple(field for field in _SCOPE if getattr(printed, field) is not None)


def _sums(rows: list[Row], fields: tuple[str, ...]) -> dict[tuple, list[int]]:
    """Total, male and female summed per value of `fields`."""
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        acc = sums[tuple(getattr(row, field) for field in fields)]
        acc[0] += row.total
        acc[1] += row.male or 0
        acc[2] += row.female or 0
    return sums


def _check_row(report: ParsedReport, row: Row) -> None:
    if row.total < 0 or (row.male or 0) < 0 or (row.female or 0) < 0:
        raise ReportError(report.path, f"negative count for {row.country} {row.personnel_type}", page=row.page)
    if row.male is not None and row.female is not None and row.male + row.female != row.total:
        raise ReportError(
            report.path,
            f"male + female != total for {row.country}, {row.mission or 'all missions'}, "
            f"{row.personnel_type}: {row.male} + {row.female} = {row.male + row.female}, printed {row.total}",
            page=row.page,
        )


def reconcile(report: ParsedReport) -> int:
    """Raise ReportError unless every row adds up and every printed total equals its rows' sum.

    Returns how many printed totals were checked: 0 for the plain table exports that print none.
    """
    if not report.rows:
        raise ReportError(report.path, "no contribution rows found")
    for row in report.rows:
        _check_row(report, row)
    by_scope: dict[tuple[str, ...], dict[tuple, list[int]]] = {}
    for printed in report.totals:
        fields = _scope(printed)
        if fields not in by_scope:
            by_scope[fields] = _sums(report.rows, fields)
        summed = by_scope[fields].get(tuple(getattr(printed, field) for field in fields), [0, 0, 0])
        for name, value, got in zip(("total", "male", "female"), (printed.total, printed.male, printed.female), summed):
            if value is not None and value != got:
                raise ReportError(
                    report.path,
                    f"printed {name} {value} but the rows under it sum to {got}",
                    page=printed.page,
                    line=printed.line,
                )
    return len(report.totals)
