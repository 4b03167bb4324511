"""The application icon: rendered files match the SVG, and the .ico / .icns hold every size."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from installer import make_icons
from unccd_desktop.ui.icon import SIZES, app_icon

ICONS = make_icons.ICONS_DIR


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_has_its_size_and_a_rounded_transparent_corner(qapp, size: int) -> None:
    image = QImage(str(make_icons.png_path(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded tile
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    assert len(pa) == len(pb)
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


@pytest.mark.parametrize("size", [16, 64, 256])
def test_committed_pngs_are_rendered_from_the_current_svg(qapp, tmp_path: Path, size: int):
    """Fails when the SVG was edited without running installer/make_icons.py."""
    fresh = tmp_path / f"{size}.png"
    make_icons.render_png(ICONS / "unccd-desktop.svg", size, fresh)
    committed = QImage(str(make_icons.png_path(size)))
    # Antialiasing may differ by a level or two between Qt versions; a changed shape does not.
    assert _mean_difference(QImage(str(fresh)), committed) < 2.0


def test_ico_holds_each_windows_size() -> None:
    data = (ICONS / "unccd-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * i)
        sizes.add((width or 256, height or 256))  # 0 means 256 in an ICO directory
    assert sizes == {(s, s) for s in make_icons.ICO_SIZES}


def test_icns_holds_the_retina_sizes() -> None:
    data = (ICONS / "unccd-desktop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        kinds.add(kind)
        offset += length
    # 128, 256, 512 and 1024 px (512 at 2x), each a PNG.
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_app_icon_offers_every_rendered_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
    assert SIZES == make_icons.PNG_SIZES
