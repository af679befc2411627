"""Claim checking: find the numeric claims in a text and verify them against the month it must have used."""
