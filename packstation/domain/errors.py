"""Domain errors carry a translatable message."""

from __future__ import annotations

from packstation.domain.messages import Message


class DomainError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message
