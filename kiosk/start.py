"""The `kiosk` command's entry point (pyproject's [project.scripts]): the one command line, click's."""

from kiosk.cli import main

__all__ = ["main"]
