"""What the exchange screens share: the "exchange" translation context, the services of the
window, failures shown as a message (a user error) or as a bug, and import problems shown in
the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...errors import UserError
from ...excel.problems import TYPES, Problem
from ...services import Services
from .. import error_handling, prompts
from ..labels import error_text
from ..operations import Operations


def exchange_text(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def services_of(parent: Any, services: Services | None) -> Services:
    return services if services is not None else parent.services


_own: set[Operations] = set()  # write paths of screens used without a main window


def ops_of(parent: Any, services: Services) -> Operations:
    """The window's write path; a screen used on its own (a test, a tool) gets one of its own,
    kept until its writes are done."""
    ops = getattr(parent, "ops", None)
    if isinstance(ops, Operations) and ops.services.db is services.db:
        return ops
    ops = Operations(services, parent if isinstance(parent, QObject) else None)
    _own.add(ops)
    ops.idle.connect(lambda: _own.discard(ops))
    return ops


def show_failure(parent: QWidget | None, exc: BaseException, details: str) -> None:
    """A user error in a message box; anything else is a bug (logged, with its traceback)."""
    if isinstance(exc, UserError):
        prompts.warn(parent, exchange_text("Workbook exchange"), error_text(exc))
    else:
        error_handling.report(exc, details, parent)


def problem_type(problem: Problem) -> str:
    """The name of a problem's type, in the interface language."""
    return QCoreApplication.translate("Import", TYPES[problem.type])
