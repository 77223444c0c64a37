"""Barcode scanners."""
