"""simplemma's German dictionary from a sorted on-disk table instead of decoding it at start.

Why: on first use simplemma decodes its front-coded German dictionary (1.1 million entries) in
pure Python, 1.6 s of every fresh process. The first process writes the decoded entries once to
the user cache as a sorted table with a hash index (about 53 MB); later processes memory-map it
and answer each lookup with one or two probes of the index (about 2 µs; a binary search over the
sorted keys took 6-8 µs, most of it in Python and in cache misses on a first pass over new
words), so start-up pays nothing for the dictionary.

The table holds exactly simplemma's entries and is keyed by simplemma's version and a hash of
its data file, so lemmas are identical with and without it. :func:`install` makes simplemma's
process-wide default dictionary factory serve German from the table, which covers every
``simplemma.lemmatize``/``simplemma.is_known`` call in the process. If simplemma's internals
differ from what this module expects, or no cache directory is writable, nothing is patched or
the in-memory dictionary is used: slower, never different.
"""

from __future__ import annotations

import hashlib
import mmap
import struct
import sys
import threading
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from .usercache import remove_stale, startup_cache_dir, write_atomic

LANG = "de"
_MAGIC = b"TLLEMMA2"
_SUFFIX = ".htable"  # not ".table": processes of older versions keep their own file
# magic, entries, crc32 of everything after the header, key bytes, value bytes, source digest,
# index slots
_HEADER = struct.Struct("<8sIIQQ32sI")
_MEMO_MAX = 200_000
_UNSEEN: Any = object()
_EMPTY = 0xFFFFFFFF  # an unused index slot

_lock = threading.Lock()
_installed = False


class LemmaTable(Mapping[str, str]):
    """Read-only str -> str view over a sorted key/value table with a hash index (simplemma's
    mapping interface: ``get`` returns the lemma or None)."""

    __slots__ = ("_buf", "_kbase", "_koff", "_mask", "_memo", "_n", "_slots", "_vbase", "_voff")

    def __init__(self, buf: Any) -> None:
        """``buf``: the table's bytes (a mmap or bytes); validated by :func:`_check`."""
        _magic, n, _crc, klen, _vlen, _digest, nslots = _HEADER.unpack_from(buf, 0)
        words = memoryview(buf)[_HEADER.size:_HEADER.size + 8 * (n + 1) + 4 * nslots].cast("I")
        self._buf = buf
        self._n = n
        self._koff = words[:n + 1]
        self._voff = words[n + 1:2 * (n + 1)]
        self._slots = words[2 * (n + 1):]
        self._mask = nslots - 1
        self._kbase = _HEADER.size + 8 * (n + 1) + 4 * nslots
        self._vbase = self._kbase + klen
        self._memo: dict[str, str | None] = {}

    def _find(self, key: bytes) -> int:
        """Index of ``key`` in the sorted keys, or -1 (open addressing, linear probing)."""
        buf, koff, base, slots, mask = self._buf, self._koff, self._kbase, self._slots, self._mask
        h = zlib.crc32(key) & mask
        while True:
            i = slots[h]
            if i == _EMPTY:
                return -1
            if buf[base + koff[i]:base + koff[i + 1]] == key:
                return i  # type: ignore[no-any-return]
            h = (h + 1) & mask

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        memo = self._memo
        value = memo.get(key, _UNSEEN)  # one dict operation: another thread may clear the memo
        if value is _UNSEEN:
            i = self._find(key.encode())
            value = (self._buf[self._vbase + self._voff[i]:self._vbase + self._voff[i + 1]]
                     .decode() if i >= 0 else None)
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            memo[key] = value
        return value if value is not None else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        buf, koff, base = self._buf, self._koff, self._kbase
        for i in range(self._n):
            yield buf[base + koff[i]:base + koff[i + 1]].decode()

    def __len__(self) -> int:
        return self._n


def _source_file() -> Path:
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    return Path(DATA_FOLDER) / f"{LANG}.plzma"


@lru_cache(maxsize=1)
def source_digest() -> bytes:
    """What the table is derived from: simplemma's version and its German data file (hashed
    once per process: both the table and the lexicon's start-up cache key on it)."""
    import simplemma

    h = hashlib.sha256(f"simplemma {simplemma.__version__} {sys.byteorder}\n".encode())
    h.update(_source_file().read_bytes())
    return h.digest()


def table_path(digest: bytes) -> Path | None:
    cache = startup_cache_dir()
    return cache / f"simplemma-{LANG}-{digest.hex()[:16]}{_SUFFIX}" if cache else None


def encode_table(entries: Mapping[bytes, bytes], digest: bytes) -> bytes:
    """The table file for ``entries`` (keys and values are UTF-8 bytes without limits)."""
    keys = list(entries)
    if keys == sorted(keys):  # simplemma's stream is sorted already: skip 1.1 M lookups
        values = list(entries.values())
    else:
        keys.sort()
        values = [entries[k] for k in keys]
    koff = array("I", [0])
    koff.extend(accumulate(map(len, keys)))
    voff = array("I", [0])
    voff.extend(accumulate(map(len, values)))
    kpos, vpos = koff[-1], voff[-1]
    slots = _index(keys)
    if sys.byteorder != "little":
        koff.byteswap()
        voff.byteswap()
        slots.byteswap()
    body = b"".join([koff.tobytes(), voff.tobytes(), slots.tobytes(), b"".join(keys),
                     b"".join(values)])
    return _HEADER.pack(_MAGIC, len(keys), zlib.crc32(body), kpos, vpos, digest,
                        len(slots)) + body


