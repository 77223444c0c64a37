"""packstation: a packing-station application for e-commerce sellers."""

__version__ = "0.1.0"
