"""Signed credentials: pure cryptography and encodings (``crypto``), no database or settings."""
