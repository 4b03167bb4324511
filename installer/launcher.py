"""Entry script of the frozen application (PyInstaller needs a script, not a package)."""

import sys

from unccd_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
