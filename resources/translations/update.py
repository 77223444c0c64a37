"""Refresh the translation sources from the code, then build what the app loads.

    python resources/translations/update.py      (or: make translations)

`pyside6-lupdate` collects every `tr()`, `QCoreApplication.translate()` and
`QT_TRANSLATE_NOOP()` text of the package into `packstation_<language>.ts` (existing
translations are kept, texts no longer in the code are dropped); `pyside6-lrelease` turns
each `.ts` into the `.qm` file the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "packstation"
LANGUAGES = ("ja", "ru", "zh_CN")
# English is the source language; its file holds only the counted texts (`%n`), for their
# singular forms ("1 parcel").
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def main() -> None:
    sources = sorted(str(path) for path in PACKAGE.rglob("*.py"))
    for language in LANGUAGES + PLURAL_ONLY:
        ts = HERE / f"packstation_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    main()
