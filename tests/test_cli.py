"""The command line: the same services, readable errors, no tracebacks for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from unccd_desktop import __version__
from unccd_desktop.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "unccd_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_init_demo_check_and_export(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.unccd"
    assert main(["db", "init", "--demo", "--db", str(db)]) == 0
    assert "58 partners" in capsys.readouterr().out or db.exists()
    assert main(["db", "check", "--db", str(db)]) == 0
    assert "No problems found" in capsys.readouterr().out
    out = tmp_path / "export.json"
    assert main(["export", "json", "--db", str(db), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    for key in (
        "partners",
        "focal_points",
        "agreements",
        "initiatives",
        "projects",
        "deliverables",
        "documents",
    ):
        assert isinstance(data[key], list)
    mou = next(a for a in data["agreements"] if a["kind"] == "multi_party_mou")
    partner_ids = {p["uuid"] for p in data["partners"]}
    assert all(p["partner"] in partner_ids for p in mou["parties"])
    assert all(len(d["due_on"]) == 10 for d in data["deliverables"] if d["due_on"])


def test_backup_is_a_consistent_copy(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.unccd"
    main(["db", "init", "--demo", "--db", str(db)])
    copy = tmp_path / "copies" / "backup.unccd"
    assert main(["db", "backup", "--db", str(db), "--out", str(copy)]) == 0
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    main(["export", "json", "--db", str(db), "--out", str(a)])
    main(["export", "json", "--db", str(copy), "--out", str(b)])
    assert a.read_text() == b.read_text()


def test_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = run_cli("db", "check", "--db", str(tmp_path / "nope.unccd"))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0
    assert "no database file" in missing.stderr
    assert "Traceback" not in missing.stderr
    db = tmp_path / "x.unccd"
    assert run_cli("db", "init", "--db", str(db)).returncode == 0
    again = run_cli("db", "init", "--db", str(db))
    assert again.returncode == 1
    assert "already exists" in again.stderr
    bad_url = run_cli(
        "export",
        "json",
        "--db",
        "postgresql://nobody@127.0.0.1:1/x",
        "--out",
        str(tmp_path / "o.json"),
    )
    assert bad_url.returncode == 1
    assert "Traceback" not in bad_url.stderr
    assert bad_url.stderr.count("\n") == 1 and "cannot be used: connection" in bad_url.stderr


def test_db_init_names_what_is_in_the_way(tmp_path: Path) -> None:
    folder = tmp_path / "partners.unccd"
    folder.mkdir()
    result = run_cli("db", "init", "--db", str(folder))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("is a folder, not a database file.")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_cli("db", "init", "--db", str(blocker / "partners.unccd"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "partners.unccd cannot be opened" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_output_to_a_reader_that_stopped_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "demo.unccd"
    assert main(["db", "init", "--demo", "--db", str(db)]) == 0
    # argparse of Python 3.11.7 drops help it cannot write (status 0); that of Debian 12's
    # 3.11.2 does not, and the command ends as any other whose reader left (141). Quietly both.
    for args, statuses in (
        (["--help"], (0, 141)),
        (["import", "history", "--db", str(db)], (141,)),
    ):
        proc = subprocess.Popen(
            [sys.executable, "-m", "unccd_desktop", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        proc.stdout.close()  # as `| head` does once it has its lines
        _out, err = proc.communicate(timeout=120)
        assert err == b"", err.decode()
        assert proc.returncode in statuses
