"""Every option and argument of every command says what it is in --help."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from packstation.cli import build_parser


def parsers(
    parser: argparse.ArgumentParser, name: str
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every sub-command's, named as typed: "packstation doc slip"."""
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command, sub in action.choices.items():
                yield from parsers(sub, f"{name} {command}")


def test_every_option_and_argument_has_help() -> None:
    missing = [
        f"{name}: {'/'.join(action.option_strings) or action.dest}"
        for name, parser in parsers(build_parser(), "packstation")
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and not (action.help or "").strip()
    ]
    assert missing == []


def test_every_command_has_help() -> None:
    missing = [
        f"{name} {choice.dest}"
        for name, parser in parsers(build_parser(), "packstation")
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for choice in action._choices_actions
        if not (choice.help or "").strip()
    ]
    assert missing == []
    names = {name for name, _ in parsers(build_parser(), "packstation")}
    assert {"packstation doc slip", "packstation scale read", "packstation tracking ranges"} <= names
