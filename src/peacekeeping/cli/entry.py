"""The console script: every failure is one line on stderr and a documented exit code, never a traceback.

Exit codes: 0 done (also when the reader of the output went away: `peacekeeping months | head`), 1 an error the
user can act on (a bad name, file, store or input), 2 a usage error (an unknown option, a bad value), 130
interrupted (Ctrl-C, SIGINT) and 143 terminated (SIGTERM): a write under way is abandoned, the store left as it was.
"""

from __future__ import annotations

import functools
import os
import re
import select
import sys

import duckdb
import typer
from rich.markup import escape
from typer.main import get_command

from .. import store
from ..errors import PeacekeepingError
from ..store import interrupts
from .common import app, clip, err
from .help import dress

OK, USER_ERROR, USAGE, INTERRUPTED = 0, 1, 2, 130


def _line(message: str) -> int:
    err.print(f"[bold red]Error:[/] {escape(clip(message))}", highlight=False)
    return USER_ERROR


def _quiet_stdout() -> None:
    """The reader of stdout is gone: send what is left to /dev/null, so that closing stdout raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _stdout_file() -> tuple[int, int, int] | None:
    """What file descriptor 1 is now (device, inode, special device), or None."""
    try:
        found = os.fstat(1)
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_rdev)


def _reader_gone(started_on: tuple[int, int, int] | None) -> bool:
    """Whether stdout was a pipe whose reader has closed it: Typer's click (and Rich, which then points stdout at
    /dev/null) turn that into exit code 1."""
    if _stdout_file() != started_on:
        return True  # swapped for /dev/null by Rich
    try:
        poll = select.poll()
        poll.register(1, select.POLLOUT)
        return any(events & select.POLLERR for _, events in poll.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll (Windows)
        return False


@functools.cache
def _command():
    """The click command Typer makes of the app, made once: making it reads every command's signature (~60 ms)."""
    group = get_command(app)
    dress(group)
    return group


def run(args: list[str] | None = None) -> int:
    """Run the command line on `args` (default: sys.argv); the exit code. SIGINT and SIGTERM stop it at any moment:
    a write under way is abandoned, one line says so, the exit code is 130 or 143."""
    with interrupts.handled():
        code = _run(args)
        if interrupts.received is not None:  # taken, whatever the command made of it (DuckDB: "Query interrupted")
            err.print(interrupts.message(), highlight=False)
            return interrupts.exit_code()
    if code == INTERRUPTED:  # a KeyboardInterrupt outside the main thread's handler: Typer's 130
        err.print(interrupts.message(), highlight=False)
    return code


def _run(args: list[str] | None) -> int:
    """The command's exit code, its failure said in one line (not when a signal stopped it: `run` says that)."""
    started_on = _stdout_file()
    try:
        try:
            code = _command()(args=args, prog_name="peacekeeping", standalone_mode=False)
            sys.stdout.flush()
            return code if isinstance(code, int) else OK
        except BaseException:
            if interrupts.received is None:
                raise
            return INTERRUPTED
    except (KeyboardInterrupt, typer.Abort):
        return INTERRUPTED
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # a usage error: Typer's own click
        exc.show()
        return getattr(exc, "exit_code", USAGE)
    except BrokenPipeError:
        _quiet_stdout()
        return OK
    except SystemExit as exc:
        if _reader_gone(started_on):
            _quiet_stdout()
            return OK
        return exc.code if isinstance(exc.code, int) else USER_ERROR
    except PeacekeepingError as exc:
        return _line(str(exc))
    except duckdb.Error as exc:
        if store.no_space(exc):
            return _line(f"no space left on device: {_named_file(str(exc))}")
        return _line(f"the store cannot be read (it may be damaged or cut short): {str(exc).splitlines()[0]}")
    except OSError as exc:
        if store.no_space(exc):
            return _line(f"no space left on device: {exc.filename or 'writing the output'}")
        where = f"{exc.filename}: " if exc.filename else ""
        return _line(f"{where}{exc.strerror or exc}")
    except Exception as exc:  # a bug: still one line, with what to report
        return _line(
            f"internal error ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
            "please report it with the command you ran"
        )


def _named_file(message: str) -> str:
    """The file a DuckDB message names in quotes ('Could not write file "PATH": ...'), or the message's first line."""
    match = re.search(r'file "([^"]+)"', message)
    return match[1] if match else message.splitlines()[0]


def main() -> None:
    """Entry point of the `peacekeeping` command."""
    code = run()
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        _quiet_stdout()
    sys.exit(code)
