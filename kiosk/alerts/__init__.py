"""Public warnings: VMA, SMHI and Krisinformation, fetched, parsed and filtered for an area (Qt-free)."""
