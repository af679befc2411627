"""Harmonize printed names (countries, personnel types, missions) via reviewed tables in data/."""
