"""Qt-free network layer shared by the sync, the statistics upload and `kiosk feed validate`."""
