"""A problem next to a field reads "Label: what is wrong", naming the field once, in each of the
six languages; the command line and imports use the same messages after "field: "."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from unccd_desktop import messages
from unccd_desktop.errors import Text, ValidationError
from unccd_desktop.services.demo import demo_uuid
from unccd_desktop.ui import i18n
from unccd_desktop.ui.labels import field_name, message_text


@pytest.fixture
def english_after(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


def check_line(line: str, name: str, template: str) -> None:
    """The problem line of field ``name``: its label once, the language's separator, then the
    problem in the language (English where the translation is still to come)."""
    label = field_name(name)
    problem = message_text(Text(template))
    join = QCoreApplication.translate(
        "RecordEditor", "{0}: {1}", "a field's label, then what is wrong with it"
    )
    separator = join.split("{0}", 1)[1].split("{1}", 1)[0]
    assert separator.strip(), f"{join!r}: nothing between the label and the problem"
    assert line == join.format(label, problem)
    assert line.count(label) == 1, f"the label {label!r} is repeated in {line!r}"


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_a_problem_names_its_field_once_in_each_language(
    qapp, window, land, language: str, english_after
) -> None:
    assert i18n.install(qapp, language) == language
    window.show_section("partner")
    partners = window.list_page("partner")
    assert partners.open_record(demo_uuid("partners", "unccd-secretariat"))
    name = partners.editor.widgets["name"].edit
    name.setText("")  # checked as the user types
    check_line(partners.editor.errors["name"].text(), "name", messages.REQUIRED)
    partners.editor.revert()

    window.show_section("agreement")
    page = window.list_page("agreement")
    assert page.open_record(demo_uuid("agreements", "ifrc-mou"))
    page.editor.widgets["effective_on"].set_value(date(2024, 6, 1))
    page.editor.widgets["expires_on"].set_value(date(2024, 1, 1))
    page.editor.save()  # checked across fields by the services
    land(window)
    line = page.editor.errors["expires_on"].text()
    check_line(line, "expires_on", messages.EXPIRES_BEFORE_EFFECTIVE)
    page.editor.revert()


def test_the_command_line_and_imports_read_field_then_problem(demo_db) -> None:
    with pytest.raises(ValidationError) as caught:
        demo_db.agreements.update(
            demo_uuid("agreements", "ifrc-mou"),
            demo_db.agreements.get(demo_uuid("agreements", "ifrc-mou"))["version"],
            {"effective_on": date(2024, 6, 1), "expires_on": date(2024, 1, 1)},
        )
    assert str(caught.value) == "expires_on: must be on or after the effective date"
    with pytest.raises(ValidationError) as caught:
        demo_db.agreements.create(
            {"title": "MoU", "kind": "mou", "parties": [{"role": "signatory"}]}
        )
    assert str(caught.value) == "parties: row 1, partner: must be filled in"
