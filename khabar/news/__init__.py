"""The news layer: what an article says, found in its text (dates, and what builds on them)."""
