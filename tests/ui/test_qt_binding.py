"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to None on most calls that take or return a value
(QComboBox.addItem, QWidget.setToolTip, a model's data() returning None...). On Python 3.11,
where None is not immortal, a few thousand such calls end in "Fatal Python error:
none_dealloc". pyproject.toml excludes that release; this test fails if it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QListWidget


def test_common_calls_keep_the_reference_count_of_none(qtbot) -> None:
    combo, listing = QComboBox(), QListWidget()
    qtbot.addWidget(combo)
    qtbot.addWidget(listing)
    before = sys.getrefcount(None)
    for i in range(500):
        combo.addItem(f"item {i}", i)
        listing.addItem(f"item {i}")
        combo.setToolTip(f"tip {i}")
    assert sys.getrefcount(None) - before > -50
