"""The import command as its own process loads only what a dry run needs, and tunes the garbage
collector only there: a call of cli.main from a test or a script leaves it as it was."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from unccd_desktop.cli import COMMAND_GC_THRESHOLD, main

PROBE = """
import gc, json, sys
from unccd_desktop.cli import main
sys.argv = ["unccd-desktop", "import", sys.argv[1], "--db", sys.argv[2], "--json"]
status = main()
print(json.dumps({
    "status": status,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "openpyxl": sorted(m for m in sys.modules if m.split(".")[0] == "openpyxl"),
    "threshold": gc.get_threshold()[0],
    "frozen": gc.get_freeze_count(),
}))
"""


def test_the_import_command_as_a_process(demo_services, exported):
    db = str(demo_services.db.path)
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(exported.path), db],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report, probe = (json.loads(line) for line in run.stdout.strip().splitlines()[-2:])
    assert report["status"] == "clean" and probe["status"] == 0
    assert probe["qt"] == [] and probe["openpyxl"] == []
    assert probe["threshold"] == COMMAND_GC_THRESHOLD and probe["frozen"] > 0


def test_a_call_from_python_leaves_the_collector_alone(demo_services, exported, capsys):
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    db = str(demo_services.db.path)
    assert main(["import", str(exported.path), "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "clean"
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
