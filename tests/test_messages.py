"""The guard on the messages of the layers below the window.

Every error that the services, the store and the exchange raise carries a template marked
with ``Messages.tr("...")`` (so lupdate extracts it and the window shows it translated),
never a plain string or an f-string, which would reach a Spanish window in English.
"""

from __future__ import annotations

import ast
import functools
from datetime import date, time
from pathlib import Path

import pytest

from app.messages import ExplainedError, Message, Messages, explanation_of, placeholders
from app.services.errors import ConflictError, ValidationError
from app.store.errors import WorkspaceError

ROOT = Path(__file__).resolve().parents[1]
CORE = ("services", "store", "exchange")
#: The errors everything else derives from; their subclasses are found in the code.
BASES = {"ExplainedError", "ServiceError", "ValidationError", "WorkspaceError"}


@functools.cache
def core_sources() -> tuple[tuple[str, ast.Module], ...]:
    return tuple(
        (str(path.relative_to(ROOT)), ast.parse(path.read_text(encoding="utf-8")))
        for package in CORE
        for path in sorted((ROOT / "app" / package).rglob("*.py"))
    )


def error_classes() -> set[str]:
    """The names of every error class of the core that carries a message."""
    names = set(BASES) | {"NotFoundError", "ConflictError"}
    classes = [
        node
        for _, tree in core_sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    return names


def called_name(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def is_marker(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and getattr(node.func.value, "id", "") == "Messages"
    )


def english_text(node: ast.AST) -> bool:
    """A plain string, an f-string, a string glued or formatted: words no one marked."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return english_text(node.left) or english_text(node.right)
    if isinstance(node, ast.Call):
        name = called_name(node)
        return name in ("format", "join", "str", "replace") and not is_marker(node)
    return False


def message_arguments(call: ast.Call) -> list[ast.expr]:
    """What an error call is given as its message."""
    name = called_name(call)
    if name == "ConflictError":
        return [k.value for k in call.keywords if k.arg == "message"]
    if name == "ValidationError":
        return call.args[1:2] + [k.value for k in call.keywords if k.arg == "message"]
    return call.args[:1]


def test_errors_of_the_core_carry_marked_templates():
    names = error_classes()
    assert {"WorkbookError", "CalendarFileError", "CopyError", "OverwriteRefused"} <= names
    plain = []
    for path, tree in core_sources():
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and called_name(call) in names):
                continue
            if any(english_text(text) for text in message_arguments(call)):
                plain.append(f"{path}:{call.lineno}: {ast.unparse(call)[:90]}")
    assert plain == [], "give these errors a Messages.tr(...) template"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ('ValidationError("date", f"The date {day} is taken.")', True),
        ('WorkbookError("The file is damaged.")', True),
        ('CopyError("Nothing was copied: " + reason)', True),
        ('ConflictError("meeting", message="{} changed".format(x))', True),
        ('ValidationError("date", Messages.tr("The date {day} is taken.", day=day))', False),
        ("WorkbookError(_damaged(name))", False),
    ],
)
def test_the_guard_tells_marked_templates_from_english_words(source: str, plain: bool):
    call = ast.parse(source).body[0].value
    assert any(english_text(text) for text in message_arguments(call)) is plain


def test_no_message_is_made_from_words_lupdate_cannot_see():
    """Message("...") with written-out words would bypass the marker: only Messages.tr marks.
    Message(text, literal=True) is for words that are not ours (an exception's own)."""
    unmarked = [
        f"{path}:{call.lineno}: {ast.unparse(call)[:90]}"
        for path, tree in core_sources()
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and called_name(call) == "Message"
        and call.args
        and english_text(call.args[0])
        and not any(k.arg == "literal" for k in call.keywords)
    ]
    assert unmarked == []


def test_every_template_is_written_out_and_given_its_parameters():
    """lupdate reads only a literal template; each {placeholder} is given, nothing more."""
    wrong = []
    for path, tree in core_sources():
        for call in ast.walk(tree):
            if not is_marker(call):
                continue
            where = f"{path}:{call.lineno}"
            template = call.args[0] if call.args else None
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                wrong.append(f"{where}: the template is not a written-out string")
                continue
            given = {k.arg for k in call.keywords}
            if None in given:  # **params: cannot be checked here
                continue
            if placeholders(template.value) != given:
                wrong.append(f"{where}: {sorted(placeholders(template.value))} != {sorted(given)}")
    assert wrong == []


def test_the_english_is_what_the_command_line_prints():
    error = ValidationError(
        "end_date",
        Messages.tr("The last day ({end}) cannot come before the first ({start}).",
                    end=date(2011, 9, 14), start=date(2011, 9, 15)),
    )  # fmt: skip
    assert str(error) == error.message
    assert error.message == "The last day (2011-09-14) cannot come before the first (2011-09-15)."


def test_the_window_translates_each_piece_and_writes_values_its_way():
    problem = Messages.tr("Ends at {end}.", end=time(9, 5))
    both = Message.joined([Messages.tr("Row {row}: {p}", row=7, p=problem), Messages.tr("Done.")])
    spanish = {
        "Row {row}: {p}": "Fila {row}: {p}",
        "Ends at {end}.": "Termina a las {end}.",
        "Done.": "Hecho.",
    }
    assert str(both) == "Row 7: Ends at 09:05. Done."
    shown = both.render(spanish.get, lambda value: f"<{value}>")
    assert shown == "Fila <7>: Termina a las <09:05:00>. Hecho."


def test_a_translation_that_lost_a_placeholder_falls_back_to_english():
    message = Messages.tr("{file} is damaged.", file="list.xlsx")
    assert message.render(lambda _t: "{fichero} está dañado.") == "list.xlsx is damaged."


def test_a_conflict_names_the_row_in_a_sentence_of_its_own_kind():
    error = ConflictError("meeting", "1st meeting")
    assert error.explanation.template.startswith("Someone else changed the meeting “{label}”")
    assert "“1st meeting”" in str(error)
    assert "{label}" not in ConflictError("meeting").explanation.template


@pytest.mark.parametrize("error", [WorkspaceError("x.chairdesk is gone"), ValueError("boom")])
def test_a_plain_text_error_is_shown_as_it_is(error: Exception):
    assert explanation_of(error).render(lambda _t: "traducido") == str(error)
    assert isinstance(WorkspaceError("x"), ExplainedError)
