"""The database's safety commands: a backup taken while stations work, a restore, and a check
of a database before a station starts on it.

packstation backup FILE            a copy of the database (SQLite: a file; PostgreSQL: pg_dump's)
packstation restore FILE [--yes]   an SQLite backup as the database, the one it replaces kept
packstation serve-check [--db URL] whether a station may start on the database

Exit codes: 0 done (ready), 1 refused, failed or not ready, 2 the database cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from packstation.app.backup import BackupFailed, backup, prepare_restore
from packstation.app.serve_check import Level, serve_check
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.i18n import translate, translate_message
from packstation.store.database import resolve_url
from packstation.store.problems import where

COMMANDS = frozenset({"backup", "restore", "serve-check"})
SAVED = QT_TRANSLATE_NOOP(
    "Cli",
    "Saved {path}: orders {orders}, parcels {parcels}, events {events} (schema revision"
    " {revision})",
)
TO_RESTORE = QT_TRANSLATE_NOOP(
    "Cli",
    "{path}: orders {orders}, parcels {parcels}, events {events} (schema revision {revision})",
)
ASK = QT_TRANSLATE_NOOP("Cli", "Replace the database {database} with it? [y/N] ")
NOT_RESTORED = QT_TRANSLATE_NOOP("Cli", "Nothing was restored")
RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "Restored {path} into {database} (schema revision {revision} now)"
)
KEPT = QT_TRANSLATE_NOOP("Cli", "The database it replaced is kept as {path}")
LEVELS = {
    Level.OK: QT_TRANSLATE_NOOP("Cli", "ok"),
    Level.WARNING: QT_TRANSLATE_NOOP("Cli", "warning"),
    Level.FAILED: QT_TRANSLATE_NOOP("Cli", "FAILED"),
}
READY = QT_TRANSLATE_NOOP("Cli", "A station may start on {where}")
NOT_READY = QT_TRANSLATE_NOOP("Cli", "A station should not start on {where}: see FAILED above")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    saving = commands.add_parser(
        "backup", help="a copy of the database, taken while stations work on it"
    )
    saving.add_argument(
        "file", type=Path, help="the backup file to write (replaced when it exists)"
    )
    restoring = commands.add_parser(
        "restore", help="an SQLite backup as the database; the database it replaces is kept"
    )
    restoring.add_argument("file", type=Path, help="the backup file `packstation backup` wrote")
    restoring.add_argument("--yes", action="store_true", help="restore without asking first")
    checking = commands.add_parser(
        "serve-check",
        help="whether a station may start on a database: connection, schema, clock, writes",
    )
    checking.add_argument(
        "--db",
        dest="check_db",
        metavar="URL",
        help="the database to check (default: the --db before the command, PACKSTATION_DB or"
        " the per-user SQLite file)",
    )


def runs_without_services(args: argparse.Namespace) -> bool:
    """These commands open the database themselves: a backup or a check changes nothing in
    it, and a restore replaces it before it is upgraded."""
    return args.command in COMMANDS


def run(args: argparse.Namespace) -> int:
    return {"backup": _backup, "restore": _restore, "serve-check": _serve_check}[args.command](
        args
    )


def _backup(args: argparse.Namespace) -> int:
    try:
        saved = backup(resolve_url(args.db), args.file)
    except BackupFailed as failed:
        print(translate_message(failed.message), file=sys.stderr)
        return 1
    contents = saved.contents
    print(
        translate_message(
            SAVED(
                path=saved.path,
                orders=contents.orders,
                parcels=contents.parcels,
                events=contents.events,
                revision=contents.revision or "-",
            )
        )
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    try:
        restore = prepare_restore(resolve_url(args.db), args.file)
    except BackupFailed as failed:
        print(translate_message(failed.message), file=sys.stderr)
        return 1
    try:
        contents = restore.contents
        print(
            translate_message(
                TO_RESTORE(
                    path=restore.source,
                    orders=contents.orders,
                    parcels=contents.parcels,
                    events=contents.events,
                    revision=contents.revision,
                )
            )
        )
        if not args.yes and not _confirmed(translate_message(ASK(database=restore.database))):
            print(translate_message(NOT_RESTORED()), file=sys.stderr)
            return 1
        restored = restore.run()
    finally:
        restore.close()
    print(
        translate_message(
            RESTORED(path=restore.source, database=restore.database, revision=restored.revision)
        )
    )
    if restored.kept is not None:
        print(translate_message(KEPT(path=restored.kept)))
    return 0


def _confirmed(question: str) -> bool:
    print(question, end="", flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in {"y", "yes", translate("Cli", "y"), translate("Cli", "yes")}


def _serve_check(args: argparse.Namespace) -> int:
    url = resolve_url(args.check_db or args.db)
    findings = serve_check(url)
    for finding in findings:
        print(f"{translate_message(LEVELS[finding.level]())}\t{finding.render(translate)}")
    failed = any(finding.level is Level.FAILED for finding in findings)
    shown = where(url)
    print(translate_message((NOT_READY if failed else READY)(where=shown)))
    return 1 if failed else 0
