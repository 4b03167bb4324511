"""UNCCD_QUIT_AFTER_MS, which the smoke test of the built app relies on, from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from installer.smoke_test import isolated_env


def test_window_opens_on_a_new_database_then_quits_by_itself(tmp_path: Path) -> None:
    """The quit timer starts only once the main window is shown: without a window, no exit."""
    db = tmp_path / "new.unccd"
    env = isolated_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen", UNCCD_QUIT_AFTER_MS="100")
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    done = subprocess.run(
        [sys.executable, "-m", "unccd_desktop", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert db.stat().st_size > 0  # the app created and opened the database
