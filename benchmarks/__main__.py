"""Run every benchmark and print its figures: `python -m benchmarks` (or `make bench`)."""

from benchmarks import open_by_number, rakuten_import, scan_verdict

for module in (scan_verdict, rakuten_import, open_by_number):
    module.report()
    print()
