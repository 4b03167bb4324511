"""Where the window keeps its settings: an INI file in the user's config folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from .. import APP_ID

RECENT_LIMIT = 8


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "settings.ini"


def app_settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def recent_databases() -> list[str]:
    value = app_settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_database(target: str) -> None:
    settings = app_settings()
    items = [target] + [t for t in recent_databases() if t != target]
    settings.setValue("files/recent", items[:RECENT_LIMIT])
    settings.setValue("files/last", target)


def last_database() -> str | None:
    value = app_settings().value("files/last")
    return str(value) if value else None


def display_name() -> str | None:
    """The name written in the history for this user's edits, if they chose one."""
    value = app_settings().value("user/display_name")
    return str(value) if value else None


DEFAULT_EXPIRY_WINDOW = 90
DEFAULT_DUE_WINDOW = 30


def _int_setting(key: str, default: int) -> int:
    try:
        return max(0, int(app_settings().value(key, default)))
    except (TypeError, ValueError):
        return default


def expiry_window_days() -> int:
    """Days before expiry from which the dashboard lists an agreement (at least its notice)."""
    return _int_setting("reminders/expiry_days", DEFAULT_EXPIRY_WINDOW)


def due_window_days() -> int:
    """Days before its due date from which the dashboard lists a deliverable as due soon."""
    return _int_setting("reminders/due_days", DEFAULT_DUE_WINDOW)


def attention_at_start() -> bool:
    """Whether the window says what needs attention today once a database opens."""
    return bool(app_settings().value("reminders/attention_at_start", True, type=bool))


def language() -> str:
    """The interface language chosen in Preferences ('' follows the system)."""
    return str(app_settings().value("ui/language", "") or "")


def data_folder() -> Path:
    """Where new and demo databases are kept: the chosen folder or the user data folder."""
    from ..paths import user_data_dir

    value = app_settings().value("files/data_folder")
    return Path(str(value)) if value else user_data_dir()


DEFAULT_SYNC_MINUTES = 5


def auto_sync() -> bool:
    """Whether a laptop syncs with its team server in the background."""
    return bool(app_settings().value("sync/automatic", True, type=bool))


def auto_sync_minutes() -> int:
    """Minutes between two automatic syncs (at least one)."""
    return max(1, _int_setting("sync/minutes", DEFAULT_SYNC_MINUTES))
