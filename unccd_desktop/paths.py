"""Where things live: bundled resources and migrations, and the user's data and log folders."""

from __future__ import annotations

import sys
from pathlib import Path

from . import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A top-level folder of the source tree, or its copy inside a wheel or frozen app."""
    candidates = [_PACKAGE_DIR / "_bundled" / name, _PACKAGE_DIR.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"The application folder '{name}' is missing from this installation.")


def resources_dir() -> Path:
    return _bundled("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _bundled("migrations")


def user_data_dir() -> Path:
    import platformdirs  # not loaded by commands given a database

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "partnerships.unccd"


def demo_database_path() -> Path:
    return user_data_dir() / "demo.unccd"
