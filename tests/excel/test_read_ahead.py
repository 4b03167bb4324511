"""The command line's import reads the file in a forked child while it loads the rest: the
book handed over is the one read here; without a clean read (or a fork) it reads here."""

from __future__ import annotations

import threading
from pathlib import Path

from unccd_desktop.excel.files import inspect_file
from unccd_desktop.excel.read_ahead import ReadAhead
from unccd_desktop.excel.reading import read_book


def test_the_child_hands_over_the_book_read_here(exported, tmp_path: Path) -> None:
    with ReadAhead(exported.path) as ahead:
        assert ahead.pid, "a single-threaded process reads ahead in a child"
        book = ahead.book()
    assert book == read_book(inspect_file(exported.path))
    assert book.sheets and any(len(sheet.rows) > 1 for sheet in book.sheets)


def test_a_file_the_child_cannot_read_is_read_here(tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook\n", encoding="utf-8")
    with ReadAhead(text) as ahead:
        assert ahead.book() is None


def test_a_process_running_threads_does_not_fork(exported) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with ReadAhead(exported.path) as ahead:
            assert not ahead.pid
            assert ahead.book() is None
    finally:
        stop.set()
        other.join()


def test_leaving_without_the_book_ends_the_child(exported) -> None:
    with ReadAhead(exported.path) as ahead:
        pid = ahead.pid
    assert pid and not ahead.pid
