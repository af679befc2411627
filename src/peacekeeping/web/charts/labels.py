"""Map labels that do not collide or leave the map: each placed beside its bubble where it overlaps no other label or
bubble, for every width the map may get, from a 360 px phone to a desktop.

Vega-Lite cannot move labels apart (Vega's label transform is not reachable from it), so positions are chosen here,
on the Equal Earth projection the maps use, fitted as Vega fits it: the world without Antarctica (WORLD units wide
and high) scaled to fill the plot's width or its height, whichever binds first, and centred. A map's plot width is
known only in the browser, so a label carries one placement per band of widths (BANDS) and the map's marks pick theirs
by the width (band_expr); on a phone, bubbles shrink with the world (bubble_factor, at most to MIN_FACTOR of their
desktop area) and a label that finds no clear spot is left off (its mission stays in the caption and the data table).
"""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

A1, A2, A3, A4, M = 1.340264, -0.081106, 0.000893, 0.003796, sqrt(3) / 2
WORLD = (5.312, 2.3324)  # the fitted extent in projected units (Fiji to Fiji; 56°S to 84°N), measured in Chromium
CENTRE = 0.1393  # the y of the extent's middle, in projected units (y downwards)
CHAR, LINE = 6.2, 12  # a 10 px label's width per character and its height, in px
# plot widths in px: one placement per band, checked at its ends and middle; the last band is a desktop's
BANDS = [(300, 370), (370, 450), (450, 560), (560, 2000)]
MIN_FACTOR = 0.4


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equal Earth (Šavrič, Patterson, Jenny 2018), in projected units, y downwards as on screen."""
    lam, phi = radians(longitude), radians(latitude)
    theta = asin(M * sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, -y


def scale(width: float, height: float) -> float:
    """px per projected unit of a map `width` x `height` px (Vega's fit of the world)."""
    return min(width / WORLD[0], height / WORLD[1])


def bubble_factor(width: float, height: float) -> float:
    """The share of its desktop area a bubble keeps on a map this wide: with the world, down to MIN_FACTOR."""
    return max(MIN_FACTOR, min(1.0, (scale(width, height) / (height / WORLD[1])) ** 2))


def band_expr() -> str:
    """A Vega expression: the index of the band of the map's width (a signal of the chart), for `datum.at[...]`."""
    expr = str(len(BANDS) - 1)
    for i in reversed(range(len(BANDS) - 1)):
        expr = f"width < {BANDS[i][1]} ? {i} : {expr}"
    return f"({expr})"


def size_expr(height: int, area: float) -> str:
    """A Vega expression: the largest bubble's area in px² at the map's width (bubble_factor, in Vega)."""
    desktop = height / WORLD[1]
    fitted = f"min(width / {WORLD[0]}, {desktop})"
    return f"{area} * max({MIN_FACTOR}, min(1, pow({fitted} / {desktop}, 2)))"


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


def _clear(views: list, key: int, dx: float, dy: float, label: float, align: str, height: int) -> list | None:
    """The label's box at each view's width if it is inside the map and clear of what is taken at every one."""
    boxes = []
    for width, at, _, taken in views:
        x, y = at[key]
        box = _box(x + dx, y + dy, label, align)
        if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height or any(_overlap(box, t) for t in taken):
            return None
        boxes.append(box)
    return boxes


def _place_at(
    values: list[dict], largest: int, area: float, key: str, widths: list[float], height: int, keep: bool
) -> dict:
    """id(value) -> (dx, dy, align, shown): each label at the first spot clear, at every width of `widths`, of the
    labels placed and of every bubble, and inside the map; else at its first spot, shown only if `keep`."""
    views = []
    for width in widths:
        k, factor = scale(width, height), bubble_factor(width, height)
        at = {}
        for v in values:
            x, y = project(v["longitude"], v["latitude"])
            at[id(v)] = (width / 2 + x * k, height / 2 + (y + CENTRE) * k)
        radius = {id(v): sqrt(area * factor * v["total"] / max(largest, 1)) / 2 for v in values}  # size = side²
        taken = [(x - r, y - r, x + r, y + r) for v in values for (x, y), r in [(at[id(v)], radius[id(v)])]]
        views.append((width, at, radius, taken))
    placed = {}
    for v in sorted(values, key=lambda v: (-v["total"], v[key])):
        label = len(str(v[key])) * CHAR
        radius = max(view[2][id(v)] for view in views)
        chosen = None
        for dx, dy, align in _candidates(radius):
            boxes = _clear(views, id(v), dx, dy, label, align, height)
            if boxes:
                chosen = (dx, dy, align, True)
                break
        if chosen is None:
            dx, dy, align = next(_candidates(radius))
            boxes = [_box(at[id(v)][0] + dx, at[id(v)][1] + dy, label, align) for _, at, _, _ in views]
            chosen = (dx, dy, align, keep)
        if chosen[3]:
            for b, view in zip(boxes, views):
                view[3].append(b)
        placed[id(v)] = (round(chosen[0], 1), round(chosen[1], 1), chosen[2], chosen[3])
    return placed


def place(values: list[dict], largest: int, area: float, key: str = "mission", height: int = 280) -> list[dict]:
    """The values (with longitude, latitude, total) with their labels' placements: `at`, one [dx, dy, align, shown]
    per band of BANDS. The largest are placed first; a bubble is `area` px² for the largest on a desktop (its
    bounding square as Vega sizes symbols). On a desktop a label with no clear spot is still shown at its first one;
    narrower, it is left off."""
    bands = [
        _place_at(values, largest, area, key, [lo, (lo + hi) / 2, hi], height, i == len(BANDS) - 1)
        for i, (lo, hi) in enumerate(BANDS)
    ]
    return [{**v, "at": [list(band[id(v)]) for band in bands]} for v in values]
