"""PyInstaller entry point of the frozen ``kiosk`` program: the same CLI as the ``kiosk`` console script."""

from kiosk.cli import main

raise SystemExit(main())
