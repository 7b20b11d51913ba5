"""The bundle's entry point (PyInstaller freezes this script into SmearCount / SmearCount.exe)."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
