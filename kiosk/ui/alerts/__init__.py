"""Public warnings on screen: the takeover, the red band, SMHI's warnings and the quiet line."""