def _index(keys: list[bytes]) -> array:
    """Hash index over ``keys``: a power of two of slots, at most half used, each holding a key's
    position or _EMPTY; a key sits at the first free slot from CRC-32(key) on."""
    nslots = 2
    while nslots < 2 * len(keys):
        nslots *= 2
    mask = nslots - 1
    slots = array("I", [_EMPTY]) * nslots
    crc = zlib.crc32
    for i, key in enumerate(keys):
        h = crc(key) & mask
        while slots[h] != _EMPTY:
            h = (h + 1) & mask
        slots[h] = i
    return slots


def _check(buf: Any, digest: bytes) -> bool:
    """True if ``buf`` is a complete, uncorrupted table for ``digest``."""
    if len(buf) < _HEADER.size:
        return False
    magic, n, crc, klen, vlen, got, nslots = _HEADER.unpack_from(buf, 0)
    if magic != _MAGIC or got != digest or nslots < 2 * n or nslots & (nslots - 1) or \
            len(buf) != _HEADER.size + 8 * (n + 1) + 4 * nslots + klen + vlen:
        return False
    return zlib.crc32(memoryview(buf)[_HEADER.size:]) == crc


def open_table(path: Path, digest: bytes) -> LemmaTable | None:
    """The table at ``path`` if it is valid for ``digest``, else None."""
    try:
        with open(path, "rb") as fh:
            buf: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return None
    if not _check(buf, digest):
        buf.close()
        return None
    return LemmaTable(buf)


def _decoded_dictionary() -> dict[bytes, bytes]:
    """simplemma's own decoded German dictionary (the slow path this module avoids)."""
    from simplemma.strategies.dictionaries import dictionary_factory

    return dictionary_factory._load_dictionary_from_disk(LANG)


def load() -> Mapping[str, str] | None:
    """The German dictionary from the cache table, building the table if it is missing, stale
    or corrupt. None when there is no usable cache directory (use simplemma's own loader)."""
    if sys.byteorder != "little":  # pragma: no cover - the table stores little-endian offsets
        return None
    try:
        digest = source_digest()
    except (OSError, ImportError, AttributeError):
        return None
    path = table_path(digest)
    if path is None:
        return None
    table = open_table(path, digest)
    if table is not None:
        return table
    entries = _decoded_dictionary()
    if write_atomic(path, encode_table(entries, digest)):
        remove_stale(path, f"simplemma-{LANG}-*{_SUFFIX}")  # other simplemma versions
        table = open_table(path, digest)
        if table is not None:
            return table
    from simplemma.strategies.dictionaries.dictionary_factory import MappingStrToByteString

    return MappingStrToByteString(entries)


# simplemma versions whose German lemmatization starts with a plain lookup of the token in the
# dictionary (after NFC normalization; numerals excepted): a token found there gets that entry
# as its lemma, whatever the later strategies would do. Checked against the source of each.
_DIRECT_LOOKUP_VERSIONS = frozenset({"2.0.0"})


def direct_lookup() -> Callable[[str], str | None] | None:
    """The German dictionary's ``get``, if a hit there is what ``simplemma.lemmatize`` returns.

    Why: for the ~75 % of new words the dictionary knows, simplemma's strategy chain costs
    as much again as the lookup itself. None (use ``simplemma.lemmatize``) for other simplemma
    versions. The caller must pass NFC-normalized, non-numeric tokens."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    if simplemma.__version__ not in _DIRECT_LOOKUP_VERSIONS:
        return None
    return DEFAULT_DICTIONARY_FACTORY.get_dictionary(LANG).get  # type: ignore[no-any-return]


def install() -> bool:
    """Serve German from the table for every simplemma call in this process.

    Replaces the lookup of simplemma's default dictionary factory (its ``_get_dictionary``
    cache) by one that loads German through :func:`load` on first use; other languages and any
    failure go to simplemma's own loader. Returns False, patching nothing, if simplemma's
    factory does not look as expected or German is already loaded.
    """
    global _installed
    with _lock:
        if _installed:
            return True
        try:
            from simplemma.strategies.dictionaries.dictionary_factory import (
                DEFAULT_DICTIONARY_FACTORY,
                CachingDictionaryFactory,
            )
        except ImportError:  # pragma: no cover - simplemma is a dependency
            return False
        factory = DEFAULT_DICTIONARY_FACTORY
        current = getattr(factory, "_get_dictionary", None)
        uncached = getattr(factory, "_get_dictionary_uncached", None)
        if (not isinstance(factory, CachingDictionaryFactory) or current is None
                or uncached is None or not hasattr(current, "cache_info")
                or current.cache_info().currsize):
            return False
        load_lock = threading.Lock()

        @lru_cache(maxsize=8)
        def get_dictionary(lang: str) -> Mapping[str, str]:
            if lang == LANG:
                with load_lock:
                    table = load()
                if table is not None:
                    return table
            return uncached(lang)

        factory._get_dictionary = get_dictionary  # type: ignore[attr-defined]
        _installed = True
        return True
