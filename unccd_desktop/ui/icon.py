"""The application icon, from the PNGs that installer/make_icons.py renders."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..paths import resource

ICON_NAME = "unccd-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The window and taskbar icon at every rendered size (call after QApplication exists)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"{ICON_NAME}-{size}.png")))
    return icon
