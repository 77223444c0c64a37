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
from packstation.domain.counts import ORDERS, PARCELS
from packstation.domain.pack_session import TOO_MANY, WRONG_ITEM
from packstation.resources import resource

LANGUAGES = ("ja", "ru", "zh_CN")
PLURAL_ONLY = ("en",)  # the source language: only the singular forms of the counted texts
FORMS = {"en": 2, "ja": 1, "ru": 3, "zh_CN": 1}
ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:  # context, source, translation
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


def forms(translation: ET.Element) -> list[str]:
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES + PLURAL_ONLY)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    found = messages(resource("translations", f"packstation_{language}.ts"))
    assert len(found) > (200 if language in LANGUAGES else 10)
    for context, source, translation in found:
        assert translation.get("type") is None, f"{context}: {source!r} is not finished"
        counted = "%n" in source
        assert len(forms(translation)) == (FORMS[language] if counted else 1), source
        for form in forms(translation):
            assert form.strip(), f"{context}: {source!r} has no translation"
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(form)), source
            assert ("%n" in form) == counted, f"{context}: {form!r} must say the count as %n"


def test_the_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    sources = sorted(str(path) for path in (ROOT / "packstation").rglob("*.py"))
    for language in LANGUAGES + PLURAL_ONLY:
        committed = resource("translations", f"packstation_{language}.ts")
        fresh = tmp_path / committed.name
        shutil.copyfile(committed, fresh)
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                *sources,
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
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
    for language in LANGUAGES + PLURAL_ONLY:
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


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {1: "1 order", 3: "3 orders", 21: "21 orders"}),
        ("ru", {1: "1 заказ", 3: "3 заказа", 5: "5 заказов", 21: "21 заказ", 12: "12 заказов"}),
        ("ja", {1: "注文 1 件", 5: "注文 5 件"}),
        ("zh_CN", {1: "1 个订单", 5: "5 个订单"}),
    ],
)
def test_counted_texts_take_the_form_of_their_count(qapp, language, counts) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install(language)
        for n, expected in counts.items():
            assert i18n.translate_message(ORDERS(n=n)) == expected
    finally:
        i18n.install("en")


def test_a_count_in_a_sentence_is_plural_correct_in_english_and_russian(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install("en")
        one = i18n.translate_message(TOO_MANY(name="Tea", n=1))
        assert "asks for 1 and it is already in" in one and "all 1" not in one
        assert "asks for 3 and all 3 are already in" in i18n.translate_message(
            TOO_MANY(name="Tea", n=3)
        )
        listed = i18n.translate("MainWindow", "{0} ({1}) in the list").format(
            i18n.translate_message(ORDERS(n=1)), i18n.translate_message(PARCELS(n=1))
        )
        assert listed == "1 order (1 parcel) in the list"
        i18n.install("ru")
        assert [i18n.translate_message(PARCELS(n=n)) for n in (1, 3, 5)] == [
            "1 посылка",
            "3 посылки",
            "5 посылок",
        ]
    finally:
        i18n.install("en")


def test_a_counted_message_without_its_count_is_refused() -> None:
    with pytest.raises(TypeError, match="counts with n"):
        ORDERS().render()
    assert ORDERS(n=2).render() == "2 orders"  # untranslated: the source's form, the count in
