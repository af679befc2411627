"""What's new in a report month: newsworthy changes ranked, each with its figures, sources and leads in en/es/fr."""

from .build import News, build

__all__ = ["News", "build"]
