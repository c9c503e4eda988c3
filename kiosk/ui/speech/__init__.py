"""Speech mode and keypad operation (issue 14): the kiosk for visitors who cannot see the screen."""
