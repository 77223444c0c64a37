"""Qt translations for the GUI and the CLI (English source; Japanese, Russian, Chinese).

Domain messages carry their source text and context; `translate_message` renders them
in the installed language through `QCoreApplication.translate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packstation.domain.messages import Message
from packstation.resources import resource

LANGUAGES = {"en": "English", "ja": "日本語", "ru": "Русский", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []


def pick_language(setting: str) -> str:
    """The configured language, or the system's when it is one we have, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name()  # e.g. ja_JP, ru_RU, zh_CN
    if system in LANGUAGES:
        return system
    short = system.split("_")[0]
    if short == "zh":
        return "zh_CN"
    return short if short in LANGUAGES else "en"


def install(language: str) -> str:
    """Load packstation's and Qt's own translations into the running application."""
    app = QCoreApplication.instance() or QCoreApplication([])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = pick_language(language)
    ours = QTranslator()  # for English: the singular forms of the counted texts only
    if ours.load(str(resource("translations", f"packstation_{chosen}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if chosen == "en":
        return chosen
    qt = QTranslator()
    if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return chosen


def translate(context: str, source: str, n: int = -1) -> str:
    """`n` >= 0: the form of the text for that count, with `%n` replaced by it."""
    return QCoreApplication.translate(context, source, None, n)


def translate_message(message: Message) -> str:
    return message.render(translate)


def translate_error(error: BaseException) -> str:
    """An error for people: its translatable message when it has one (DomainError,
    FileFormatError), else its text."""
    message = getattr(error, "message", None)
    return translate_message(message) if isinstance(message, Message) else str(error)
