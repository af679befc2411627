"""Ingest: plan against what the store holds, parse and harmonize what is new, write it in one atomic swap."""

from .plan import Outcome, Summary
from .run import ingest
from .update import update
from .write import migrate

__all__ = ["Outcome", "Summary", "ingest", "migrate", "update"]
