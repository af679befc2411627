"""The `peacekeeping` console script: it loads the command line, and a Ctrl-C while that loads ends it quietly too."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the `peacekeeping` command."""
    try:
        from .cli.entry import main as run
    except KeyboardInterrupt:  # before the command line could take it (it loads in about half a second)
        sys.stderr.write("interrupted: nothing was written (a write under way was abandoned)\n")
        sys.exit(130)
    run()
