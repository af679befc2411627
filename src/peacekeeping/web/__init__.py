"""The web dashboard and JSON API (FastAPI): the same facts as the CLI, read-only."""
