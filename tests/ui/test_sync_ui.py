"""Team sync in the window, against a real PostgreSQL server and real laptop files: the Team
server dialog clones, Sync now pulls and the list follows, the status bar counts what waits,
the Conflicts screen resolves both ways, and a server that cannot be reached changes nothing."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.sync import FIELD, SYNCED, clone
from unccd_desktop.ui.main_window import MainWindow
from unccd_desktop.ui.preferences import PreferencesDialog
from unccd_desktop.ui.sync.conflicts import ConflictsDialog
from unccd_desktop.ui.sync.team_server import TeamServerDialog

pytestmark = pytest.mark.postgres

SHARED = ("Sahel Water Trust", "Green Belt Alliance")


@pytest.fixture
def server_url(postgres_url: str) -> str:
    """A team server holding two partners."""
    url = _fresh_postgres(postgres_url)
    services = open_services(url, actor=Actor("admin", "test"), create=True)
    for name in SHARED:
        services.partners.create({"name": name, "kind": "ngo"})
    services.close()
    return url


@pytest.fixture
def laptop(server_url: str, tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    """``laptop("a")``: a laptop file cloned from the server, acting as officer "a"."""
    opened: list[Services] = []

    def make(name: str) -> Services:
        services = clone(server_url, tmp_path / f"{name}.unccd", actor=Actor(name, "test"))
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def laptop_window(qtbot, laptop) -> Callable[[str], MainWindow]:
    def make(name: str) -> MainWindow:
        window = MainWindow(laptop(name))
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def uuid_of(services: Services, name: str) -> str:
    return next(p["uuid"] for p in services.partners.rows() if p["name"] == name)


def edit(services: Services, name: str, **changes: str) -> str:
    uuid = uuid_of(services, name)
    services.partners.update(uuid, services.partners.get(uuid)["version"], changes)
    return uuid


def edit_in_window(window: MainWindow, land, name: str, **changes: str) -> str:
    """An edit made through the window's write path, as the editor makes it."""
    services = window.ops.services
    uuid = uuid_of(services, name)
    version = services.partners.get(uuid)["version"]
    window.ops.write(window, lambda _task: services.partners.update(uuid, version, changes))
    land(window)
    return uuid


def status_text(window: MainWindow) -> str:
    return window.sync.button.text() if window.sync.button.isVisible() else ""


def test_the_dialog_clones_a_server_into_a_new_file(qtbot, window, server_url, tmp_path, answers):
    assert not window.sync.button.isVisible()  # a standalone database says nothing of sync
    dialog = window.sync.show_team_server()
    assert isinstance(dialog, TeamServerDialog)
    assert dialog.connect_box.isVisibleTo(dialog) and not dialog.laptop_box.isVisibleTo(dialog)
    assert "Standalone" in dialog.state_label.text()
    user, rest = server_url.split("://", 1)[1].split("@", 1)
    dialog.address.setText(f"postgresql://{user}:s3cret-pw@{rest}")  # a password typed
    target = tmp_path / "mine.unccd"
    with qtbot.waitSignal(window.open_database_requested, timeout=60_000) as opened:
        dialog.clone(target)
    assert opened.args == [str(target), False]
    assert b"s3cret-pw" not in target.read_bytes()  # the password never goes into the file
    assert dialog.address.text() == f"postgresql://{user}@{rest}"
    assert all("keyring" in prompt.text for prompt in answers.seen)  # when there is none
    laptop = open_services(target, actor=Actor("me", "test"))
    try:
        status = laptop.sync.status()
        assert status.is_laptop and status.server == f"postgresql://{user}@{rest}"
        assert sorted(p["name"] for p in laptop.partners.rows()) == sorted(SHARED)
    finally:
        laptop.close()


def test_an_address_that_is_not_a_server_address_is_refused(qtbot, window, tmp_path, answers):
    dialog = window.sync.show_team_server()
    dialog.address.setText("server.example.org")
    assert dialog.clone(tmp_path / "x.unccd") is None
    assert "postgresql://" in answers.seen[-1].text
    assert not (tmp_path / "x.unccd").exists()


