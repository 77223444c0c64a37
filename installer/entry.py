"""The frozen application's entry point (PyInstaller runs this file as `__main__`)."""

import multiprocessing
import sys

from packstation.cli import main

if __name__ == "__main__":
    # A large import parses in spawned processes (app/intake_parallel.py): in a frozen app each
    # of them starts this same executable, and freeze_support lets it run the worker, not the
    # application.
    multiprocessing.freeze_support()
    sys.exit(main())
