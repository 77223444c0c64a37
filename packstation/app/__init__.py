"""Use cases shared by the GUI and the CLI, and the workers that keep I/O off the GUI thread."""