def test_sync_now_pulls_another_laptops_change_into_the_list(qtbot, laptop_window, laptop, land):
    window = laptop_window("a")
    other = laptop("b")
    window.show_section("partner")
    page = window.list_page("partner")
    uuid = edit(other, "Sahel Water Trust", acronym="SWT")
    assert other.sync.sync().status == SYNCED
    assert window.sync_actions["sync_now"].isEnabled()
    assert window.sync_actions["sync_now"].shortcut().toString() == "Ctrl+Shift+S"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_S, ctrl_shift)
    qtbot.waitUntil(lambda: window.ops.pending == 0 and window.sync.running is None)
    assert page.model.row_data(page.model.row_of(uuid))["acronym"] == "SWT"
    assert status_text(window).startswith("Synced ")
    assert "waiting" not in status_text(window)


def test_the_status_bar_counts_a_local_edit_as_waiting(qtbot, laptop_window, land):
    window = laptop_window("a")
    assert window.sync.button.isVisible()
    assert status_text(window).startswith("Synced ")  # a clone is a sync
    edit_in_window(window, land, "Green Belt Alliance", acronym="GBA")
    qtbot.waitUntil(lambda: "waiting" in status_text(window))
    assert "1 change" in status_text(window) and "2 change" not in status_text(window)
    window.sync.sync_now()
    land(window)
    qtbot.waitUntil(lambda: "waiting" not in status_text(window))


