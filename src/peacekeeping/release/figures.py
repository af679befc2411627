"""The figures a release draft states, each with its source, and the draft that holds them."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

MARK = re.compile(r"\u27e6(\d+)\u27e7")  # ⟦n⟧: figure n stands here in the template output


@dataclass(slots=True)
class Figure:
    """One figure stated in the draft and where it comes from."""

    n: int
    key: str
    value: int | str
    text: str  # as written in the draft: "five", "48th", "1,189"
    fact: str
    as_of: str | None
    source: str
    pages: list[int] = field(default_factory=list)
    caveat: str | None = None  # for a figure printed in error and stated anyway: why the editor must check it
    said: str = ""  # `fact` in the draft's language (its sources section); `fact` itself stays English


@dataclass(slots=True)
class Draft:
    """A release draft in one language: marked-up text (blocks) and the figures it states."""

    lang: str
    country: dict
    date: str
    month: dict
    blocks: list[str]  # "# title", "## heading", or a paragraph; figures marked ⟦n⟧
    figures: list[Figure]
    placeholders: list[str]  # what the press office still has to write (no brief given)
    brief: str
    caveats: list[dict] = field(default_factory=list)  # what the editor must know about the figures stated

    def text(self, block: str) -> str:
        """A block with its figures written out."""
        return MARK.sub(lambda m: self.figures[int(m[1]) - 1].text, block)

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "country": self.country,
            "date": self.date,
            "month": self.month,
            "brief": self.brief,
            "text": [self.text(b) for b in self.blocks],
            "placeholders": self.placeholders,
            "figures": [asdict(f) for f in self.figures],
            "caveats": self.caveats,
        }


class Figures:
    """Collects figures as the context is built and hands out their marks."""

    def __init__(self) -> None:
        self.items: list[Figure] = []

    def __call__(
        self,
        key: str,
        value: int | str,
        text: str,
        fact: str,
        as_of: str | None,
        source: str,
        pages: list[int] | None = None,
        caveat: str | None = None,
    ) -> str:
        self.items.append(Figure(len(self.items) + 1, key, value, text, fact, as_of, source, list(pages or []), caveat))
        return f"\u27e6{len(self.items)}\u27e7"
