"""`packstation users`: adding and listing users, the PIN given on standard input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from packstation.app.users import Access
from packstation.store.database import Database

pytestmark = pytest.mark.both_databases


def users(db_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", "--db", db_url, "users", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def test_add_the_admin_then_a_packer_and_list_them(db_url: str, clock) -> None:  # type: ignore[no-untyped-def]
    refused = users(db_url, "add", "Aiko", "--role", "packer", stdin="1111\n1111\n")
    assert refused.returncode == 1 and "first user must be an admin" in refused.stderr
    differ = users(db_url, "add", "Mei", "--role", "admin", stdin="9999\n9998\n")
    assert differ.returncode == 2 and "differ" in differ.stderr
    admin = users(db_url, "add", "Mei", "--role", "admin", stdin="9999\n9999\n")
    assert admin.returncode == 0, admin.stderr
    assert "User Mei added (admin)" in admin.stdout and "9999" not in admin.stdout + admin.stderr
    no_admin = users(db_url, "add", "Aiko", "--role", "packer", stdin="1111\n1111\n")
    assert no_admin.returncode == 1 and "--admin" in no_admin.stderr
    wrong = users(
        db_url, "add", "Aiko", "--role", "packer", "--admin", "Mei", stdin="0000\n1111\n1111\n"
    )
    assert wrong.returncode == 1 and "Wrong name or PIN" in wrong.stderr
    packer = users(
        db_url,
        "add",
        "Aiko",
        "--role",
        "packer",
        "--badge",
        "BADGE-0042",
        "--admin",
        "Mei",
        stdin="9999\n1111\n1111\n",
    )
    assert packer.returncode == 0, packer.stderr
    listed = users(db_url, "list")
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert rows == [
        ["name", "role", "state", "badge"],
        ["Aiko", "packer", "active", "registered"],
        ["Mei", "admin", "active", ""],
    ]
    db = Database(db_url)
    try:
        signed = Access(db, clock).sign_in_badge("BADGE-0042")
        assert signed.user is not None and signed.user.name == "Aiko"
        assert Access(db, clock).sign_in_pin("Aiko", "1111").user is not None
    finally:
        db.dispose()


def test_disable_and_unlock_need_the_admin(db_url: str) -> None:
    assert users(db_url, "add", "Mei", "--role", "admin", stdin="9999\n9999\n").returncode == 0
    users(db_url, "add", "Aiko", "--role", "packer", "--admin", "Mei", stdin="9999\n1111\n1111\n")
    assert users(db_url, "unlock", "Aiko", "--admin", "Mei", stdin="9999\n").returncode == 0
    disabled = users(db_url, "disable", "Aiko", "--admin", "Mei", stdin="9999\n")
    assert disabled.returncode == 0 and "Aiko disabled" in disabled.stdout
    last = users(db_url, "disable", "Mei", "--admin", "Mei", stdin="9999\n")
    assert last.returncode == 1 and "last active admin" in last.stderr
    assert "Aiko\tpacker\tdisabled" in users(db_url, "list").stdout
