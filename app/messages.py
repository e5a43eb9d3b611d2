"""Messages of the layers below the window, marked for translation without loading Qt.

A service, the store or the exchange explains a refusal with a :class:`Message`: an English
*template* with named parameters, made by ``Messages.tr("The last day ({end}) cannot come
before the first ({start}).", end=..., start=...)``. ``pyside6-lupdate`` reads every
``Messages.tr("...")`` call as a string of context "Messages", so the templates land in
resources/translations/*.ts beside the window's own strings. ``Messages.tr`` translates
nothing itself: the command line and the logs print ``str(message)``, the English; the
window looks the template up with ``QCoreApplication.translate("Messages", template)`` and
fills in the parameters (:meth:`Message.render`), dates in its own language.

Parameters are values (names, numbers, dates, file names), never English words: where a
sentence depends on a word, each case has its own template. A parameter may itself be a
:class:`Message` (a row's problem inside "Row {row}: {problem}"), or several joined
(:meth:`Message.joined`); each piece is translated, then put together.

This module imports nothing of ours and no Qt, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from string import Formatter
from typing import Any

#: The translation context of every message (what ``Messages.tr`` files them under).
CONTEXT = "Messages"

Translate = Callable[[str], str]
ValueText = Callable[[Any], str]


@dataclass(frozen=True)
class Number:
    """A count or size written with thousands separators ("1,048,576" in English; the
    window writes it its way, "1.048.576" in Spanish). A plain int is written as it is,
    which suits years and row numbers."""

    value: int


def english_value(value: Any) -> str:
    """A parameter as the English messages write it: ISO dates, 24-hour times."""
    if isinstance(value, Number):
        return f"{value.value:,}"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def _unchanged(template: str) -> str:
    return template


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}`` (``{{`` and ``}}`` are literal braces)."""
    try:
        return {name for _, name, _, _ in Formatter().parse(template) if name}
    except ValueError:
        return {"<unbalanced braces>"}


@dataclass(frozen=True)
class Message:
    """An English template and its parameters; ``str()`` gives the English sentence."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    #: For a message made of several (:meth:`joined`): the pieces and what goes between.
    pieces: tuple[Message, ...] = ()
    separator: str = " "
    #: A text from outside the program (an exception's own words): shown as it is.
    literal: bool = False

    @classmethod
    def joined(cls, pieces: Iterable[Message], separator: str = " ") -> Message:
        """Several messages shown one after the other, each translated on its own."""
        return cls("", pieces=tuple(pieces), separator=separator)

    def render(
        self, translate: Translate = _unchanged, value_text: ValueText = english_value
    ) -> str:
        """The sentence with ``translate`` applied to each template and ``value_text`` to
        each parameter; a translation whose placeholders do not fit falls back to English."""
        if self.literal:
            return self.template
        if self.pieces or not self.template:
            return self.separator.join(p.render(translate, value_text) for p in self.pieces)
        values = {
            name: value.render(translate, value_text)
            if isinstance(value, Message)
            else value_text(value)
            for name, value in self.params.items()
        }
        translated = translate(self.template) or self.template
        for template in (translated, self.template):
            try:
                return template.format_map(values)
            except (KeyError, IndexError, ValueError):
                continue
        return self.template

    def __str__(self) -> str:
        return self.render()


class Messages:
    """The marker lupdate knows: ``Messages.tr(template, **params)`` (context "Messages")."""

    @staticmethod
    def tr(template: str, /, **params: Any) -> Message:
        """Mark ``template`` for translation and carry ``params``; translates nothing here."""
        return Message(template, params)


class ExplainedError(Exception):
    """An error whose explanation is a :class:`Message`: English in ``str()``, translated
    by the window from ``explanation``.

    A plain string is accepted for errors made outside the program (tests, plug-ins); it is
    shown as it is in every language. The guard test ``tests/test_messages.py`` keeps the
    program's own errors marked.
    """

    def __init__(self, explanation: Message | str = "", *args: Any) -> None:
        self.explanation = (
            explanation
            if isinstance(explanation, Message)
            else Message(str(explanation), literal=True)
        )
        super().__init__(str(self.explanation), *args)

    def __str__(self) -> str:
        return str(self.explanation)


def explanation_of(error: BaseException) -> Message:
    """The message of ``error``: its own for an :class:`ExplainedError`, else its text."""
    if isinstance(error, ExplainedError):
        return error.explanation
    return Message(str(error), literal=True)
