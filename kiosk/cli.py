"""Command line: the only place that turns errors into exit codes."""

from __future__ import annotations

import argparse
import sys

from kiosk import __version__


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Betshop kiosk for the BetGames webshop")
    p.add_argument("--version", action="version", version=f"betshop-kiosk {__version__}")
    p.add_subparsers(dest="command", metavar="COMMAND")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return 2
    return 0
