"""What the API's and the pages' routes share: the store cursor of a request, the month parameter, pages of lists."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from .http import GENERATION

MAX_CHECK_TEXT = 100_000  # characters a checked text may have
# Bytes of any request body (JSON or form), refused with a 413 before it is parsed: room for MAX_CHECK_TEXT characters
# in any encoding (12 bytes each at most: "\ud83d\ude00" in JSON, "%F0%9F%98%80" in a form).
MAX_BODY = 2 * 1024 * 1024
MAX_LIMIT = 1000

AsOf = Annotated[
    str | None,
    Query(
        description="Report month YYYY-MM or date YYYY-MM-DD; default: the latest report",
        pattern=r"^\d{4}-\d{2}(-\d{2})?$",
        examples=["2022-06"],
    ),
]


def con(request: Request):
    """A cursor on the store for one request (on the generation the HTTP layer chose for a GET), given back to the
    store handle for the next."""
    handle = request.app.state.store
    cursor = handle.cursor(request.scope.get(GENERATION))
    try:
        yield cursor
    finally:
        handle.release(cursor)


Con = Annotated[object, Depends(con)]


class Page:
    """Which slice of a list is asked for: `limit` rows (all by default) from `offset`."""

    def __init__(
        self,
        limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="rows to return")] = None,
        offset: Annotated[int, Query(ge=0, le=10**6, description="rows to skip")] = 0,
    ):
        self.limit, self.offset = limit, offset


Paging = Annotated[Page, Depends()]


def wants_csv(request: Request) -> bool:
    """Whether the client asked for CSV: a `.csv` path or an Accept header naming text/csv."""
    return request.url.path.endswith(".csv") or "text/csv" in request.headers.get("accept", "")
