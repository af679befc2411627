"""Lists as the API serves them: a page of rows with Link headers, or the same rows as CSV."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlencode

from fastapi import Request, Response

from ...facts.caveats import texts_under
from ...facts.models import Caveat, dump
from ..deps import Page


def paged(
    request: Request, response: Response, rows: list, page: Page, caveats: list[Caveat] | None = None, key: str = ""
) -> tuple[list, list[Caveat] | None]:
    """The page of `rows` asked for, with X-Total-Count and Link headers, and the caveats' paths renumbered to it.

    `key` is where the rows stand in the answer ('rows' for '/rows/3/total'; '' for a bare list: '/3/total').
    """
    total = len(rows)
    response.headers["X-Total-Count"] = str(total)
    if page.limit is None and not page.offset:
        return rows, caveats
    limit = page.limit or total
    pages = {"first": 0, "last": max(0, (total - 1) // limit * limit)}
    if page.offset > 0:
        pages["prev"] = max(0, page.offset - limit)
    if page.offset + limit < total:
        pages["next"] = page.offset + limit
    response.headers["Link"] = ", ".join(
        f"<{request.url.path}?{urlencode(dict(request.query_params) | {'limit': limit, 'offset': offset})}>; "
        f'rel="{rel}"'
        for rel, offset in pages.items()
    )
    shown = rows[page.offset : page.offset + limit]
    if caveats is None:
        return shown, None
    return shown, _renumbered(caveats, key, page.offset, len(shown))


def _renumbered(caveats: list[Caveat], key: str, offset: int, count: int) -> list[Caveat]:
    """Caveats whose figure paths point into the page, renumbered from its first row; others dropped."""
    pattern = re.compile(rf"^/{re.escape(key) + '/' if key else ''}(\d+)(/.*)?$")
    out = []
    for c in caveats:
        figures, printed = [], {}
        for path in c.figures:
            m = pattern.match(path)
            if m is None:
                new = path
            elif offset <= int(m[1]) < offset + count:
                new = f"/{key + '/' if key else ''}{int(m[1]) - offset}{m[2] or ''}"
            else:
                continue
            figures.append(new)
            if path in c.printed:
                printed[new] = c.printed[path]
        if figures:
            out.append(c.model_copy(update={"figures": figures, "printed": printed}))
    return out


def _flat(row: dict, prefix: str = "") -> dict:
    """A row's cells: nested objects as dotted columns, lists of values joined with '; '."""
    out: dict = {}
    for name, value in row.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{name}."))
        elif isinstance(value, list):
            out[f"{prefix}{name}"] = "; ".join(str(v) for v in value)
        else:
            out[f"{prefix}{name}"] = value
    return out


def as_csv(rows: list, filename: str, caveats: list[Caveat] | None = None, key: str = "") -> Response:
    """The rows as CSV (UTF-8 with BOM, so spreadsheets read accents), each with the words of its caveats."""
    flat = [_flat(r) for r in dump(rows)]
    if caveats is not None:
        for i, row in enumerate(flat):
            row["caveats"] = texts_under(caveats, f"/{key + '/' if key else ''}{i}/")
    columns = list(dict.fromkeys(name for row in flat for name in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(flat)
    return Response(
        "\ufeff" + out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
