"""Render the application icon from resources/icons/unccd-desktop.svg.

Writes PNGs at every size the three systems ask for, a Windows .ico and a macOS .icns, all
beside the SVG. Qt's SVG renderer draws the PNGs (the same one the app uses); the .ico and
.icns are containers of those PNGs, written here byte by byte (no imaging library needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "unccd-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16-48 in Explorer and the taskbar, 256 in large views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size (the type list as documented in
# Wikipedia's "Apple Icon Image format"; Pillow's ICNS writer uses the same types). Sizes served by
# two types (a size and the half size at 2x) carry the same PNG twice.
ICNS_TYPES = (
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 at 2x
    (b"ic11", 32),  # 16 at 2x
    (b"ic12", 64),  # 32 at 2x
    (b"ic13", 256),  # 128 at 2x
    (b"ic14", 512),  # 256 at 2x
)
ICNS_SIZES = tuple(sorted({size for _kind, size in ICNS_TYPES}))


def png_path(size: int, icons_dir: Path = ICONS_DIR) -> Path:
    return icons_dir / f"{NAME}-{size}.png"


def render_png(svg: Path, size: int, out: Path) -> None:
    """Draw the SVG into a size x size transparent PNG with Qt."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def pack_ico(pngs: dict[int, Path], out: Path) -> None:
    """A multi-resolution .ico of PNG entries (read by Windows Vista and later).

    ICONDIR (reserved 0, type 1 = icon, count), one 16-byte ICONDIRENTRY per image (width and
    height with 0 meaning 256, colours 0, reserved 0, planes 1, 32 bits per pixel, byte count,
    offset), then the images.
    """
    blobs = [pngs[size].read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for size, blob in zip(ICO_SIZES, blobs, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    out.write_bytes(header + entries + b"".join(blobs))


def pack_icns(pngs: dict[int, Path], out: Path) -> None:
    """A .icns: "icns" and the file length, then (type, element length, PNG) elements."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(blob)) + blob
        for kind, blob in ((kind, pngs[size].read_bytes()) for kind, size in ICNS_TYPES)
    )
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS_DIR, help="folder for the outputs")
    args = parser.parse_args(argv)
    svg = ICONS_DIR / f"{NAME}.svg"
    args.out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}):
        # 1024 only feeds the .icns; it is not kept as a PNG.
        out = png_path(size, args.out) if size in PNG_SIZES else args.out / f".{NAME}-{size}.png"
        render_png(svg, size, out)
        pngs[size] = out
    pack_ico(pngs, args.out / f"{NAME}.ico")
    pack_icns(pngs, args.out / f"{NAME}.icns")
    for size, path in pngs.items():
        if size not in PNG_SIZES:
            path.unlink()
    print(f"Wrote {len(PNG_SIZES)} PNGs, {NAME}.ico and {NAME}.icns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
