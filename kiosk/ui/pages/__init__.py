"""The kiosk's screens, one module each."""
