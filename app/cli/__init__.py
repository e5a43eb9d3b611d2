"""The ``chairdesk`` command: open the window, or run one command on a workspace.

Exit codes: 0 success, 1 a user-facing error (one line on stderr), 2 bad usage.
Opening the window imports none of the command modules (nor SQLAlchemy through
them), so the window paints as early as it can.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

PROG = "chairdesk"
#: The subcommands, and the modules whose ``register`` adds them to the parser.
COMMANDS = {
    "demo": "app.cli.workspace_commands",
    "check": "app.cli.workspace_commands",
    "copy": "app.cli.workspace_commands",
    "export": "app.cli.exchange_commands",
    "import": "app.cli.exchange_commands",
    "print": "app.cli.paper_commands",
    "package": "app.cli.paper_commands",
    "papers": "app.cli.paper_settings_commands",
    "invite": "app.cli.invitation_commands",
    "publish": "app.cli.invitation_commands",
}


def command_parser() -> argparse.ArgumentParser:
    from importlib import import_module

    from app import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Prepare a ministerial meeting: calendar, agendas, documents, invitees "
        "and the work plan. With no command, opens the window.",
        epilog=f"Run '{PROG} [WORKSPACE]' to open the window on a workspace "
        "(default: your default workspace).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in dict.fromkeys(COMMANDS.values()):
        import_module(module).register(commands)
    return parser


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Open the Chairdesk window.")
    parser.add_argument(
        "workspace", nargs="?", help="the .chairdesk file to open (default: your default one)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from app.cli.errors import user_errors

        options = command_parser().parse_args(args)
        if options.command is None:
            command_parser().print_help()
            return 0
        with user_errors() as outcome:
            outcome.code = options.run(options)
        return outcome.code
    options = window_parser().parse_args(args)
    from app.ui.shell.application import run_window

    return run_window(options.workspace)


__all__ = ["main"]
