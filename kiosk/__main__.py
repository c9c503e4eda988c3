"""`python -m kiosk`: the same as the `kiosk` command."""

from kiosk.start import main

main()
