"""Data package: recognizer definitions, term lists, allow lists and policies (no code)."""
