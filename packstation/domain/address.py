"""Address checks: Japanese postal codes and prefectures, Russian indexes, phones."""

from __future__ import annotations

import re
import unicodedata

PREFECTURES = (
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
)
_PREFECTURE_SET = frozenset(PREFECTURES)
# Without the 都/府/県 suffix, as people often write them ("東京", "大阪", "神奈川").
_PREFECTURE_BY_STEM = {p[:-1]: p for p in PREFECTURES if p != "北海道"}

_DASHES = "-‐‑‒–—―−ー－"
_DASH_RE = re.compile(f"[{_DASHES}]")
_JP_POSTAL_RE = re.compile(r"^(\d{3})-?(\d{4})$")
_RU_INDEX_RE = re.compile(r"^\d{6}$")
_NOT_DIGITS = re.compile(r"[^0-9]")


def normalize_width(text: str) -> str:
    """Full-width digits, letters and signs to ASCII (NFKC), keeping kana and kanji."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def normalize_jp_postal(raw: str) -> str | None:
    """`〒１２３－４５６７`, `1234567`, `123 4567` → `123-4567`; None if not 7 digits."""
    text = normalize_width(raw).strip().lstrip("〒").strip()
    text = _DASH_RE.sub("-", text).replace(" ", "")
    match = _JP_POSTAL_RE.match(text)
    if match is None:
        return None
    return f"{match.group(1)}-{match.group(2)}"


def normalize_prefecture(raw: str) -> str | None:
    text = normalize_width(raw).strip()
    if text in _PREFECTURE_SET:
        return text
    return _PREFECTURE_BY_STEM.get(text)


def is_valid_ru_index(raw: str) -> bool:
    return bool(_RU_INDEX_RE.match(normalize_width(raw).strip()))


def normalize_phone(raw: str) -> str:
    """Keep digits and a leading plus; drop spaces, brackets and every kind of dash."""
    text = normalize_width(raw).strip()
    digits = _NOT_DIGITS.sub("", text)
    return f"+{digits}" if text.startswith("+") else digits


def is_plausible_phone(raw: str) -> bool:
    """Between 7 and 15 digits (E.164 allows 15); Japanese numbers are 10 or 11."""
    digits = normalize_phone(raw).lstrip("+")
    return 7 <= len(digits) <= 15
