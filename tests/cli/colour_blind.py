#!/usr/bin/env python3
"""Colour-blind check of a diagram's legend (entente render's SVG).

Usage: colour_blind.py [--min-delta-e D] FILE.svg...

Simulates protanopia, deuteranopia and tritanopia with the matrices of
Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
Simulation of Color Vision Deficiency", IEEE TVCG 15(6), severity 1.0,
applied to linear sRGB, and measures CIE76 colour differences in CIELAB
(D65). In the legend group (<g id="legend">):

  - colour swatches (filled samples other than white and the size key's
    grey) must differ pairwise by at least D under normal vision and each
    simulation;
  - tie samples that share a dash pattern must differ in stroke colour by
    at least D under each simulation (a different dash tells them apart
    whatever the colour);
  - the attended and absent marks (same shape, stroke colour) likewise.

Prints the smallest difference found per kind and vision, and exits 1 when
a pair is closer than D (default 10), 2 on bad usage.
"""
import argparse
import itertools
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
MACHADO = {
    "protan": ((0.152286, 1.052583, -0.204868),
               (0.114503, 0.786281, 0.099216),
               (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968),
               (0.280085, 0.672501, 0.047413),
               (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779),
               (-0.078411, 0.930809, 0.147602),
               (0.004733, 0.691367, 0.303900)),
}
NAMED = {"white": "#ffffff", "black": "#000000"}


def to_linear(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def parse(colour):
    colour = NAMED.get(colour.lower(), colour)
    if not colour.startswith("#") or len(colour) != 7:
        return None
    return tuple(to_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))


def simulate(rgb, vision):
    if vision == "normal":
        return rgb
    m = MACHADO[vision]
    return tuple(min(1.0, max(0.0, sum(m[r][k] * rgb[k] for k in range(3)))) for r in range(3))


def lab(rgb):
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a, b, vision):
    la, lb = lab(simulate(a, vision)), lab(simulate(b, vision))
    return sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5


def legend_entries(path):
    root = ET.parse(path).getroot()
    legend = next((g for g in root.iter(NS + "g") if g.get("id") == "legend"), None)
    if legend is None:
        return [], [], []
    swatches, ties, marks = [], [], []
    label = None
    for g in legend:
        texts = [t.text for t in g.iter(NS + "text") if (t.text or "").strip()]
        if texts:
            label = texts[-1]
        if g.get("class") == "edge":
            p = next(g.iter(NS + "path"))
            ties.append((p.get("stroke"), p.get("stroke-dasharray") or "solid"))
            continue
        shapes = [s for s in g if s.tag in (NS + "ellipse", NS + "polygon")]
        if not shapes:
            for a in g.iter(NS + "a"):
                shapes = [s for s in a if s.tag in (NS + "ellipse", NS + "polygon")]
        for s in shapes[:1]:
            fill = (s.get("fill") or "none").lower()
            if fill not in ("none", "white", "#ffffff", "#dddddd", "transparent"):
                swatches.append((label, fill))
            elif label in ("attended", "absent"):
                marks.append((label, s.get("stroke")))
    return swatches, ties, marks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-delta-e", type=float, default=10.0)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    bad = 0
    for path in args.files:
        swatches, ties, marks = legend_entries(path)
        groups = {
            "swatches": [(n, c) for n, c in swatches],
            "marks": [(n, c) for n, c in marks],
        }
        by_dash = {}
        for colour, dash in ties:
            by_dash.setdefault(dash, []).append((dash, colour))
        for dash, items in by_dash.items():
            groups["ties " + dash] = items
        for kind, items in groups.items():
            visions = ("normal", "protan", "deutan", "tritan")
            for vision in visions:
                worst = None
                for (na, ca), (nb, cb) in itertools.combinations(items, 2):
                    a, b = parse(ca), parse(cb)
                    if a is None or b is None:
                        continue
                    d = delta_e(a, b, vision)
                    if worst is None or d < worst[0]:
                        worst = (d, na, ca, nb, cb)
                    if d < args.min_delta_e:
                        print(f"{path}: {kind}: {na} {ca} and {nb} {cb} differ by {d:.1f} under {vision}")
                        bad += 1
                if worst:
                    print(f"{path}: {kind}: {vision}: least difference {worst[0]:.1f} ({worst[2]} / {worst[4]})")
        print(f"{path}: {len(swatches)} swatches, {len(ties)} ties, {len(marks)} marks")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
