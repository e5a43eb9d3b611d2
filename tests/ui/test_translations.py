"""The guard on translations: every string of the window is extracted, and translated into
Spanish, French and Portuguese, in .ts files that match the code and .qm files that match
the .ts. A feature that adds a string without its translations fails here.

To fix a failure: ``python tools/update_translations.py``, translate what it marked
unfinished in ``resources/translations/chairdesk_{es,fr,pt}.ts``, run the script again.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt")
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")
FIX = "run python tools/update_translations.py and translate what it marks unfinished"


def tool_module():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of one .ts file."""
    root = ET.parse(FOLDER / f"chairdesk_{language}.ts").getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def translated_text(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_ts_and_qm_files_match_the_code():
    """Extracting the strings again, and compiling again, changes nothing."""
    assert tool_module().stale_files() == [], FIX


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_window_is_translated(language):
    found = messages(language)
    assert len(found) > 500
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in translated_text(translation))
    ]
    assert untranslated == [], f"{len(untranslated)} strings lack a translation ({FIX})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_one_shortcut_letter(language):
    """A translation that loses "{name}" would show a raw brace or fail to format."""
    wrong = []
    for context, source, translation in messages(language):
        for text in translated_text(translation):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            mnemonics = len(re.findall(r"&(?!&)\w", text))
            if mnemonics != len(re.findall(r"&(?!&)\w", source)) and "<" not in source:
                wrong.append(f"{context}: {source!r} -> {text!r} (shortcut letter)")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lower_layers_messages_keep_their_placeholders(language):
    """A template's {placeholders} (and literal {{braces}}) are filled by str.format: a
    translation that renames, drops or adds one would show English instead."""
    from app.messages import placeholders

    wrong = [
        f"{source!r} -> {text!r}"
        for context, source, translation in messages(language)
        if context == "Messages"
        for text in translated_text(translation)
        if placeholders(text) != placeholders(source) or text.count("{{") != source.count("{{")
    ]
    assert len([c for c, _, _ in messages(language) if c == "Messages"]) > 250
    assert wrong == []


@functools.cache
def parsed_sources() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple(
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((ROOT / "app").rglob("*.py"))
    )


def calls_with_text(tree: ast.AST):
    """Every call of tr(), _tr(), self.tr() or translate() in ``tree``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            name = (
                function.attr
                if isinstance(function, ast.Attribute)
                else getattr(function, "id", "")
            )
            if name in ("tr", "_tr") or (
                name == "translate"
                and isinstance(function, ast.Attribute)
                and getattr(function.value, "id", "") == "QCoreApplication"
            ):
                yield name, node


def noop_contexts(tree: ast.AST) -> set[str]:
    """The contexts of the QT_TRANSLATE_NOOP marks in ``tree``."""
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_translated_string_is_written_out_where_lupdate_can_read_it():
    """tr(f"...") or tr(variable) cannot be extracted, so it would never be translated.
    Allowed: the module helpers that pass their argument on, translate("Context", x)
    in a module that marks its strings with QT_TRANSLATE_NOOP("Context", "..."), and
    translate("Messages", template) for the templates the lower layers mark with
    Messages.tr("...") (app/messages.py; tests/test_messages.py keeps them literal)."""
    hidden = []
    for path, tree in parsed_sources():
        helpers = {
            id(node)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef) and function.name in ("tr", "_tr")
            for node in ast.walk(function)
        }
        marked = noop_contexts(tree) | {"Messages"}
        for name, call in calls_with_text(tree):
            if id(call) in helpers:
                continue
            texts = call.args[:2] if name == "translate" else call.args[:1]
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts]
            if literal and all(literal):
                continue
            if name == "translate" and literal[:1] == [True] and texts[0].value in marked:
                continue
            hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert hidden == []


def test_module_helpers_look_strings_up_where_lupdate_files_them():
    """lupdate files a module-level tr("...") under the empty context; a helper that looks
    it up under another context would never find its translation."""
    wrong = []
    for path, tree in parsed_sources():
        for function in tree.body:
            if isinstance(function, ast.FunctionDef) and function.name in ("tr", "_tr"):
                for _name, call in calls_with_text(function):
                    context = call.args[0] if call.args else None
                    if not (isinstance(context, ast.Constant) and context.value == ""):
                        wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert wrong == []
