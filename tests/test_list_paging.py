"""List pages under a text filter: the same rows in the same order whichever way the database
finds them (by the matches, or by walking the sort column's index), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from unccd_desktop.domain import Deliverable, Project
from unccd_desktop.services import Services

WORDS = ("drought", "land", "gender", "report")


@pytest.fixture
def many_deliverables(services: Services) -> Services:
    """300 deliverables; every third has no due date, every other one is about drought."""
    with services.db.write() as session:
        project = Project(title="Paging project", status="implementation")
        session.add(project)
        session.flush()
        session.execute(
            sa.insert(Deliverable),
            [
                {
                    "uuid": f"00000000-0000-4000-8000-{i:012d}",
                    "title": f"{'drought' if i % 2 == 0 else 'land'} {WORDS[i % 4]} item {i % 17}",
                    "kind": "report",
                    "status": "planned",
                    "progress_percent": i % 7,
                    "due_on": None if i % 3 == 0 else date(2024, 1, 1) + timedelta(days=i % 40),
                    "project_id": project.id,
                    "notes": "",
                    "version": 1,
                }
                for i in range(300)
            ],
        )
    return services


def expected(services: Services, text: str, sort: str, descending: bool) -> list[str]:
    """Every matching uuid sorted in Python: missing values last going up, first going down."""
    words = text.lower().split()
    everything = services.deliverables.rows(sort="title", limit=None)
    matching = [
        r
        for r in everything
        if all(any(t.startswith(w) for t in r["title"].split()) for w in words)
    ]
    # Ties are broken by the record id, which follows the uuids given above.
    by_id = sorted(matching, key=lambda r: r["uuid"], reverse=descending)
    present = sorted(
        (r for r in by_id if r[sort] is not None), key=lambda r: r[sort], reverse=descending
    )
    absent = [r for r in by_id if r[sort] is None]
    ordered = absent + present if descending else present + absent
    return [r["uuid"] for r in ordered]


@pytest.mark.parametrize("sort", ["due_on", "title", "progress_percent"])
@pytest.mark.parametrize("descending", [False, True])
def test_text_filtered_pages_match_a_python_sort(
    many_deliverables: Services, sort: str, descending: bool
) -> None:
    service = many_deliverables.deliverables
    text = "drou"
    want = expected(many_deliverables, text, sort, descending)
    assert len(want) == service.count(text) == 150
    for offset in (0, 37, 140):
        page = service.rows(text, sort=sort, descending=descending, offset=offset, limit=25)
        assert [r["uuid"] for r in page] == want[offset : offset + 25]


def test_counted_text_filter_walks_the_sort_index_on_sqlite(sqlite_services: Services) -> None:
    """After count() found many matches, the page is read by walking the sort index (the id is
    compared as an expression); a query not counted before is looked up by its matches."""
    services = sqlite_services
    with services.db.write() as session:
        project = Project(title="Walk", status="implementation")
        session.add(project)
        session.flush()
        session.execute(
            sa.insert(Deliverable),
            [
                {
                    "uuid": f"00000000-0000-4000-8000-{i:012d}",
                    "title": f"{WORDS[i % 4]} {i}",
                    "kind": "report",
                    "status": "planned",
                    "due_on": date(2024, 1, 1) + timedelta(days=i % 90),
                    "project_id": project.id,
                    "notes": "",
                    "version": 1,
                }
                for i in range(400)
            ],
        )
    statements: list[str] = []
    sa.event.listen(
        services.db.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_rest: statements.append(statement),
    )
    service = services.deliverables
    uncounted = service.rows("land", limit=20)
    assert not any("deliverables.id + " in s for s in statements)
    assert service.count("land") == 100
    statements.clear()
    walked = service.rows("land", limit=20)
    assert any("deliverables.id + " in s for s in statements)
    assert walked == uncounted
    assert service.count("land 397") == 1  # one match: looked up directly, not walked
    statements.clear()
    assert [r["title"] for r in service.rows("land 397", limit=20)] == ["land 397"]
    assert not any("deliverables.id + " in s for s in statements)


@pytest.mark.parametrize("descending", [False, True])
def test_count_and_first_page_in_one_read_match_the_two_reads(
    many_deliverables: Services, descending: bool
) -> None:
    """The count and first page read together (the matches looked up once) are what count()
    and rows() give, for text alone, text with a filter, and no match; one query's matches
    never reach the next."""
    service = many_deliverables.deliverables
    cases = (
        ("drou", None),
        ("land item", None),
        ("drou", {"due_on": (date(2024, 1, 5), date(2024, 1, 20))}),
        ("nothing-like-this", None),
        ("drou", None),
    )
    for text, filters in cases:
        want = expected(many_deliverables, text, "due_on", descending)
        found, page = service.count_and_page(text, filters, "due_on", descending, limit=25)
        assert found == service.count(text, filters)
        assert page == service.rows(text, filters, "due_on", descending, 0, 25)
        if filters is None:
            assert found == len(want) and [r["uuid"] for r in page] == want[:25]
