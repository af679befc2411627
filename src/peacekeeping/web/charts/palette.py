"""Colours that mean the same thing on every page: one style per mission (colour and dash), colour-blind safe.

The colours are Paul Tol's "muted" scheme (https://personal.sron.nl/~pault/#sec:qualitative), reviewed to stay
distinct under the common colour-vision deficiencies, without its two pale colours (cyan, sand: under 2:1 against
white, too faint for a line). Seven colours do not make 31 missions: a mission's style is a colour and a dash
pattern, given by its place in MISSIONS (the missions of the reports since 2015, largest first by
personnel-months), so the seven largest are solid lines of seven different colours and no two missions share a
style. A chart shows at most TOP missions, the others summed as one grey line.
"""

from __future__ import annotations

from zlib import crc32

MUTED = ["#332288", "#CC6677", "#117733", "#882255", "#44AA99", "#999933", "#AA4499"]
DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4]]
OTHER = ("#6b6b6b", [1, 3])
MISSIONS = ["MONUSCO", "UNMISS", "MINUSCA", "MINUSMA", "UNIFIL", "UNAMID", "UNISFA", "MINUSTAH", "UNOCI", "UNDOF",
            "UNMIL", "UNFICYP", "UNSOM", "UNAMI", "MINURSO", "UNSMIL", "UNTSO", "UNVMC", "MINUJUSTH", "UNTMIS",
            "UNMOGIP", "UNMC", "UNSOS", "UNMIK", "BINUH", "UNMHA", "UNITAMS", "UNAMA", "UNOWAS", "UNIOGBIS", "BINUB"]
TOP = 7


def style(acronym: str) -> tuple[str, list[int]]:
    """(colour, dash) of a mission, the same on every page; a mission not in MISSIONS gets one from its name."""
    try:
        i = MISSIONS.index(acronym)
    except ValueError:
        i = len(MISSIONS) + crc32(acronym.encode()) % (len(MUTED) * len(DASHES) - len(MISSIONS))
    return MUTED[i % len(MUTED)], DASHES[i // len(MUTED) % len(DASHES)]
