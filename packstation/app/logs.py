"""The station's log on stderr, for a shop or its support to see what a station does:
`PACKSTATION_LOG=debug` (or info, warning, error) before starting it. Off when unset: the
packer reads what matters in the window and the commands' own output.

No key or password goes into it: the marketplace clients keep credentials out of their
messages, and tests/test_no_secrets_written.py searches a whole run's debug log for them."""

from __future__ import annotations

import logging
import os
import sys

LOG_ENV = "PACKSTATION_LOG"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_from_environment() -> None:
    """Log to stderr at the level `PACKSTATION_LOG` names; an unknown name logs warnings and
    says so."""
    name = os.environ.get(LOG_ENV, "").strip().upper()
    if not name:
        return
    level = logging.getLevelNamesMapping().get(name)
    logging.basicConfig(level=level or logging.WARNING, format=FORMAT, stream=sys.stderr)
    if level is None:
        logging.getLogger(__name__).warning(
            "%s=%s is not a level (debug, info, warning, error): logging warnings", LOG_ENV, name
        )
