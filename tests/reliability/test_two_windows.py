"""Promise 2, in the window: two main windows of one process on the same file edit the same
records. Every save either lands or meets the other window's change: then the typing is kept,
the field both changed is marked for the officer's choice, and keeping their own value saves
it. Nothing is lost and no message box appears."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from unccd_desktop.services import Actor, open_services
from unccd_desktop.ui.prompts import Prompt, answering

from .support import copy_database

ROUNDS = [pytest.param(25, id="fast"), pytest.param(400, id="full", marks=pytest.mark.slow)]


@pytest.mark.parametrize("rounds", ROUNDS)
def test_two_windows_on_one_file_lose_no_edit(
    rounds: int, qtbot, small_db: Path, tmp_path: Path, figures
) -> None:

    prompts: list[Prompt] = []
    with answering(lambda prompt: prompts.append(prompt)):
        _edit_in_two_windows(rounds, qtbot, small_db, tmp_path, figures)
    assert not prompts, [p.text for p in prompts]


def _edit_in_two_windows(rounds: int, qtbot, small_db: Path, tmp_path: Path, figures) -> None:
    from unccd_desktop.ui.main_window import MainWindow

    def land(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.ops.pending == 0, timeout=20_000)

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
            editor = page.editor
            editor.widgets["notes"].edit.setPlainText(value)
            editor.save()
            land(windows[w])
            if editor.is_dirty:  # the other window saved meanwhile: merged, not lost
                assert first.partners.get(uuid)["version"] != version, "refused, no conflict"
                assert set(editor.conflicts) == {"notes"}
                assert editor.widgets["notes"].value() == value, "the typing is kept"
                conflicts += 1
                version = editor.record["version"]
                editor.resolve("notes", keep_mine=True)
                editor.save()
                land(windows[w])
            current = first.partners.get(uuid)
            assert not editor.is_dirty
            assert (current["version"], current["notes"]) == (version + 1, value)
            landed[uuid].append((current["version"], value))
            loaded[w] = (uuid, current["version"])
        for uuid, writes in landed.items():
            record = first.partners.get(uuid)
            assert record["version"] == initial[uuid] + len(writes)
            if writes:
                assert record["notes"] == writes[-1][1]
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
        f"{total} saves landed, {conflicts} met the other window's change and were merged, "
        "0 lost, no message box"
    )
