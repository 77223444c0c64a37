"""The one place the project imports python-escpos from, with its import side effects undone.

python-escpos 3.1 (`escpos/capabilities.py`, read in .venv) on import:
- calls `logging.basicConfig()`, which gives the root logger a stderr handler and so
  duplicates every application log line (python-escpos issue #559, fixed on master in #670);
- pickles its capability database into `mkdtemp()` (a new temporary directory on every
  import) unless `ESCPOS_CAPABILITIES_PICKLE_DIR` names a folder;
- may `print()` to stdout (a broken capability file), as do `image()` and `barcode()` at run
  time ("Using hardware barcode renderer"): `quiet()` swallows that output.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterator

from platformdirs import user_cache_path

PICKLE_DIR_VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def _cache_dir() -> str:
    folder = user_cache_path("packstation", appauthor=False) / "escpos"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Run python-escpos code that prints status lines to stdout, discarding them."""
    with contextlib.redirect_stdout(io.StringIO()):
        yield


def _import_escpos() -> None:
    os.environ.setdefault(PICKLE_DIR_VARIABLE, _cache_dir())
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    with quiet():
        import escpos.capabilities
        import escpos.printer  # noqa: F401
    if not handlers_before:
        for handler in list(root.handlers):
            root.removeHandler(handler)


_import_escpos()

from escpos.capabilities import CAPABILITIES
from escpos.printer import Dummy

__all__ = ["CAPABILITIES", "Dummy", "quiet"]
