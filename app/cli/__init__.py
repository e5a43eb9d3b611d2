"""The ``chairdesk`` command: open the window, or run one command on a workspace.

Exit codes: 0 success, 1 a user-facing error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import exchange_commands, workspace_commands
from app.cli.errors import CommandError, user_errors

#: Each module adds its subcommands to the parser and returns nothing.
COMMAND_MODULES: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    workspace_commands.register,
    exchange_commands.register,
)

PROG = "chairdesk"


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Prepare a ministerial meeting: calendar, agendas, documents, invitees "
        "and the work plan. With no command, opens the window.",
        epilog=f"Run '{PROG} [WORKSPACE]' to open the window on a workspace "
        "(default: your default workspace).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMAND_MODULES:
        register(commands)
    return parser


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Open the Chairdesk window.")
    parser.add_argument(
        "workspace", nargs="?", help="the .chairdesk file to open (default: your default one)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parser = command_parser()
    subcommands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if args and (args[0] in subcommands or args[0].startswith("-")):
        options = parser.parse_args(args)
        with user_errors() as outcome:
            outcome.code = options.run(options)
        return outcome.code
    options = window_parser().parse_args(args)
    from app.ui.application import run_window

    return run_window(options.workspace)


__all__ = ["CommandError", "main"]
