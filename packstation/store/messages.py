"""Messages as JSON, so that a stored hold reason is shown in the packer's language."""

from __future__ import annotations

from typing import Any

from packstation.domain.messages import Message, Text


def message_to_json(message: Message) -> dict[str, Any]:
    return {
        "context": message.text.context,
        "source": message.text.source,
        "args": {
            key: message_to_json(value) if isinstance(value, Message) else value
            for key, value in message.args
        },
    }


def message_from_json(data: dict[str, Any]) -> Message:
    args = tuple(
        (key, message_from_json(value) if isinstance(value, dict) else value)
        for key, value in data.get("args", {}).items()
    )
    return Message(Text(data["context"], data["source"]), args)