def test_a_same_field_conflict_is_resolved_in_the_conflicts_screen(
    qtbot, laptop_window, laptop, land, server_url
):
    window = laptop_window("a")
    other = laptop("b")
    mine = window.ops.services
    first = edit_in_window(window, land, "Sahel Water Trust", acronym="MINE1")
    second = edit_in_window(window, land, "Green Belt Alliance", acronym="MINE2")
    edit(other, "Sahel Water Trust", acronym="THEIRS1")
    edit(other, "Green Belt Alliance", acronym="THEIRS2")
    assert other.sync.sync().status == SYNCED
    window.sync.sync_now()
    land(window)
    qtbot.waitUntil(lambda: "2 conflict" in status_text(window))
    assert window.sync_actions["sync_conflicts"].isEnabled()

    window.sync.open_from_status()  # the status line clicked
    dialog = next(w for w in window.findChildren(ConflictsDialog) if w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    rows = {dialog.model.text(r, 0).split(" (")[0]: r for r in range(2)}  # name (acronym)
    assert set(rows) == {"Sahel Water Trust", "Green Belt Alliance"}
    assert {c.kind for c in dialog.conflicts} == {FIELD}
    dialog.table.selectRow(rows["Sahel Water Trust"])
    values = dialog.value_table.model()
    assert [values.text(0, c) for c in range(4)] == ["Acronym", "—", "MINE1", "THEIRS1"]
    assert dialog.take_button.text() == "&Take theirs"
    qtbot.waitUntil(lambda: dialog.server_history.rowCount() > 0, timeout=20_000)
    assert dialog.laptop_history.rowCount() > 0

    dialog.take_button.click()
    land(window)
    assert mine.partners.get(first)["acronym"] == "THEIRS1"
    assert [dialog.model.text(0, 0)] == ["Green Belt Alliance (MINE2)"]
    dialog.keep_button.click()
    land(window)
    assert dialog.model.rowCount() == 0 and not dialog.keep_button.isEnabled()
    assert mine.partners.get(second)["acronym"] == "MINE2"
    qtbot.waitUntil(lambda: "conflict" not in status_text(window))

    window.sync.sync_now()  # the choices go to the server
    land(window)
    server = open_services(server_url, actor=Actor("check", "test"))
    try:
        assert server.partners.get(first)["acronym"] == "THEIRS1"
        assert server.partners.get(second)["acronym"] == "MINE2"
    finally:
        server.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_server_is_said_in_the_status_bar_and_changes_nothing(
    qtbot, laptop_window, land, answers
):
    from unccd_desktop.services.sync import settings

    window = laptop_window("a")
    services = window.ops.services
    uuid = edit_in_window(window, land, "Sahel Water Trust", acronym="LOCAL")
    with services.db.write() as session:  # the server moved away (or is switched off)
        settings.write(session, server=f"postgresql://nobody@127.0.0.1:{closed_port()}/gone")
    before = services.sync.status()
    window.sync.sync_now()
    land(window)
    assert "cannot be reached" in answers.seen[-1].text  # Sync now asked: a sentence
    qtbot.waitUntil(lambda: status_text(window).startswith("Sync failed "))
    assert "cannot be reached" in status_text(window)
    assert "1 change" in status_text(window)
    after = services.sync.status()
    assert (after.waiting, after.last_seq, after.last_sync) == (
        before.waiting,
        before.last_seq,
        before.last_sync,
    )
    assert services.partners.get(uuid)["acronym"] == "LOCAL"

    seen = len(answers.seen)  # in the background: the status bar only, never a box
    window.sync.failure = None
    window.sync._last_attempt = None
    window.sync._opened -= 3600
    window.sync.tick()
    qtbot.waitUntil(lambda: status_text(window).startswith("Sync failed "), timeout=20_000)
    land(window)
    assert len(answers.seen) == seen


def test_the_automatic_sync_pulls_in_the_background_without_a_word(
    qtbot, laptop_window, laptop, land, answers
):
    window = laptop_window("a")
    other = laptop("b")
    window.show_section("partner")
    page = window.list_page("partner")
    uuid = edit(other, "Green Belt Alliance", acronym="GBA")
    other.sync.sync()
    controller = window.sync
    assert not controller.due()  # a laptop just opened waits a little first
    controller._opened -= 3600

    blocker = QDialog(window)  # the officer answering a dialog: no sync under it
    blocker.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is blocker)
    assert not controller.due()
    blocker.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert controller.due()

    controller.tick()
    qtbot.waitUntil(lambda: page.model.row_data(page.model.row_of(uuid))["acronym"] == "GBA")
    land(window)
    assert answers.seen == [] and not controller.due()  # the next one in a few minutes


def test_the_automatic_sync_follows_the_preferences(qtbot, laptop_window):
    window = laptop_window("a")
    window.sync._opened -= 3600
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.auto_sync.isChecked() and dialog.sync_minutes.value() == 5
    dialog.auto_sync.setChecked(False)
    assert not dialog.sync_minutes.isEnabled()
    dialog.accept()
    assert not window.sync.due()
    again = PreferencesDialog(window)
    qtbot.addWidget(again)
    again.auto_sync.setChecked(True)
    again.sync_minutes.setValue(30)
    again.accept()
    window.sync._last_attempt = time.monotonic() - 20 * 60
    assert not window.sync.due()  # 20 minutes after the last one: 30 were asked for
    window.sync._last_attempt -= 10 * 60
    assert window.sync.due()


def test_disconnecting_with_changes_waiting_asks_first(qtbot, laptop_window, land, answers):
    window = laptop_window("a")
    services = window.ops.services
    edit_in_window(window, land, "Sahel Water Trust", acronym="NOT SENT")
    dialog = window.sync.show_team_server()
    qtbot.addWidget(dialog)
    answers(QMessageBox.StandardButton.No)
    assert dialog.disconnect() is None
    assert "1 change" in answers.seen[-1].text and services.sync.status().is_laptop
    answers(QMessageBox.StandardButton.Yes)
    dialog.disconnect()
    land(window)
    assert services.sync.status().role == "standalone"
    assert uuid_of(services, "Sahel Water Trust")  # the file keeps its records
    qtbot.waitUntil(lambda: not window.sync.button.isVisible())
    assert (
        dialog.connect_box.isVisibleTo(dialog) and not window.sync_actions["sync_now"].isEnabled()
    )


