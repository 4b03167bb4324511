"""The Related tab of partners, agreements and projects, in the main window on the demo data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTreeWidgetItem

from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.services.related import AgreementSpan
from unccd_desktop.ui.agreement_timeline import AgreementTimeline
from unccd_desktop.ui.record_dialog import RecordDialog
from unccd_desktop.ui.related_panel import LINE_ROLE, RelatedPanel

IFRC = demo_uuid("partners", "ifrc")
IFRC_MOU = demo_uuid("agreements", "ifrc-mou")
MOU_TITLE = "Memorandum of Understanding between the Global Mechanism and the IFRC"


def related_tab(window, entity: str, uuid: str) -> RelatedPanel:
    """Open a record in its list and bring its Related tab to the front."""
    window.open_record(entity, uuid)
    editor = window.list_page(entity).editor
    assert editor.uuid == uuid
    panel = editor.findChild(RelatedPanel)
    editor.tabs.setCurrentWidget(panel)
    assert editor.tabs.currentWidget() is panel and panel.isVisible()
    return panel


def line_texts(panel: RelatedPanel) -> list[list[str]]:
    return [[item.text(c) for c in range(4)] for item in panel.lines()]


def line_of(panel: RelatedPanel, uuid: str) -> QTreeWidgetItem:
    return next(item for item in panel.lines() if item.data(0, LINE_ROLE)[1] == uuid)


def test_a_partner_lists_its_agreements_and_projects_with_its_roles(window) -> None:
    panel = related_tab(window, "partner", IFRC)
    assert [MOU_TITLE, "Signatory", "Signed", ""] in line_texts(panel)
    assert line_of(panel, IFRC_MOU).toolTip(0) == f"{MOU_TITLE}\nMoU"  # its kind, as a word
    assert [
        "GM–IFRC cooperation on land, drought and disaster risk",
        "Implementing",
        "Pipeline",
        "",
    ] in line_texts(panel)
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["Agreements (1)", "Projects (1)", "Deliverables (0)", "Focal points (0)"]
    assert not panel.timeline.isVisible()  # a partner has no timeline


def test_enter_on_a_line_opens_the_record_in_the_main_window(qtbot, window) -> None:
    panel = related_tab(window, "partner", IFRC)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(line_of(panel, IFRC_MOU))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.current_key() == "agreement"
    assert window.list_page("agreement").editor.uuid == IFRC_MOU


def test_a_double_click_opens_a_party_and_a_focal_point_opens_in_its_dialog(
    qtbot, window, demo_db
) -> None:
    panel = related_tab(window, "agreement", IFRC_MOU)
    item = line_of(panel, IFRC)
    assert item.text(0) == (
        "International Federation of Red Cross and Red Crescent Societies (IFRC)"
    )
    assert item.text(1) == "Signatory"
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "partner"
    assert window.list_page("partner").editor.uuid == IFRC

    person = demo_db.focal_points.create({"partner": IFRC, "name": "Nadia Haddad"})
    panel = related_tab(window, "partner", IFRC)
    panel.reload()  # written outside the window: no change set
    panel.tree.setCurrentItem(line_of(panel, person["uuid"]))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.editor.uuid == person["uuid"]
    dialog.reject()


def test_the_tab_follows_a_renamed_agreement(qtbot, window, demo_db, land) -> None:
    panel = related_tab(window, "partner", IFRC)
    mou = demo_db.agreements.get(IFRC_MOU)
    window.ops.write(
        window,
        lambda _task: demo_db.agreements.update(
            IFRC_MOU, mou["version"], {"title": "IFRC MoU (renewed wording)"}
        ),
    )
    land(window)
    titles = [texts[0] for texts in line_texts(panel)]
    assert "IFRC MoU (renewed wording)" in titles and MOU_TITLE not in titles


def test_a_hidden_tab_catches_up_when_shown(qtbot, window, demo_db, land) -> None:
    panel = related_tab(window, "partner", IFRC)
    editor = window.list_page("partner").editor
    editor.tabs.setCurrentIndex(0)  # the Details tab: the Related tab is hidden
    assert not panel.isVisible()
    project = demo_db.projects.get(demo_uuid("projects", "ifrc-cooperation"))
    window.ops.write(
        window,
        lambda _task: demo_db.projects.update(
            project["uuid"], project["version"], {"status": "implementation"}
        ),
    )
    land(window)
    assert [t[2] for t in line_texts(panel) if t[0].startswith("GM–IFRC")] == [
        "Pipeline"
    ]  # not read while hidden
    editor.tabs.setCurrentWidget(panel)
    assert [t[2] for t in line_texts(panel) if t[0].startswith("GM–IFRC")] == ["Implementation"]


@pytest.fixture
def renewal(demo_db) -> dict[str, str]:
    """The IFRC MoU given dates, and a renewal of it that starts where it ends."""
    today = date.today()
    mou = demo_db.agreements.get(IFRC_MOU)
    demo_db.agreements.update(
        IFRC_MOU,
        mou["version"],
        {
            "signed_on": today - timedelta(days=800),
            "effective_on": today - timedelta(days=760),
            "expires_on": today - timedelta(days=30),
            "renewal_notice_days": 90,
            "status": "renewed",
        },
    )
    renewed = demo_db.agreements.create(
        {
            "title": "IFRC MoU, renewal",
            "kind": "mou",
            "status": "active",
            "signed_on": today - timedelta(days=40),
            "effective_on": today - timedelta(days=29),
            "expires_on": today + timedelta(days=700),
            "renewal_notice_days": 120,
            "parent": IFRC_MOU,
            "parties": [{"partner": IFRC, "role": "signatory"}],
        }
    )
    return {"parent": IFRC_MOU, "child": renewed["uuid"]}


def test_an_agreement_shows_its_parent_and_its_renewal_on_a_timeline(window, renewal) -> None:
    panel = related_tab(window, "agreement", renewal["child"])
    assert line_texts(panel)[-1][:3] == [MOU_TITLE, "", "Renewed"]
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert "Amends or renews (1)" in groups and "Amended or renewed by (0)" in groups
    timeline = panel.timeline
    assert timeline.isVisible()
    assert [s.uuid for s in timeline.spans] == [renewal["parent"], renewal["child"]]
    notice = timeline.spans[1].notice_on
    assert notice == date.today() + timedelta(days=580)
    described = timeline.describe()[1]
    assert described.startswith("IFRC MoU, renewal — Signed: ") and "Notice by: " in described

    parent_panel = related_tab(window, "agreement", renewal["parent"])
    assert "Amended or renewed by (1)" in [
        parent_panel.tree.topLevelItem(i).text(0)
        for i in range(parent_panel.tree.topLevelItemCount())
    ]
    assert line_of(parent_panel, renewal["child"]).text(2) == "Active"


def test_the_timeline_runs_with_the_reading_direction(qtbot, window, renewal) -> None:
    timeline = related_tab(window, "agreement", renewal["child"]).timeline
    span = timeline.spans[1]
    assert (
        timeline.x_of(span.signed_on) < timeline.x_of(date.today()) < timeline.x_of(span.expires_on)
    )
    image = QImage(timeline.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    timeline.render(image)
    today_x = round(timeline.x_of(date.today()))  # the line is drawn on this pixel column
    column = {image.pixelColor(today_x, y).name() for y in range(image.height())}
    assert "#7c3aed" in column  # the line that marks today

    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert (
        timeline.x_of(span.signed_on) > timeline.x_of(date.today()) > timeline.x_of(span.expires_on)
    )
    assert timeline.row_at(timeline.height() - 1) is None
    mid_second_row = timeline._row_top(1) + timeline._row_height() // 2
    assert timeline.row_at(mid_second_row) == 1
    timeline.render(image, QPoint())  # paints right to left without trouble


def test_the_axis_shows_years_over_a_long_range_and_months_over_a_short_one(qtbot) -> None:
    timeline = AgreementTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, timeline.sizeHint().height())
    long = AgreementSpan("a", "Long", date(2019, 5, 1), None, date(2024, 4, 30), None, True)
    timeline.set_spans([long], today=date(2023, 1, 10))
    assert [label for _day, label in timeline.ticks()] == [
        "2020",
        "2021",
        "2022",
        "2023",
        "2024",
    ]
    short = AgreementSpan("b", "Short", None, date(2026, 3, 1), date(2026, 8, 31), None, True)
    timeline.set_spans([short], today=date(2026, 5, 5))
    days = [day for day, _label in timeline.ticks()]
    assert days[0] <= date(2026, 3, 1) and days[-1] >= date(2026, 8, 1)
    assert all(day.day == 1 for day in days) and len(days) == len(set(days)) >= 6
    assert timeline.describe() == ["Short — Effective: 2026-03-01; Expires: 2026-08-31"]
