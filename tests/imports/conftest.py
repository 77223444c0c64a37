"""The `write` fixture: a small import file in a temporary folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, text or bytes or JSON-able data, encoding="utf-8") → the file's path."""

    def write(name: str, content: object, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(json.dumps(content, ensure_ascii=False).encode(encoding))
        return path

    return write