def open_conflicts(qtbot, window: MainWindow) -> ConflictsDialog:
    window.sync_actions["sync_conflicts"].trigger()
    dialog = next(w for w in window.findChildren(ConflictsDialog) if w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_a_partner_made_on_two_laptops_is_merged_by_taking_theirs(
    qtbot, laptop_window, laptop, land
):
    window = laptop_window("a")
    other = laptop("b")
    mine = window.ops.services
    theirs = other.partners.create({"name": "Drylands Trust", "kind": "ngo"})
    other.sync.sync()
    window.ops.write(
        window, lambda _task: mine.partners.create({"name": "Drylands trust", "kind": "ngo"})
    )
    land(window)
    window.sync.sync_now()
    land(window)
    dialog = open_conflicts(qtbot, window)
    assert dialog.model.rowCount() == 1
    assert dialog.model.text(0, 3) == "Possible duplicate"
    assert dialog.model.text(0, 2) == "the whole record"
    assert dialog.take_button.text() == "&Take theirs: merge mine into it"
    assert "merged" in dialog.take_button.toolTip()
    values = dialog.value_table.model()
    shown = {
        values.text(r, 0): [values.text(r, c) for c in (2, 3)] for r in range(values.rowCount())
    }
    assert shown["Name"] == ["Drylands trust", "Drylands Trust"]
    assert shown["Kind"] == ["NGO", "NGO"]  # enum values in words

    dialog.take_button.click()
    land(window)
    names = [p["name"] for p in mine.partners.rows()]
    assert names.count("Drylands Trust") == 1 and "Drylands trust" not in names
    assert mine.partners.get(theirs["uuid"])["name"] == "Drylands Trust"
    assert dialog.model.rowCount() == 0


def test_a_record_deleted_here_and_edited_there_shows_no_record_on_this_side(
    qtbot, laptop_window, laptop, land
):
    window = laptop_window("a")
    other = laptop("b")
    mine = window.ops.services
    uuid = edit(other, "Green Belt Alliance", acronym="EDITED")
    other.sync.sync()
    window.ops.write(window, lambda _task: mine.partners.delete(uuid))
    land(window)
    window.sync.sync_now()
    land(window)
    dialog = open_conflicts(qtbot, window)
    assert dialog.model.text(0, 3) == "Deleted here, changed on the server"
    values = dialog.value_table.model()
    rows = {
        values.text(r, 0): [values.text(r, c) for c in (2, 3)] for r in range(values.rowCount())
    }
    assert rows["Acronym"] == ["(no record)", "EDITED"]
    assert "comes back" in dialog.take_button.toolTip()
    dialog.take_button.click()  # bring it back as the server has it
    land(window)
    assert mine.partners.get(uuid)["acronym"] == "EDITED"
    window.show_section("partner")
    page = window.list_page("partner")
    assert page.model.row_of(uuid) is not None


def test_the_server_history_says_why_it_cannot_be_shown(qtbot, laptop_window, laptop, land):
    from unccd_desktop.services.sync import settings

    window = laptop_window("a")
    other = laptop("b")
    edit(other, "Sahel Water Trust", acronym="THEIRS")
    other.sync.sync()
    edit_in_window(window, land, "Sahel Water Trust", acronym="MINE")
    window.sync.sync_now()
    land(window)
    services = window.ops.services
    with services.db.write() as session:  # the server switched off since
        settings.write(session, server=f"postgresql://nobody@127.0.0.1:{closed_port()}/gone")
    dialog = open_conflicts(qtbot, window)
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.server_note.text(), timeout=20_000)
    assert dialog.server_note.isVisibleTo(dialog) and dialog.server_history.rowCount() == 0
    assert dialog.laptop_history.rowCount() > 0


