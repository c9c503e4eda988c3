"""The bundle's second program: `kiosk-publisher` opens the municipality's publisher window.

It is the same code as `kiosk publisher`, built without a console window for the Start menu
(PyInstaller's console=False); a windowed program on Windows has no standard streams, so
one-line errors go to the null device instead of failing on a missing stderr.
"""

import os
import sys

from kiosk.cli import main

if __name__ == "__main__":
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    main(["publisher", *sys.argv[1:]])
