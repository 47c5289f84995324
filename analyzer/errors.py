"""Errors a user can cause and fix; their messages are shown as one line, never a traceback."""

from __future__ import annotations


class InputError(ValueError):
    """The input text cannot be analyzed (empty, too long, not text)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
