"""Press-release drafts in English, Spanish and French, written from the facts."""
