"""Translations: every interface string is translated into the six UN languages.

pyside6-lupdate reads the sources into a fresh .ts file; each committed .ts under
resources/i18n must hold every one of those strings, translated (``type="unfinished"`` or an
empty translation counts as missing), with the same {0} placeholders and %n plural markers.
Texts built at run time (enum values, field names, wrappers around translate()) must be
listed in ui/catalogue.py so that lupdate sees them.
"""

from __future__ import annotations

import ast
import enum
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unccd_desktop import messages
from unccd_desktop.domain import enums
from unccd_desktop.services.crud import META_FIELDS
from unccd_desktop.ui.entities import LISTS
from unccd_desktop.ui.labels import FIELD_NAMES, enum_text, field_name

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "unccd_desktop" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "ar", "zh_CN", "fr", "ru", "es")
PLACEHOLDER = re.compile(r"\{\d\}|%n")
MNEMONIC = re.compile(r"&[^&\s]")

Key = tuple[str, str]  # context, source


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6")
    return found


def read_ts(path: Path) -> dict[Key, list[str] | None]:
    """(context, source) → translations (plural forms), or None when unfinished or empty."""
    out: dict[Key, list[str] | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            done = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            ok = done and all(f.strip() for f in forms)
            out[(name, message.findtext("source") or "")] = forms if ok else None
    return out


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, list[str] | None]:
    """The strings in the sources today, as lupdate finds them."""
    ts = tmp_path_factory.mktemp("lupdate") / "sources.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [lupdate(), "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    strings = read_ts(ts)
    assert len(strings) > 300  # lupdate found the interface, not an empty set
    return strings


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated(source_strings, language: str) -> None:
    committed = read_ts(I18N / f"unccd_desktop_{language}.ts")
    missing = [key for key in source_strings if committed.get(key) is None]
    assert not missing, (
        f"{len(missing)} strings lack a {language} translation (run lupdate, then translate): "
        + "; ".join(f"{c}: {s!r}" for c, s in missing[:15])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    problems = []
    for (context, source), forms in read_ts(I18N / f"unccd_desktop_{language}.ts").items():
        for form in forms or []:
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            # Languages with one plural form may write the number as %n or leave it implied.
            got = sorted(set(PLACEHOLDER.findall(form)) | ({"%n"} & set(wanted)))
            if got != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
            if MNEMONIC.search(source) and not MNEMONIC.search(form):
                problems.append(f"{context}: {source!r} → {form!r} (no & shortcut)")
    assert not problems, "; ".join(problems[:15])


ENTITIES = (
    "partner",
    "focal_point",
    "agreement",
    "initiative",
    "project",
    "deliverable",
    "document",
)


def dynamic_texts(services) -> set[Key]:
    """Texts the interface translates without a literal in a tr() call."""
    texts: set[Key] = set()
    for obj in vars(enums).values():
        if (
            isinstance(obj, type)
            and issubclass(obj, enum.Enum)
            and obj.__module__ == enums.__name__
        ):
            texts.update(("Enum", enum_text(member)) for member in obj)
    names = set(META_FIELDS)
    for entity in ENTITIES:
        service = services.entity(entity)
        names.update(f.name for f in service.fields)
        names.update(service.list_columns())
        for collection in service.collections.values():
            names.add(collection.name)
            names.update(f.name for f in getattr(collection, "fields", ()))
    for spec in LISTS.values():
        names.update(column.key for column in spec.columns)
        names.update(f.key for f in spec.filters)
        names.update(f.ref for f in spec.filters if f.ref)
    texts.update(("Field", field_name(n)) for n in names if n not in FIELD_NAMES)
    texts.update(("Services", text) for text in messages.ALL)
    for path in UI.rglob("*.py"):
        texts.update(_wrapped_translate_calls(ast.parse(path.read_text(encoding="utf-8"))))
    return texts


def _wrapped_translate_calls(tree: ast.Module) -> set[Key]:
    """Literal arguments of a module's `_tr(text)` helper that calls translate("Ctx", text)."""
    contexts = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and len(call.args) > 1
                    and isinstance(call.args[1], ast.Name)
                ):
                    contexts[node.name] = call.args[0].value
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in contexts
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add((contexts[node.func.id], node.args[0].value))
    return found


def catalogue_texts() -> set[Key]:
    tree = ast.parse((UI / "catalogue.py").read_text(encoding="utf-8"))
    return {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_texts_built_at_run_time_are_in_the_catalogue(sqlite_services) -> None:
    missing = sorted(dynamic_texts(sqlite_services) - catalogue_texts())
    assert not missing, "add to ui/catalogue.py: " + "; ".join(
        f'QT_TRANSLATE_NOOP("{c}", "{t}")' for c, t in missing
    )
