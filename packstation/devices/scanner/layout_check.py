"""The "scan this test barcode" check: does the keyboard layout garble what the scanner types?

A keyboard-wedge scanner does not type characters, it presses keys: for `@` it sends
"Shift + the key that carries 2 on a US keyboard". The computer turns keys into characters
with *its* layout, so when the two disagree the code changes on the way (odoo/odoo PR
#214407, inventree/InvenTree#10589; pack-bench-lessons item 1). Only digits, unshifted
letters and Tab/Enter come through on the common Latin layouts; symbols almost never do.

`TEST_CODE` holds the characters that reveal each mismatch. `check_scan` compares what
arrived with what each modelled layout would make of a US-layout scanner typing it, and
names the closest. Key positions and the characters on them were checked against
xkeyboard-config (`/usr/share/X11/xkb/symbols`: `us`, `jp(106)`, `ru(winkeys)`, `de`,
`fr`), which agree with the Windows layouts for every key `TEST_CODE` uses. Dead keys
(German ´ ` ^, French ^ ¨) compose with the next character, or are typed before it when
they cannot, as Windows does; `TEST_CODE` follows the French dead `^` (the key of `[`) with
`e`, which gives `ê` on Windows and Linux alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from packstation.devices.scanner.framing import visible
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

# Lower and upper case y/z (German), q/a/w/z/m (French), letters at all (Russian, Caps Lock),
# @ " : _ [ ] (Japanese), - / . ; (German, French, Russian), digits (French). Printable
# ASCII: Code 128 set B encodes it; 26 characters fit an A4 sheet at a 0.33 mm module.
TEST_CODE = 'Qa@Wz[e1]Ym-7.yZ/w:M;q_"A9'

_US_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_US_SHIFTED = ("~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")
# A key is named by what it types unshifted on a US keyboard; its pair is (plain, shifted).
_US_PAIRS: dict[str, tuple[str, str]] = {" ": (" ", " ")}
_US_PAIRS.update(
    (key, (key, shifted))
    for row, shifted_row in zip(_US_ROWS, _US_SHIFTED, strict=True)
    for key, shifted in zip(row, shifted_row, strict=True)
)
# What a US-layout scanner presses for each character: (key, shift).
US_KEYS: dict[str, tuple[str, bool]] = {}
for _key, (_plain, _shifted) in _US_PAIRS.items():
    US_KEYS.setdefault(_plain, (_key, False))
    US_KEYS.setdefault(_shifted, (_key, True))

# Full-width, wide (kana, kanji) and half-width katakana: what an input method makes of keys.
_WIDE = frozenset({"F", "W", "H"})
_COMBINING = {"^": "\u0302", "¨": "\u0308", "´": "\u0301", "`": "\u0300"}


class Diagnosis(Enum):
    OK = "ok"
    JAPANESE_LAYOUT = "japanese-layout"
    RUSSIAN_LAYOUT = "russian-layout"
    GERMAN_LAYOUT = "german-layout"
    FRENCH_LAYOUT = "french-layout"
    CAPS_LOCK = "caps-lock"
    INPUT_METHOD = "input-method"
    EXTRA_PREFIX = "extra-prefix"
    EXTRA_SUFFIX = "extra-suffix"
    EXTRA_TEXT = "extra-text"
    FIRST_CHARACTERS_LOST = "first-characters-lost"
    CHARACTERS_LOST = "characters-lost"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Layout:
    """An OS keyboard layout: the keys that differ from US, and its dead keys."""

    name: str
    diagnosis: Diagnosis
    keys: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # "" types nothing
    dead: frozenset[str] = frozenset()

    def pair(self, key: str) -> tuple[str, str]:
        return self.keys.get(key) or _US_PAIRS[key]


def _letters(us: str, local: str) -> dict[str, tuple[str, str]]:
    return {key: (char, char.upper()) for key, char in zip(us, local, strict=True)}


US = Layout("US", Diagnosis.OK)
JAPANESE = Layout(
    "Japanese (JIS)",
    Diagnosis.JAPANESE_LAYOUT,
    {
        "`": ("", ""),  # 半角/全角: switches the input method, types nothing
        "2": ("2", '"'),
        "6": ("6", "&"),
        "7": ("7", "'"),
        "8": ("8", "("),
        "9": ("9", ")"),
        "0": ("0", ""),
        "-": ("-", "="),
        "=": ("^", "~"),
        "[": ("@", "`"),
        "]": ("[", "{"),
        "\\": ("]", "}"),
        ";": (";", "+"),
        "'": (":", "*"),
    },
)
RUSSIAN = Layout(
    "Russian (ЙЦУКЕН)",
    Diagnosis.RUSSIAN_LAYOUT,
    _letters("`qwertyuiop[]asdfghjkl;'zxcvbnm,.", "ёйцукенгшщзхъфывапролджэячсмитьбю")
    | {
        "2": ("2", '"'),
        "3": ("3", "№"),
        "4": ("4", ";"),
        "6": ("6", ":"),
        "7": ("7", "?"),
        "/": (".", ","),
        "\\": ("\\", "/"),
    },
)
GERMAN = Layout(
    "German (QWERTZ)",
    Diagnosis.GERMAN_LAYOUT,
    _letters("yz[;'", "zyüöä")
    | {
        "`": ("^", "°"),
        "2": ("2", '"'),
        "3": ("3", "§"),
        "6": ("6", "&"),
        "7": ("7", "/"),
        "8": ("8", "("),
        "9": ("9", ")"),
        "0": ("0", "="),
        "-": ("ß", "?"),
        "=": ("´", "`"),
        "]": ("+", "*"),
        "\\": ("#", "'"),
        ",": (",", ";"),
        ".": (".", ":"),
        "/": ("-", "_"),
    },
    frozenset("^´`"),
)
FRENCH = Layout(
    "French (AZERTY)",
    Diagnosis.FRENCH_LAYOUT,
    _letters("qawz;", "aqzwm")
    | {
        "`": ("²", ""),
        "1": ("&", "1"),
        "2": ("é", "2"),
        "3": ('"', "3"),
        "4": ("'", "4"),
        "5": ("(", "5"),
        "6": ("-", "6"),
        "7": ("è", "7"),
        "8": ("_", "8"),
        "9": ("ç", "9"),
        "0": ("à", "0"),
        "-": (")", "°"),
        "[": ("^", "¨"),
        "]": ("$", "£"),
        "'": ("ù", "%"),
        "\\": ("*", "µ"),
        "m": (",", "?"),
        ",": (";", "."),
        ".": (":", "/"),
        "/": ("!", "§"),
    },
    frozenset("^¨"),
)
LAYOUTS = (US, JAPANESE, RUSSIAN, GERMAN, FRENCH)


def typed_through(layout: Layout, text: str, *, caps_lock: bool = False) -> str:
    """What the computer makes of a US-layout scanner typing `text` (printable ASCII)."""
    out: list[str] = []
    dead = ""
    for char in text:
        key, shift = US_KEYS[char]
        plain, shifted = layout.pair(key)
        if caps_lock and plain != shifted and plain.upper() == shifted:
            shift = not shift
        typed = shifted if shift else plain
        if not typed:
            continue
        if typed in layout.dead:
            if dead:  # two dead keys: both are typed as they are
                out.append(dead + typed)
                dead = ""
            else:
                dead = typed
            continue
        out.append(_compose(dead, typed) if dead else typed)
        dead = ""
    return "".join(out)


def _compose(dead: str, char: str) -> str:
    if char == " ":
        return dead
    composed = unicodedata.normalize("NFC", char + _COMBINING[dead])
    return composed if len(composed) == 1 else dead + char


OK_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check", "The test code arrived exactly as printed: the scanner is set up right."
)
JAPANESE_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    "The scanner types for a US keyboard but this computer uses a Japanese (JIS) layout, "
    "so symbols such as @ and \" change. Scan the 'Japanese keyboard' setting code in the "
    "scanner's manual, or switch the computer's input to US while scanning.",
)
RUSSIAN_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    "The scanner types for a US keyboard but this computer's input language is Russian, so "
    "Latin letters arrive as Cyrillic. Switch the input language to English while scanning, "
    "or scan the setting code for Alt-code (keypad) emulation in the scanner's manual.",
)
GERMAN_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    "The scanner types for a US keyboard but this computer uses a German (QWERTZ) layout, "
    "so Y and Z swap and symbols change. Scan the 'German keyboard' setting code in the "
    "scanner's manual, or switch the computer's input to US while scanning.",
)
FRENCH_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    "The scanner types for a US keyboard but this computer uses a French (AZERTY) layout, "
    "so A and Q, Z and W swap and digits change. Scan the 'French keyboard' setting code in "
    "the scanner's manual, or switch the computer's input to US while scanning.",
)
CAPS_LOCK_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    "Caps Lock is on, so capital and small letters are swapped. Turn Caps Lock off, or set "
    "the scanner to ignore it (Caps Lock in the keyboard settings of its manual).",
)
INPUT_METHOD_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'The scan arrived as "{received}": the Japanese input method (IME) is on and turned it '
    "into kana or full-width letters. Switch the IME to direct (half-width alphanumeric) "
    "input before scanning.",
)
EXTRA_PREFIX_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'The scanner sends "{text}" before each code. Remove that prefix with the setting codes '
    "in the scanner's manual.",
)
EXTRA_SUFFIX_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'The scanner sends "{text}" after each code. Remove that suffix with the setting codes '
    "in the scanner's manual, keeping only Enter or Tab at the end.",
)
EXTRA_TEXT_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'The scanner sends "{before}" before and "{after}" after each code. Remove that prefix '
    "and suffix with the setting codes in the scanner's manual, keeping only Enter or Tab "
    "at the end.",
)
FIRST_LOST_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'Only "{received}" arrived as the scan: the first characters came as typing, because '
    "the scanner pauses between characters longer than this station waits. Set a shorter "
    "inter-character delay on the scanner, or raise the maximum gap between keys in the "
    "scanner settings.",
)
LOST_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'Characters were lost: "{received}" arrived instead of "{expected}". This computer did '
    "not keep up with the scanner: set a longer inter-character delay on the scanner (see "
    "its manual) and scan again.",
)
UNKNOWN_TEXT = QT_TRANSLATE_NOOP(
    "Scanner check",
    'The test code arrived as "{received}" instead of "{expected}". Set the scanner to a US '
    "keyboard, check that Caps Lock and the Japanese input method are off and that the "
    "computer's input is English (US), then scan again.",
)
_LAYOUT_TEXTS = {
    Diagnosis.JAPANESE_LAYOUT: JAPANESE_TEXT,
    Diagnosis.RUSSIAN_LAYOUT: RUSSIAN_TEXT,
    Diagnosis.GERMAN_LAYOUT: GERMAN_TEXT,
    Diagnosis.FRENCH_LAYOUT: FRENCH_TEXT,
}


@dataclass(frozen=True)
class LayoutVerdict:
    diagnosis: Diagnosis
    message: Message

    @property
    def ok(self) -> bool:
        return self.diagnosis is Diagnosis.OK


@dataclass(frozen=True)
class _Candidate:
    layout: Layout
    caps_lock: bool
    text: str

    def verdict(self) -> LayoutVerdict:
        if self.layout is not US:
            return LayoutVerdict(self.layout.diagnosis, _LAYOUT_TEXTS[self.layout.diagnosis]())
        if self.caps_lock:
            return LayoutVerdict(Diagnosis.CAPS_LOCK, CAPS_LOCK_TEXT())
        return LayoutVerdict(Diagnosis.OK, OK_TEXT())


_CANDIDATES = tuple(
    _Candidate(layout, caps, typed_through(layout, TEST_CODE, caps_lock=caps))
    for layout in LAYOUTS
    for caps in (False, True)
)
_EXPECTED = _CANDIDATES[0]


def check_scan(received: str) -> LayoutVerdict:
    """What arrived when the test barcode (`TEST_CODE`) was scanned, and what to do about it.

    In this order: exactly right (an AIM identifier such as `]C0` in front is fine, the app
    reads it); the Japanese IME in the way; exactly one layout's (or Caps Lock's) result; that
    result with extra text around it; characters lost; the layout closest by edit distance
    when it is clearly closer than the right code; else unknown.
    """
    shown = visible(received)
    if _without_aim(received) == TEST_CODE:
        return _EXPECTED.verdict()
    if any(unicodedata.east_asian_width(char) in _WIDE for char in received):
        return LayoutVerdict(Diagnosis.INPUT_METHOD, INPUT_METHOD_TEXT(received=shown))
    for candidate in _CANDIDATES:
        if received == candidate.text:
            return candidate.verdict()
    for candidate in _CANDIDATES:
        if candidate.text in received:
            if candidate is _EXPECTED:
                before, _, after = received.partition(TEST_CODE)
                return _extra_text(before, after)
            return candidate.verdict()
    if received and TEST_CODE.endswith(received):
        return LayoutVerdict(Diagnosis.FIRST_CHARACTERS_LOST, FIRST_LOST_TEXT(received=shown))
    for candidate in _CANDIDATES:
        if received and _is_subsequence(received, candidate.text):
            if candidate is _EXPECTED:
                return LayoutVerdict(
                    Diagnosis.CHARACTERS_LOST, LOST_TEXT(received=shown, expected=TEST_CODE)
                )
            return candidate.verdict()
    expected_distance = _distance(received, TEST_CODE)
    distance, closest = min(
        ((_distance(received, c.text), c) for c in _CANDIDATES[1:]), key=lambda pair: pair[0]
    )
    if distance < expected_distance and distance <= len(TEST_CODE) // 4:
        return closest.verdict()
    return LayoutVerdict(Diagnosis.UNKNOWN, UNKNOWN_TEXT(received=shown, expected=TEST_CODE))


def _without_aim(text: str) -> str:
    if len(text) >= 3 and text[0] == "]" and text[1:3].isascii() and text[1:3].isalnum():
        return text[3:]
    return text


def _extra_text(before: str, after: str) -> LayoutVerdict:
    before = "" if _without_aim(before) == "" else before
    if before and after:
        return LayoutVerdict(
            Diagnosis.EXTRA_TEXT, EXTRA_TEXT_TEXT(before=visible(before), after=visible(after))
        )
    if before:
        return LayoutVerdict(Diagnosis.EXTRA_PREFIX, EXTRA_PREFIX_TEXT(text=visible(before)))
    return LayoutVerdict(Diagnosis.EXTRA_SUFFIX, EXTRA_SUFFIX_TEXT(text=visible(after)))


def _is_subsequence(short: str, long: str) -> bool:
    """`short` is `long` with some characters left out (and is shorter)."""
    rest = iter(long)
    return len(short) < len(long) and all(char in rest for char in short)


def _distance(a: str, b: str) -> int:
    """Levenshtein edit distance."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]
