"""Servicepunkt Kiosk: the public touch kiosk of a rural Swedish service point."""

__version__ = "0.1.0"
