"""What the exchange screens share: the "exchange" translation context, the services of the
window, failures shown as a message (a user error) or as a bug, and import problems shown in
the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...errors import UserError
from ...excel.problems import TYPES, Problem
from ...services import Services
from .. import error_handling, prompts
from ..labels import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def services_of(parent: Any, services: Services | None) -> Services:
    return services if services is not None else parent.services


def show_failure(parent: QWidget | None, exc: BaseException, details: str) -> None:
    """A user error in a message box; anything else is a bug (logged, with its traceback)."""
    if isinstance(exc, UserError):
        prompts.warn(parent, tr("Workbook exchange"), error_text(exc))
    else:
        error_handling.report(exc, details, parent)


def problem_type(problem: Problem) -> str:
    """The name of a problem's type, in the interface language."""
    return QCoreApplication.translate("Import", TYPES[problem.type])
