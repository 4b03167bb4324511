"""The layers keep their boundaries: the data layers never load Qt, the window never reaches
into storage (it goes through the services)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import unccd_desktop

PACKAGE = Path(unccd_desktop.__file__).parent


def test_the_data_layers_and_the_command_line_load_without_qt() -> None:
    probe = (
        "import importlib, pkgutil, sys\n"
        "for name in ('domain', 'storage', 'services', 'excel'):\n"
        "    package = importlib.import_module('unccd_desktop.' + name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import unccd_desktop.cli, unccd_desktop.services.maintenance\n"
        "print(sorted(m for m in sys.modules if m.startswith('unccd_desktop.')))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    loaded, qt = out.stdout.splitlines()
    assert "'unccd_desktop.services.maintenance'" in loaded
    assert "'unccd_desktop.excel." in loaded
    assert qt == "[]"


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (functions included), as absolute names."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_imports_are_resolved_to_absolute_names() -> None:
    assert _imported_modules(PACKAGE / "ui" / "open_failed.py") >= {
        "unccd_desktop.APP_NAME",
        "PySide6.QtWidgets",
        "unccd_desktop.services.maintenance.latest_backup",
    }


# The one exception: while the data layer loads at start-up, the list left open last is read
# with sqlite3 alone (read only) from the query its service kept (storage/first_pages).
START_UP_PREVIEW = {
    "ui/list_preview.py": ["unccd_desktop.storage", "unccd_desktop.storage.first_pages"]
}


def test_the_window_does_not_import_storage() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imported_modules(path)
            if name == "unccd_desktop.storage" or name.startswith("unccd_desktop.storage.")
        )
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == START_UP_PREVIEW
