"""Reading files a user names, with one-line German errors instead of tracebacks."""

from __future__ import annotations

from pathlib import Path


def read_user_file(path: str | Path, error: type[Exception], what: str = "Datei",
                   expected: str = "eine Textdatei") -> bytes:
    """The bytes of ``path``; missing, unreadable or directory paths raise ``error``."""
    p = Path(path)
    try:
        if p.is_dir():
            raise error(f"{path} ist ein Verzeichnis – bitte {expected} angeben.")
        return p.read_bytes()
    except FileNotFoundError:
        raise error(f"{what} nicht gefunden: {path}") from None
    except PermissionError:
        raise error(f"Keine Leseberechtigung für {path}") from None
    except OSError as exc:
        raise error(f"{path} kann nicht gelesen werden ({exc.strerror or exc})") from None
