"""Pure domain: orders, products, the order state machine, the pack session and validation.

No Qt, no SQL, no I/O here: everything is unit-testable in microseconds.
"""
