"""Performance figures: `make bench` (or `python -m benchmarks`) prints them."""
