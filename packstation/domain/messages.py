"""Translatable messages without Qt.

The domain speaks to people through `Message` values. Source texts are marked with
`QT_TRANSLATE_NOOP(context, text)` so that `pyside6-lupdate` extracts them; the GUI and
the CLI translate them when they show them (`Message.render(translate)`).

A text that counts something says the count as `%n` and is marked
`QT_TRANSLATE_NOOP(context, text, None, 1)`, with the literal 1, because lupdate takes a
number in that place as "this text has plural forms" (a name there it reads as an encoding).
Its message is given the count as `n`; each language has its own forms for it (one in
Japanese and Chinese, two in English, three in Russian).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol


class Translate(Protocol):
    def __call__(self, context: str, source: str, n: int = -1) -> str:
        """The text in the chosen language; `n` >= 0: its form for that count."""
        ...


def untranslated(context: str, source: str, n: int = -1) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


@dataclass(frozen=True, slots=True)
class Text:
    """A source text and its translation context, not yet filled in."""

    context: str
    source: str
    plural: bool = False

    def __call__(self, **args: object) -> Message:
        return Message(self, tuple(args.items()))


def QT_TRANSLATE_NOOP(  # noqa: N802 - name read by lupdate
    context: str, source: str, disambiguation: None = None, plural: int = 0
) -> Text:
    """`plural`: 1 for a text with `%n` (see the module's note); there is no disambiguation."""
    return Text(context, source, plural=bool(plural))


@dataclass(frozen=True, slots=True)
class Message:
    text: Text
    args: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Translate = untranslated) -> str:
        args = dict(self.args)
        if self.text.plural:
            count = args.pop("n", None)
            if not isinstance(count, int):
                raise TypeError(f"{self.text.source!r} counts with n, an int, not {count!r}")
            template = translate(self.text.context, self.text.source, count)
        else:
            template = translate(self.text.context, self.text.source)
        return template.format(**{k: _render_arg(v, translate) for k, v in args.items()})

    def __str__(self) -> str:
        return self.render()


def _render_arg(value: object, translate: Translate) -> object:
    """Messages inside a message are translated too; a tuple of them is joined with "; "."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, tuple) and value and all(isinstance(item, Message) for item in value):
        return "; ".join(item.render(translate) for item in value)
    return value


def dumps(message: Message) -> str:
    """The message as JSON, to be stored and translated when it is shown (`loads`)."""
    return json.dumps(_plain(message), ensure_ascii=False)


def loads(stored: str) -> Message | None:
    """The message `dumps` wrote; None for any other text (one stored as it was said)."""
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    return _message(data) if isinstance(data, dict) and "source" in data else None


def _plain(message: Message) -> dict[str, object]:
    text = message.text
    args = {
        name: _plain(value) if isinstance(value, Message) else value
        for name, value in message.args
    }
    return {"context": text.context, "source": text.source, "plural": text.plural, "args": args}


def _message(data: dict[str, object]) -> Message:
    text = Text(str(data["context"]), str(data["source"]), bool(data.get("plural")))
    args = data.get("args")
    values = args.items() if isinstance(args, dict) else ()
    return Message(
        text,
        tuple(
            (name, _message(value) if isinstance(value, dict) and "source" in value else value)
            for name, value in values
        ),
    )