def test_a_window_on_the_server_itself_shows_no_sync(qtbot, server_url, land):
    services = open_services(server_url, actor=Actor("online", "test"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.sync.button.isVisible()
        assert not window.sync_actions["sync_now"].isEnabled()
        assert not window.sync.timer.isActive()  # nothing to run in the background
        dialog = window.sync.show_team_server()
        qtbot.addWidget(dialog)
        assert "A team server" in dialog.state_label.text()
        assert not dialog.connect_box.isVisibleTo(dialog)
        assert not dialog.laptop_box.isVisibleTo(dialog)
        edit_in_window(window, land, "Sahel Water Trust", acronym="ONLINE")
        assert not window.sync.button.isVisible()
    finally:
        window.close()
        services.close()


def test_a_pulled_change_makes_undo_of_that_record_obsolete(
    qtbot, laptop_window, laptop, land, answers
):
    window = laptop_window("a")
    other = laptop("b")
    mine = window.ops.services
    uuid = uuid_of(mine, "Sahel Water Trust")
    window.show_section("partner")
    page = window.list_page("partner")
    page.open_record(uuid)
    page.editor.widgets["acronym"].edit.setText("SWT")
    page.editor.save()
    land(window)
    window.sync.sync_now()  # the edit reaches the server
    land(window)
    edit(other, "Sahel Water Trust", website="https://swt.example.org")
    other.sync.sync()
    window.sync.sync_now()
    land(window)
    assert mine.partners.get(uuid)["website"] == "https://swt.example.org"
    window.undo_action.trigger()
    land(window)
    assert "changed by a sync with the team server" in answers.seen[-1].text
    assert mine.partners.get(uuid)["acronym"] == "SWT"  # nothing undone over the team's change


def test_conflict_values_read_as_the_window_shows_them(demo_db):
    from unccd_desktop.ui.sync.values import ValueReader

    reader = ValueReader(demo_db)
    partner = demo_db.partners.rows(limit=1)[0]
    party = {"partner": partner["uuid"], "role": "funder", "signed_on": "2024-05-01"}
    assert reader.text("agreement", "parties", [party]) == f"{partner['name']}, Funder, 2024-05-01"
    assert reader.text("agreement", "status", "in_force") == "In force"
    assert reader.text("project", "thematic_areas", ["drought"]) == "Drought"
    assert reader.text("partner", "website", None) == ""
    gone = "00000000-0000-0000-0000-000000000000"
    assert reader.text("deliverable", "responsible_partner", gone) == gone  # not in this file


class FileKeyring(KeyringBackend):
    """A keyring kept in a JSON file (keyring's own backend interface), for this computer's
    keyring in a test."""

    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _kept(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._kept().get(f"{service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(json.dumps({**self._kept(), f"{service} {username}": password}))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._kept()
        kept.pop(f"{service} {username}")
        self.path.write_text(json.dumps(kept))


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[Path]:
    before = keyring.get_keyring()
    kept = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(kept))
    yield kept
    keyring.set_keyring(before)


def test_a_password_typed_in_the_address_goes_to_the_keyring(
    qtbot, window, server_url, tmp_path, answers, file_keyring
):
    from unccd_desktop.services.sync.credentials import url_for_connection

    user, rest = server_url.split("://", 1)[1].split("@", 1)
    dialog = window.sync.show_team_server()  # closed (and deleted) as the new file opens
    dialog.address.setText(f"postgresql://{user}:kept-pw@{rest}")
    target = tmp_path / "kept.unccd"
    with qtbot.waitSignal(window.open_database_requested, timeout=60_000):
        dialog.clone(target)
    assert answers.seen == []  # kept without a word
    address = f"postgresql://{user}@{rest}"
    assert "kept-pw" in file_keyring.read_text() and address in file_keyring.read_text()
    assert url_for_connection(address) == f"postgresql://{user}:kept-pw@{rest}"
    assert b"kept-pw" not in target.read_bytes()
