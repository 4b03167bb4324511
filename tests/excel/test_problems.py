"""Import problems are typed (file-rejected, missing-label, type-error, ...), say where they
are, keep their template for the window to translate, and every template is catalogued."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import openpyxl

from unccd_desktop.cli import main
from unccd_desktop.excel import problems
from unccd_desktop.excel.importing import preview_import

CATALOGUE = Path(__file__).resolve().parents[2] / "unccd_desktop" / "ui" / "catalogue.py"


def problems_of(report) -> list[tuple]:
    everything = report.problems() + [p for r in report.rows for p in r.messages]
    return [(p.type, p.sheet, p.row, p.column) for p in everything]


def test_each_problem_has_its_type_and_place(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    first, second, third = (ws.cell(r, 1).value for r in (2, 3, 4))
    ws["J1"] = "Partner remarks"
    ws["G2"] = "03/04/2024"  # ambiguous: cannot be read as a date
    ws["E3"] = "finished"  # not a status
    ws["A4"] = first  # the same record twice
    ws["A6"] = "00000000-0000-0000-0000-000000000000"
    ws["E6"], ws["F6"] = "planned", 10
    ws["J8"] = "a remark on a row of nothing"
    wb.save(tmp_path / "back.xlsx")

    report = preview_import(demo_services, tmp_path / "back.xlsx")

    sheet = "Deliverables"
    assert problems_of(report) == [
        ("extra-label", sheet, None, "Partner remarks"),
        ("blank-row", sheet, 8, None),
        ("type-error", sheet, 2, "Submitted on"),
        ("constraint-error", sheet, 3, "Status"),
        ("duplicate-row", sheet, 4, None),
        ("foreign-row", sheet, 6, "Deliverable ID"),
    ]
    assert third not in {r.id for r in report.rows} and second in {r.id for r in report.rows}
    cell = report.rows[0].messages[0]
    assert cell.message.startswith("Submitted on: '03/04/2024' is ambiguous")
    assert cell.template == problems.IN_COLUMN
    assert cell.args[1].template == problems.AMBIGUOUS_DATE and cell.args[1].context == "Import"
    refused = report.rows[1].messages[0]
    assert refused.args[1].template.startswith("'{0}' is not one of")  # the services' own
    assert not hasattr(refused.args[1], "context")  # translated in the services' context


def test_file_level_problems(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"].delete_cols(1)
    wb.save(tmp_path / "noid.xlsx")
    report = preview_import(demo_services, tmp_path / "noid.xlsx")
    (missing,) = report.errors
    assert (missing.type, missing.column) == ("missing-label", "Deliverable ID")

    other = tmp_path / "other.csv"
    other.write_text("Colour,Size\nred,4\n", encoding="utf-8")
    report = preview_import(demo_services, other)
    assert [p.type for p in report.problems()] == ["no-sheet", "no-export", "sheet-ignored"]

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    report = preview_import(demo_services, bad)
    assert report.rejected.type == "file-rejected"
    assert report.rejected.template == problems.DAMAGED_ZIP


def test_a_conflict_is_a_problem_of_its_column(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    uuid = wb["Deliverables"]["A2"].value
    wb["Deliverables"]["F2"] = 70
    wb.save(tmp_path / "back.xlsx")
    record = demo_services.deliverables.get(uuid)
    demo_services.deliverables.update(uuid, record["version"], {"progress_percent": 55})
    report = preview_import(demo_services, tmp_path / "back.xlsx")
    (row,) = [r for r in report.rows if r.action == "conflict"]
    assert [(p.type, p.column) for p in row.messages] == [("conflict", "Progress (%)")]


def test_json_messages_carry_their_type(demo_template, tmp_path, capsys):
    import shutil

    db = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, db)
    path = tmp_path / "rows.csv"
    path.write_text("Deliverable ID,Status,Extra\nnot-an-id,planned,x\n", encoding="utf-8")
    assert main(["import", str(path), "--db", str(db), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [m["type"] for m in data["messages"]] == ["no-export", "extra-label"]
    assert data["messages"][1] == {
        "type": "extra-label",
        "message": "Sheet 'rows': the column 'Extra' is not one this import reads; it was ignored.",
        "sheet": "rows",
        "row": None,
        "column": "Extra",
    }
    (row,) = data["rows"]
    assert row["messages"][0]["type"] == "foreign-row"
    assert main(["import", str(path), "--db", str(db), "--json", "--apply"]) == 1
    refusal = json.loads(capsys.readouterr().out)["messages"][0]
    assert refusal["type"] == "not-applied" and "1 rows have errors" in refusal["message"]


def test_every_template_and_type_is_catalogued():
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    listed = {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    wanted = {("Import", t) for t in problems.TEMPLATES + tuple(problems.TYPES.values())}
    assert not wanted - listed, "add to ui/catalogue.py: " + "; ".join(
        f'QT_TRANSLATE_NOOP("Import", "{t}")' for _c, t in sorted(wanted - listed)
    )


def test_the_window_translates_a_problem_in_the_import_context(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from unccd_desktop.excel.problems import ImportText, Problem
    from unccd_desktop.ui.labels import message_text

    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, *_args) -> str:
        asked.append((context, text))
        return f"<{text}>"

    monkeypatch.setattr(QCoreApplication, "translate", translate)
    cell = Problem(
        problems.TYPE_ERROR,
        problems.IN_COLUMN,
        "Submitted on",
        ImportText(problems.TEXT_NOT_A_DATE, "soon"),
    )
    inner = "<'soon' is not a date (write it as YYYY-MM-DD)>"
    assert message_text(cell) == f"<Submitted on: {inner}.>"
    assert asked == [("Import", problems.TEXT_NOT_A_DATE), ("Import", problems.IN_COLUMN)]
    assert str(cell) == "Submitted on: 'soon' is not a date (write it as YYYY-MM-DD)."


def test_dates_in_problems_are_plain_values(demo_services, exported, tmp_path):
    wb = openpyxl.load_workbook(exported.path)
    wb["Deliverables"]["G2"] = date(2024, 5, 2)
    wb["Deliverables"]["F2"] = "lots"
    wb.save(tmp_path / "back.xlsx")
    report = preview_import(demo_services, tmp_path / "back.xlsx")
    (problem,) = report.rows[0].messages
    assert problem.to_json() == {
        "type": "type-error",
        "message": "Progress (%): 'lots' is not a percentage.",
        "sheet": "Deliverables",
        "row": 2,
        "column": "Progress (%)",
    }
