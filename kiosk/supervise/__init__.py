"""`kiosk supervise`: keeps the kiosk running for months (Qt-free, the same on Linux and Windows)."""
