"""The per-user cache directory for derived files (rebuilt encoder, start-up tables).

Everything stored here can be rebuilt from the installed packages, so a missing, stale or
unwritable cache only costs time, never correctness: callers fall back to building in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_ENV = "TONLAGE_CACHE"
# Set to 1 to neither read nor write the start-up caches (for measuring the uncached path).
NO_CACHE_ENV = "TONLAGE_NO_CACHE"


def find_cache_dir() -> Path | None:
    """$TONLAGE_CACHE, ~/.cache/tonlage, else a per-user temp dir; None if none is writable."""
    def temp_dir() -> Path:  # tempfile is imported only when it is needed
        import tempfile

        uid = os.getuid() if hasattr(os, "getuid") else 0
        return Path(tempfile.gettempdir()) / f"tonlage-{uid}"

    for c in (os.environ.get(CACHE_ENV), Path.home() / ".cache" / "tonlage", temp_dir):
        if not c:
            continue
        p = c() if callable(c) else Path(c)
        try:
            p.mkdir(parents=True, exist_ok=True)
            if os.access(p, os.W_OK):
                return p
        except OSError:
            continue
    return None


def startup_cache_dir() -> Path | None:
    """Where start-up tables live, or None when caching is switched off or impossible."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    return find_cache_dir()


def replace_atomic(path: Path, data: bytes | bytearray | memoryview) -> None:
    """Write ``data`` to ``path`` via a temporary file and rename, so readers never see a
    half-written file; raises OSError (and leaves nothing behind) if the write fails."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomic(path: Path, data: bytes | bytearray | memoryview) -> bool:
    """``replace_atomic`` for caches: False instead of an error if the write fails."""
    try:
        replace_atomic(path, data)
    except OSError:
        return False
    return True


def remove_stale(keep: Path, pattern: str) -> None:
    """Delete the files matching ``pattern`` beside ``keep`` (older versions of one table)."""
    for old in keep.parent.glob(pattern):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()


_MARSHAL_MAGIC = b"TLCACHE1"


def source_key(*parts: str | bytes | Path) -> str:
    """A hex digest over strings, bytes and file contents (paths): what a cached table was
    built from. Hash the data files and the code that derives the table from them."""
    h = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    for part in parts:
        if isinstance(part, Path):
            data = part.read_bytes()
            h.update(f"file {part.name} {len(data)}\n".encode())
            h.update(data)
        else:
            data = part.encode() if isinstance(part, str) else part
            h.update(f"part {len(data)}\n".encode())
            h.update(data)
    return h.hexdigest()


def cached_marshal(name: str, key: Callable[[], str], build: Callable[[], T],
                   dump: Callable[[T], Any], undump: Callable[[Any], T]) -> T:
    """``build()``, or its value from the start-up cache when ``key()`` is unchanged.

    The value travels as ``dump(value)`` in marshal format (plain containers, str, numbers;
    no code is run on load) with a CRC, so a corrupt or truncated file is rebuilt silently;
    files of the same ``name`` with another key are removed when a new one is written.
    """
    cache = startup_cache_dir()
    if cache is None:
        return build()
    try:
        digest = key()
    except OSError:
        return build()
    path = cache / f"{name}-{digest[:20]}.marshal"
    try:
        raw = path.read_bytes()
        if raw[:8] == _MARSHAL_MAGIC and int.from_bytes(raw[8:12], "little") == zlib.crc32(
                raw[12:]):
            stored_digest, payload = marshal.loads(raw[12:])
            if stored_digest == digest:
                return undump(payload)
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass
    value = build()
    try:
        body = marshal.dumps((digest, dump(value)))
    except ValueError:  # pragma: no cover - a dump() returning something marshal cannot store
        return value
    if write_atomic(path, _MARSHAL_MAGIC + zlib.crc32(body).to_bytes(4, "little") + body):
        remove_stale(path, f"{name}-*.marshal")
    return value
