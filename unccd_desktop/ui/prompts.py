"""Every question and notice the window puts to the user in a modal box goes through here.

A responder can stand in for the user (``answering``): the tests answer prompts that way
instead of hunting for a modal box with timers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


@dataclass
class Prompt:
    """What a box would show: its kind (question, warning, information), texts and answers."""

    kind: str
    title: str
    text: str
    informative: str = ""
    buttons: list[Button | str] = field(default_factory=list)
    default: Button | str | None = None
    dialog: QDialog | None = None  # a dialog of its own kind, for a responder to work


Responder = Callable[[Prompt], "Button | str | None"]
_responder: list[Responder] = []


@contextmanager
def answering(responder: Responder) -> Iterator[None]:
    """Let ``responder`` answer every prompt while the block runs."""
    _responder.append(responder)
    try:
        yield
    finally:
        _responder.remove(responder)


def _show(parent: QWidget | None, prompt: Prompt) -> Button | str | None:
    if _responder:
        return _responder[-1](prompt)
    icons = {
        "question": QMessageBox.Icon.Question,
        "warning": QMessageBox.Icon.Warning,
        "information": QMessageBox.Icon.Information,
    }
    box = QMessageBox(parent)
    box.setIcon(icons[prompt.kind])
    box.setWindowTitle(prompt.title)
    box.setText(prompt.text)
    if prompt.informative:
        box.setInformativeText(prompt.informative)
    made = {}
    for button in prompt.buttons:
        if isinstance(button, str):
            made[button] = box.addButton(button, QMessageBox.ButtonRole.ActionRole)
        else:
            made[button] = box.addButton(button)
    if prompt.default is not None:
        box.setDefaultButton(made[prompt.default])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in made.items() if button is clicked), None)


def show_dialog(dialog: QDialog, text: str = "") -> None:
    """Run a modal dialog of its own kind (the welcome, the crash dialog). While a responder
    stands in for the user, the dialog is handed to it instead of being shown."""
    if _responder:
        _responder[-1](Prompt("dialog", dialog.windowTitle(), text, dialog=dialog))
        return
    dialog.exec()


def run_box(box: QMessageBox) -> None:
    """Run a message box built elsewhere (its own buttons and roles); a responder answers
    with one of its buttons' texts, which is then clicked."""
    if not _responder:
        box.exec()
        return
    labels: list[Button | str] = [b.text() for b in box.buttons()]
    default = box.defaultButton()
    prompt = Prompt(
        "question",
        box.windowTitle(),
        box.text(),
        box.informativeText(),
        labels,
        default.text() if default is not None else None,
    )
    answer = _responder[-1](prompt)
    chosen = next((b for b in box.buttons() if b.text() == answer), None)
    if chosen is not None:
        chosen.click()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[Button] | None = None,
    default: Button = Button.No,
    informative: str = "",
) -> Button:
    """A question with standard buttons (Yes and No unless given); the button chosen."""
    buttons = buttons or [Button.Yes, Button.No]
    answer = _show(parent, Prompt("question", title, text, informative, list(buttons), default))
    if isinstance(answer, Button):
        return answer
    return Button.Cancel if Button.Cancel in buttons else Button.No


def choose(
    parent: QWidget | None, title: str, text: str, options: list[str], informative: str = ""
) -> int | None:
    """A choice between named actions (the first is the default); its index, or None."""
    prompt = Prompt("question", title, text, informative, [*options, Button.Cancel], options[0])
    answer = _show(parent, prompt)
    return options.index(answer) if isinstance(answer, str) and answer in options else None


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    _show(parent, Prompt("warning", title, text, informative, [Button.Ok], Button.Ok))


def inform(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    _show(parent, Prompt("information", title, text, informative, [Button.Ok], Button.Ok))
