"""The first page of a list replayed with sqlite3 alone (storage/first_pages): the same rows
as the list's own query, read now; refused when the schema or the application changed."""

from __future__ import annotations

import enum
import json
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from unccd_desktop.services import Services
from unccd_desktop.storage import first_pages

LISTS = ("partner", "agreement", "initiative", "project", "deliverable", "document")


def plain(rows: list[dict]) -> list[dict]:
    return [{k: v.value if isinstance(v, enum.Enum) else v for k, v in r.items()} for r in rows]


@pytest.mark.parametrize("entity", LISTS)
def test_the_replayed_page_is_the_lists_own_first_page(demo_services: Services, entity) -> None:
    service = demo_services.entity(entity)
    for sort, descending in ((None, False), ("updated_at", True)):
        page = service.first_page(sort, descending, limit=50)
        rows, count = first_pages.read(demo_services.db.path, page)
        assert count == service.count()
        assert rows == plain(service.rows(sort=sort, descending=descending, limit=50))


def test_rows_are_read_as_they_are_now_and_overdue_is_todays(demo_services: Services) -> None:
    service = demo_services.deliverables
    page = service.first_page()  # kept before the change below
    project = demo_services.projects.rows(limit=1)[0]["uuid"]
    late = service.create(
        {
            "title": "Late report",
            "kind": "report",
            "project": project,
            "due_on": date.today() - timedelta(days=1),
        }
    )
    rows, count = first_pages.read(demo_services.db.path, page)
    assert count == service.count()
    (row,) = [r for r in rows if r["uuid"] == late["uuid"]]
    assert row["overdue"] is True and row["due_on"] == date.today() - timedelta(days=1)


def test_kept_per_database_and_refused_after_an_upgrade(demo_services: Services, tmp_path) -> None:
    path = demo_services.db.path
    page = demo_services.deliverables.first_page()
    first_pages.remember(path, page, folder=tmp_path)
    assert first_pages.recall(path, "deliverable", folder=tmp_path) == page
    assert first_pages.recall(path, "partner", folder=tmp_path) is None
    assert first_pages.recall(tmp_path / "other.unccd", "deliverable", folder=tmp_path) is None
    stored = json.loads((tmp_path / first_pages.FILE_NAME).read_text(encoding="utf-8"))
    stored[str(Path(path).resolve())]["version"] = "0.0.1"  # made by another version
    (tmp_path / first_pages.FILE_NAME).write_text(json.dumps(stored), encoding="utf-8")
    assert first_pages.recall(path, "deliverable", folder=tmp_path) is None
    (tmp_path / first_pages.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert first_pages.recall(path, "deliverable", folder=tmp_path) is None

    copy = tmp_path / "copy.unccd"
    demo_services.close()
    shutil.copyfile(path, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'elsewhere'")
    assert first_pages.read(copy, page) is None  # another schema: the window waits


def test_nothing_is_written_and_a_missing_file_gives_nothing(demo_services: Services, tmp_path):
    path = demo_services.db.path
    page = demo_services.partners.first_page()
    demo_services.close()
    before = path.read_bytes()
    assert first_pages.read(path, page) is not None
    assert path.read_bytes() == before
    assert first_pages.read(tmp_path / "gone.unccd", page) is None
