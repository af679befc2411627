"""The `peacekeeping` command: a thin Typer layer over the library, one module per group of commands."""

# The modules register their commands on the app as they are imported: --help lists them in this order.
from .common import app  # noqa: I001
from . import data, answers, products  # noqa: F401
from . import news  # noqa: F401
from .entry import main

__all__ = ["app", "main"]
