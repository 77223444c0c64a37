"""Translatable messages without Qt.

The domain speaks to people through `Message` values. Source texts are marked with
`QT_TRANSLATE_NOOP(context, text)` so that `pyside6-lupdate` extracts them; the GUI and
the CLI translate them when they show them (`Message.render(translate)`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True, slots=True)
class Text:
    """A source text and its translation context, not yet filled in."""

    context: str
    source: str

    def __call__(self, **args: object) -> Message:
        return Message(self, tuple(args.items()))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - name read by lupdate
    return Text(context, source)


@dataclass(frozen=True, slots=True)
class Message:
    text: Text
    args: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Translate = untranslated) -> str:
        template = translate(self.text.context, self.text.source)
        return template.format(**{k: _render_arg(v, translate) for k, v in self.args})

    def __str__(self) -> str:
        return self.render()


def _render_arg(value: object, translate: Translate) -> object:
    """Messages inside a message are translated too; a tuple of them is joined with "; "."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, tuple) and value and all(isinstance(item, Message) for item in value):
        return "; ".join(item.render(translate) for item in value)
    return value
