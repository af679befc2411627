"""The interface's words in Spanish and French, by their English text."""

MESSAGES: dict[str, dict[str, str]] = {}
