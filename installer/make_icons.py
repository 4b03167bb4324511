"""Render the application icon from resources/icons/unccd-desktop.svg.

Writes PNGs at every size the three systems ask for, a Windows .ico and a macOS .icns, all
beside the SVG. Qt's SVG renderer draws the PNGs (the same one the app uses); Pillow packs
the .ico and .icns (`pip install -r installer/requirements.txt`).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "unccd-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16-48 in Explorer and the taskbar, 256 in large views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The sizes the .icns format has slots for (PNG-compressed entries), 1024 being 512@2x.
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


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
    """A multi-resolution .ico holding each size as drawn, not scaled down from the largest."""
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])


def pack_icns(pngs: dict[int, Path], out: Path) -> None:
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES]
    images[-1].save(out, format="ICNS", append_images=images[:-1])


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
