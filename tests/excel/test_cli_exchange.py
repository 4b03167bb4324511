"""The command line: exports, a dry run, apply with conflict choices, history and revert."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from unccd_desktop.cli import main


@pytest.fixture
def db(demo_template, tmp_path):
    path = tmp_path / "cli.unccd"
    shutil.copyfile(demo_template, path)
    return str(path)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_exports(capsys, db, tmp_path):
    code, out, _ = run(
        capsys, "export", "donor-report", "--db", db, "--out", str(tmp_path / "d.xlsx")
    )
    assert code == 0 and "deliverables" in out
    code, _, err = run(
        capsys,
        "export",
        "donor-report",
        "--db",
        db,
        "--donor",
        "Nobody",
        "--out",
        str(tmp_path / "x.xlsx"),
    )
    assert code == 1 and "No partner is called 'Nobody'" in err
    code, out, _ = run(
        capsys,
        "export",
        "partner-update",
        "--db",
        db,
        "--partner",
        "GEO",
        "--out",
        str(tmp_path / "p.xlsx"),
    )
    assert code == 0 and "3 deliverables" in out


def test_dry_run_apply_history_revert(capsys, db, tmp_path):
    book = tmp_path / "p.xlsx"
    assert (
        run(capsys, "export", "partner-update", "--db", db, "--partner", "GEO", "--out", str(book))[
            0
        ]
        == 0
    )
    wb = openpyxl.load_workbook(book)
    wb["Deliverables"]["F2"] = 42
    wb.save(book)

    code, out, _ = run(capsys, "import", str(book), "--db", db, "--json")
    report = json.loads(out)
    assert code == 0 and report["status"] == "clean"
    assert report["summary"] == {
        "create": 0,
        "update": 1,
        "unchanged": 2,
        "conflict": 0,
        "error": 0,
    }
    (row,) = [r for r in report["rows"] if r["action"] == "update"]
    assert row["changes"]["progress_percent"]["new"] == 42

    code, out, _ = run(capsys, "import", str(book), "--db", db, "--apply")
    assert code == 0 and "Applied as import batch 1" in out
    code, out, _ = run(capsys, "import", "history", "--db", db)
    assert out.startswith("1\t") and "p.xlsx" in out and "1 updated" in out
    code, out, _ = run(capsys, "import", "revert", "1", "--db", db)
    assert code == 0 and "Reverted import batch 1" in out
    code, _, err = run(capsys, "import", "revert", "1", "--db", db)
    assert code == 1 and "already reverted" in err


def test_conflicts_need_a_choice(capsys, db, tmp_path):
    from unccd_desktop.services import Actor, open_services

    book = tmp_path / "p.xlsx"
    run(capsys, "export", "partner-update", "--db", db, "--partner", "GEO", "--out", str(book))
    wb = openpyxl.load_workbook(book)
    uuid = wb["Deliverables"]["A2"].value
    wb["Deliverables"]["F2"] = 42
    wb.save(book)
    services = open_services(db, actor=Actor("office", "test"))
    record = services.deliverables.get(uuid)
    services.deliverables.update(uuid, record["version"], {"progress_percent": 7})
    services.close()

    code, out, _ = run(capsys, "import", str(book), "--db", db, "--apply", "--json")
    assert code == 1
    assert json.loads(out)["status"] == "has_conflicts"
    assert json.loads(out)["rows"][0]["changes"]["progress_percent"]["database"] == 7
    code, out, _ = run(capsys, "import", str(book), "--db", db, "--apply", "--keep-ours")
    assert code == 0
    code, out, _ = run(capsys, "import", str(book), "--db", db, "--json")
    assert json.loads(out)["status"] == "clean"  # the same file again: decided already
    assert {r["action"] for r in json.loads(out)["rows"]} == {"unchanged"}


def test_rejected_file_exits_2(capsys, db, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, _ = run(capsys, "import", str(bad), "--db", db, "--json")
    assert code == 2
    data = json.loads(out)
    assert data["status"] == "rejected"
    (problem,) = data["messages"]
    assert problem["type"] == "file-rejected" and "damaged" in problem["message"]


def test_a_long_comment_is_cut_in_the_printed_report_not_in_json(capsys, db, tmp_path):
    book = tmp_path / "p.xlsx"
    run(capsys, "export", "partner-update", "--db", db, "--partner", "GEO", "--out", str(book))
    wb = openpyxl.load_workbook(book)
    sheet = wb["Deliverables"]
    (comments,) = [c.column_letter for c in sheet[1] if c.value == "Comments"]
    sheet[f"{comments}2"] = "A long account of the work. " * 200  # 5,599 once trimmed
    wb.save(book)

    code, out, _ = run(capsys, "import", str(book), "--db", db)
    (line,) = [x for x in out.splitlines() if x.strip().startswith("comment:")]
    assert code == 0 and line.endswith("… (5,599 characters)") and len(line) < 200
    code, out, _ = run(capsys, "import", str(book), "--db", db, "--json")
    (row,) = [r for r in json.loads(out)["rows"] if r["action"] == "update"]
    assert len(row["changes"]["comment"]["new"]) == 5_599  # as read: the last space trimmed
