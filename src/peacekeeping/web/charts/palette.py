"""Colours that mean the same thing on every page: one style per mission (colour and dash), colour-blind safe.

The colours are Paul Tol's "muted" scheme (https://personal.sron.nl/~pault/#sec:qualitative), reviewed to stay
distinct under the common colour-vision deficiencies, without its two pale colours (cyan, sand: under 2:1 against
white, too faint for a line), and with its teal (#44AA99, 2.8:1) darkened to #34A088 so that every line reaches 3:1
against the white of a chart (WCAG 2.1 AA for graphics) while staying apart from the rose under protanopia and
deuteranopia (tests/web/test_charts.py computes both). Seven colours cannot tell 31 missions apart, and missions are
charted together too often for any fixed choice of seven to avoid repeats (almost every pair of missions shares some
contributor's seven largest), so a mission's style is a colour and a dash pattern, and no two missions share a style.
STYLES was made from the 2015-2025 reports: missions taken largest first, each given the colour least often beside it
in a contributor's chart, then the next dash of that colour; the seven largest are solid lines of seven colours. A
chart shows at most TOP missions, the others summed as one grey dotted line.
"""

from __future__ import annotations

from zlib import crc32

MUTED = ["#332288", "#CC6677", "#117733", "#882255", "#34A088", "#999933", "#AA4499"]
DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [4, 2, 1, 2]]
OTHER = ("#6b6b6b", [1, 3])
# fmt: off
STYLES = {  # mission: (colour, dash), as indexes of MUTED and DASHES
    "MONUSCO": (0, 0), "UNMISS": (1, 0), "MINUSCA": (2, 0), "MINUSMA": (3, 0), "UNIFIL": (4, 0), "UNAMID": (5, 0),
    "UNISFA": (6, 0), "MINUSTAH": (6, 1), "UNOCI": (4, 1), "UNDOF": (5, 1), "UNMIL": (2, 1), "UNFICYP": (5, 2),
    "UNSOM": (4, 2), "UNAMI": (0, 1), "MINURSO": (3, 1), "UNSMIL": (0, 2), "UNTSO": (6, 2), "UNVMC": (0, 3),
    "MINUJUSTH": (5, 3), "UNTMIS": (3, 2), "UNMOGIP": (0, 4), "UNMC": (1, 1), "UNSOS": (5, 4), "UNMIK": (1, 2),
    "BINUH": (1, 3), "UNMHA": (0, 5), "UNITAMS": (2, 2), "UNAMA": (6, 3), "UNOWAS": (1, 4), "UNIOGBIS": (4, 3),
    "BINUB": (2, 3)}
# fmt: on
TOP = 7


def style(acronym: str) -> tuple[str, list[int]]:
    """(colour, dash) of a mission, the same on every page; a mission not in STYLES gets one of the styles left
    unused, from its name."""
    if acronym in STYLES:
        colour, dash = STYLES[acronym]
    else:
        free = sorted({(c, d) for c in range(len(MUTED)) for d in range(len(DASHES))} - set(STYLES.values()))
        colour, dash = free[crc32(acronym.encode()) % len(free)]
    return MUTED[colour], DASHES[dash]
