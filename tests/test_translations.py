"""Every text the user sees has its Japanese, Russian and Chinese translation, built and loadable."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packstation import i18n
from packstation.domain.pack_session import WRONG_ITEM
from packstation.resources import resource

LANGUAGES = ("ja", "ru", "zh_CN")
ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    found = messages(resource("translations", f"packstation_{language}.ts"))
    assert len(found) > 200
    for context, source, translation in found:
        assert translation.get("type") is None, f"{context}: {source!r} is not finished"
        assert (translation.text or "").strip(), f"{context}: {source!r} has no translation"
        assert set(PLACEHOLDER.findall(source)) == set(
            PLACEHOLDER.findall(translation.text or "")
        ), source


def test_the_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    sources = sorted(str(path) for path in (ROOT / "packstation").rglob("*.py"))
    for language in LANGUAGES:
        committed = resource("translations", f"packstation_{language}.ts")
        fresh = tmp_path / committed.name
        shutil.copyfile(committed, fresh)
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(fresh),
            ],
            check=True,
            capture_output=True,
        )
        known = {(context, source) for context, source, _ in messages(committed)}
        needed = {(context, source) for context, source, _ in messages(fresh)}
        assert needed - known == set(), (
            "texts without a translation: run `make translations` and translate"
        )
        assert known - needed == set(), "texts no longer in the code: run `make translations`"


def test_the_built_files_match_their_sources(tmp_path: Path) -> None:
    for language in LANGUAGES:
        ts = resource("translations", f"packstation_{language}.ts")
        built = tmp_path / f"{language}.qm"
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(built)],
            check=True,
            capture_output=True,
        )
        assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"rebuild {ts.with_suffix('.qm').name}"
        )


def test_domain_messages_show_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    message = WRONG_ITEM(name="急須", sku="POT-1")
    try:
        assert i18n.install("ja") == "ja"
        japanese = i18n.translate_message(message)
        assert "急須" in japanese and "POT-1" in japanese and "WRONG ITEM" not in japanese
        i18n.install("ru")
        assert "НЕ ТОТ ТОВАР" in i18n.translate_message(message)
    finally:
        i18n.install("en")
    assert i18n.translate_message(message).startswith("WRONG ITEM")


def test_language_follows_the_setting_then_the_system() -> None:
    assert i18n.pick_language("ru") == "ru"
    assert i18n.pick_language("zh_CN") == "zh_CN"
    assert i18n.pick_language("") in (*LANGUAGES, "en")
