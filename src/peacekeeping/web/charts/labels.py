"""Map labels that do not collide: each placed beside its bubble where it overlaps no other label or bubble.

Vega-Lite cannot move labels apart (Vega's label transform is not reachable from it), so positions are chosen here,
on the Equal Earth projection the maps use, at the scale a map of MAP_HEIGHT px gets (its height bounds the fit).
"""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

A1, A2, A3, A4, M = 1.340264, -0.081106, 0.000893, 0.003796, sqrt(3) / 2
MAP_HEIGHT = 280
SCALE = MAP_HEIGHT / 2.3377  # px per projected unit: the world without Antarctica (56°S to 84°N) fills the height
CHAR, LINE = 6.2, 12  # a 10 px label's width per character and its height, in px


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equal Earth (Šavrič, Patterson, Jenny 2018), in px at SCALE, y downwards as on screen."""
    lam, phi = radians(longitude), radians(latitude)
    theta = asin(M * sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x * SCALE, -y * SCALE


def _box(x: float, y: float, width: float, align: str) -> tuple[float, float, float, float]:
    left = x if align == "left" else x - width if align == "right" else x - width / 2
    return left, y - LINE / 2, left + width, y + LINE / 2


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _candidates(r: float):
    """(dx, dy, align) around a bubble of radius r, nearest first: above, right, left, below, then further out."""
    for step in range(4):
        gap = 3 + step * LINE
        yield 0, -(r + gap + LINE / 2), "center"
        yield r + gap, 0, "left"
        yield -(r + gap), 0, "right"
        yield 0, r + gap + LINE / 2, "center"
        yield r + gap * 0.7, -(r + gap * 0.7 + LINE / 2), "left"
        yield -(r + gap * 0.7), -(r + gap * 0.7 + LINE / 2), "right"
        yield r + gap * 0.7, r + gap * 0.7 + LINE / 2, "left"
        yield -(r + gap * 0.7), r + gap * 0.7 + LINE / 2, "right"


def place(values: list[dict], largest: int, area: float, key: str = "mission") -> list[dict]:
    """The values (with longitude, latitude, total) with dx, dy and align for their labels: the largest placed
    first, each at the first spot clear of the labels placed and of every bubble (a bubble of `area` px² for
    the largest, its bounding square as Vega sizes symbols)."""
    at = {id(v): project(v["longitude"], v["latitude"]) for v in values}
    radius = {id(v): sqrt(area * v["total"] / max(largest, 1)) / 2 for v in values}  # Vega: size = side²
    taken = [(x - r, y - r, x + r, y + r) for v in values for (x, y), r in [(at[id(v)], radius[id(v)])]]
    placed = {}
    for v in sorted(values, key=lambda v: (-v["total"], v[key])):
        (x, y), r, width = at[id(v)], radius[id(v)], len(str(v[key])) * CHAR
        first = None
        for dx, dy, align in _candidates(r):
            box = _box(x + dx, y + dy, width, align)
            first = first or (dx, dy, align, box)
            if not any(_overlap(box, t) for t in taken):
                break
        else:
            dx, dy, align, box = first
        taken.append(box)
        placed[id(v)] = {"dx": round(dx, 1), "dy": round(dy, 1), "align": align}
    return [{**v, **placed[id(v)]} for v in values]
