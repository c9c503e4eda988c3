"""The bundle's entry point: the same `kiosk` command line as the installed package."""

from kiosk.start import main

if __name__ == "__main__":
    main()
