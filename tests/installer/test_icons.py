"""The application icon: rendered files match the SVG, and the .ico / .icns hold every size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

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


def _decoded_sizes(path: Path) -> list[int]:
    """The width of every image in a multi-image file, as Qt's own ico/icns readers see it."""
    reader = QImageReader(str(path))
    assert reader.canRead(), reader.errorString()
    widths = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull() and image.width() == image.height()
        widths.append(image.width())
    return widths


def test_ico_holds_each_windows_size(qapp) -> None:
    assert _decoded_sizes(ICONS / "unccd-desktop.ico") == list(make_icons.ICO_SIZES)


def test_icns_holds_a_png_of_the_right_size_in_each_slot(qapp) -> None:
    """Qt's icns reader decodes every element; each holds the size its type stands for."""
    data = (ICONS / "unccd-desktop.icns").read_bytes()
    kinds = [kind for kind, _size in make_icons.ICNS_TYPES]
    assert [data.find(kind) for kind in kinds] == sorted(data.find(kind) for kind in kinds)
    expected = [size for _kind, size in make_icons.ICNS_TYPES]
    assert _decoded_sizes(ICONS / "unccd-desktop.icns") == expected
    assert 1024 in expected  # the 512 pt @2x slot macOS uses on Retina displays


def test_app_icon_offers_every_rendered_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
    assert SIZES == make_icons.PNG_SIZES
