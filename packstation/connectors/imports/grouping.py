"""Rows of a CSV file grouped into orders: consecutive rows with one order number."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from packstation.connectors.imports.csv_reading import CsvFile, Header
from packstation.connectors.imports.problems import (
    NO_ORDER_NUMBER,
    NOT_TOGETHER,
    ORDER_SKIPPED,
    WRONG_COLUMN_COUNT,
    RowError,
)
from packstation.domain.messages import Message
from packstation.domain.model import IncomingOrder

Rows = list[tuple[int, list[str]]]  # (first physical line, fields) of one order's rows
Problems = list[tuple[int, Message]]  # (line, what is wrong)
# Builds an order from its rows, or says what is wrong with them. Each row has the header's
# width plus the blank field (see `Header`).
BuildOrder = Callable[[str, Rows], IncomingOrder | Problems]


def finish_order(
    source: str, number: str, rows: Rows, bad_rows: Problems, build: BuildOrder
) -> tuple[IncomingOrder] | list[RowError]:
    """The order; or a RowError per bad row (its first problem) and one more, on the
    order's first line, saying the order was skipped."""
    result = build(number, rows) if rows else []
    if not bad_rows and isinstance(result, IncomingOrder):
        return (result,)
    problems = bad_rows + result if isinstance(result, list) else bad_rows
    first_problems = dict(reversed(problems))  # line → its first problem
    errors = [
        RowError(source, line, first_problems[line], number) for line in sorted(first_problems)
    ]
    first_line = min(line for line, _ in rows + bad_rows)
    errors.append(RowError(source, first_line, ORDER_SKIPPED(order=number), number))
    return errors


def checked_row(row: list[str], width: int, number_at: int) -> tuple[str, Message | None]:
    """The row's order number, and what is wrong with its shape (None: nothing).

    A row of the header's width gets the blank field appended (see `Header`).
    """
    number = row[number_at].strip() if number_at < len(row) else ""
    if len(row) != width:
        return number, WRONG_COLUMN_COUNT(found=len(row), expected=width)
    row.append("")
    return number, None


Group = tuple[str, Rows, Problems]  # an order number, its rows, and its rows of a wrong shape


def consecutive_groups(
    rows: Iterable[tuple[int, list[str]] | RowError], source: str, width: int, number_at: int
) -> Iterator[Group | RowError]:
    """Consecutive rows with the same number in column `number_at`, as groups. A row without
    a number is a RowError; it does not end the group around it."""
    number = ""
    group: Rows = []
    bad_rows: Problems = []
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        line, row = item
        key, problem = checked_row(row, width, number_at)
        if not key:
            yield RowError(source, line, problem or NO_ORDER_NUMBER())
            continue
        if key != number:
            if number:
                yield number, group, bad_rows
            number, group, bad_rows = key, [], []
        if problem is None:
            group.append((line, row))
        else:
            bad_rows.append((line, problem))
    if number:
        yield number, group, bad_rows


def finish_group(
    source: str, group: Group, seen: set[str], build: BuildOrder
) -> tuple[IncomingOrder] | list[RowError]:
    """The group's order (see `finish_order`); a RowError on each of its rows instead when
    its number was `seen` in an earlier group."""
    number, rows, bad_rows = group
    if number in seen:
        return [
            RowError(source, line, NOT_TOGETHER(order=number), number)
            for line in group_lines(group)
        ]
    seen.add(number)
    return finish_order(source, number, rows, bad_rows, build)


def group_lines(group: Group) -> list[int]:
    _, rows, bad_rows = group
    return sorted([line for line, _ in rows] + [line for line, _ in bad_rows])


def group_consecutive(
    csv_file: CsvFile, header: Header, number_at: int, build: BuildOrder
) -> Iterator[IncomingOrder | RowError]:
    """Orders from consecutive rows with the same number in column `number_at`.

    Rows of a number seen again after its group ended give a RowError each, not an order.
    """
    source = csv_file.source
    seen: set[str] = set()
    for item in consecutive_groups(csv_file.rows(), source, header.width, number_at):
        if isinstance(item, RowError):
            yield item
        else:
            yield from finish_group(source, item, seen, build)
