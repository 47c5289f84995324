"""The HTTP server's defaults, apart from the server so the CLI can show them without FastAPI.

Importing FastAPI and pydantic costs about 0.4 s; ``analyzer --help`` and ``analyze`` should not
pay it.
"""

from __future__ import annotations

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8081  # LanguageTool's own default port, so clients' presets fit
DEFAULT_MAX_CHARS = 200_000  # as the editor's page
DEFAULT_MAX_BODY = 10 * 1024 * 1024
DEFAULT_MAX_QUEUE = 64
TOKEN_ENV = "TONLAGE_API_TOKEN"
