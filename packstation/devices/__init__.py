"""Bench devices: protocol codecs, transports and simulators. No Qt widgets here."""
