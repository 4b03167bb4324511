"""Promise 2, in the window: two main windows of one process on the same file edit the same
records. Every save either lands or shows the "changed by someone else" message; nothing is
lost and no other message appears."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from unccd_desktop.services import Actor, open_services

from .support import copy_database

ROUNDS = [pytest.param(25, id="fast"), pytest.param(400, id="full", marks=pytest.mark.slow)]


@pytest.fixture
def message_boxes(qtbot) -> Iterator[list[str]]:
    """Answer every modal message box with "Keep my changes" (or its default button)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            keep = [b for b in box.buttons() if "Keep" in b.text()]
            (keep[0] if keep else box.defaultButton() or box.buttons()[0]).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)
    yield seen
    timer.stop()


@pytest.mark.parametrize("rounds", ROUNDS)
def test_two_windows_on_one_file_lose_no_edit(
    rounds: int, qtbot, message_boxes: list[str], small_db: Path, tmp_path: Path, figures
) -> None:
    from unccd_desktop.ui.main_window import MainWindow

    path = copy_database(small_db, tmp_path / "shared.unccd")
    first, second = (open_services(path, actor=Actor(n, "gui")) for n in ("ana", "ben"))
    windows = [MainWindow(first), MainWindow(second)]
    for window in windows:
        qtbot.add_widget(window)
        window.show()
        window.show_section("partner")
    uuids = [row["uuid"] for row in first.partners.rows(limit=2)]
    initial = {uuid: first.partners.get(uuid)["version"] for uuid in uuids}
    loaded: dict[int, tuple[str, int]] = {}
    landed: dict[str, list[tuple[int, str]]] = {uuid: [] for uuid in uuids}
    conflicts = 0
    rng = random.Random(rounds)
    try:
        for n in range(rounds):
            w = rng.randrange(2)
            page = windows[w].list_pages["partner"]
            if w not in loaded or rng.random() < 0.15:
                if page.editor.is_dirty:
                    page.editor.revert()
                uuid = rng.choice(uuids)
                assert page.open_record(uuid)
                loaded[w] = (uuid, page.editor.record["version"])
                continue
            uuid, version = loaded[w]
            value = f"window {w} edit {n}"
            page.editor.widgets["notes"].edit.setPlainText(value)
            boxes = len(message_boxes)
            saved = page.editor.save()
            current = first.partners.get(uuid)
            if saved:
                assert (current["version"], current["notes"]) == (version + 1, value)
                landed[uuid].append((current["version"], value))
                loaded[w] = (uuid, current["version"])
            else:
                assert current["version"] != version, "refused without a conflict"
                assert len(message_boxes) == boxes + 1
                assert "changed by someone else" in message_boxes[-1]
                conflicts += 1
                del loaded[w]
        for uuid, writes in landed.items():
            record = first.partners.get(uuid)
            assert record["version"] == initial[uuid] + len(writes)
            if writes:
                assert record["notes"] == writes[-1][1]
        assert all("changed by someone else" in text for text in message_boxes)
        assert conflicts > 0 and sum(map(len, landed.values())) > 0, (conflicts, landed)
    finally:
        for window in windows:
            for page in window.list_pages.values():
                if page.editor.is_dirty:
                    page.editor.revert()
            window.close()
        first.close()
        second.close()
    total = sum(map(len, landed.values()))
    figures.append(
        f"two main windows in one process ({rounds} rounds, {len(uuids)} records): "
        f"{total} saves landed, {conflicts} conflicts shown, 0 lost, no other message"
    )
