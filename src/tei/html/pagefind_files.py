"""pagefind's index made the same, byte for byte, from the same pages.

pagefind (1.3 to 1.5) names its fragment and word-index files by their content and writes
them the same every time, but it writes each filter's values in the order of a hash map
seeded afresh in every run: the filter files (filter/<lang>_<hash>.pf_filter), the metadata
file that names them (pagefind.<lang>_<hash>.pf_meta) and pagefind-entry.json come out
different from build to build (pagefind issue #638), and so would the deposit's manifest of
the site.  `canonicalise` rewrites those three kinds of file: the values of each filter and
the filters of each language in sorted order, each file named by a hash of what it holds.
The search works as before; only the order of entries that pagefind reads into maps changes.

pagefind's files are gzip-compressed "pagefind_dcd" + one CBOR item (RFC 8949) of integers,
strings and arrays; the small codec below reads and writes only those.  A file it does not
understand is left as it is and reported (the index then still works, only not byte-stable).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


class FormatError(ValueError):
    pass


def _read_item(data: bytes, i: int):
    head = data[i]
    major, info = head >> 5, head & 31
    i += 1
    if info < 24:
        value = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        value = int.from_bytes(data[i:i + size], "big")
        i += size
    else:
        raise FormatError(f"CBOR item {head:#x} (indefinite length or float) not expected")
    if major == 0:
        return value, i
    if major == 1:
        return -1 - value, i
    if major in (2, 3):
        chunk = data[i:i + value]
        return (chunk if major == 2 else chunk.decode("utf-8")), i + value
    if major == 4:
        items = []
        for _ in range(value):
            item, i = _read_item(data, i)
            items.append(item)
        return items, i
    raise FormatError(f"CBOR major type {major} not expected")


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | info]) + value.to_bytes(size, "big")
    raise FormatError("integer too large")


def _write_item(item) -> bytes:
    if isinstance(item, bool):
        raise FormatError("booleans not expected")
    if isinstance(item, int):
        return _head(0, item) if item >= 0 else _head(1, -1 - item)
    if isinstance(item, bytes):
        return _head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(item, list):
        return _head(4, len(item)) + b"".join(_write_item(x) for x in item)
    raise FormatError(f"cannot write {type(item).__name__}")


def read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise FormatError(f"{path.name} is not a pagefind data file")
    item, end = _read_item(data, len(SIGNATURE))
    if end != len(data):
        raise FormatError(f"{path.name}: data after the first item")
    return item


def _data(item) -> bytes:
    return SIGNATURE + _write_item(item)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def canonicalise(folder: Path) -> None:
    """Rewrite the filter, metadata and entry files of one pagefind output folder in a fixed
    order.  Raises FormatError (nothing changed) when a file is not as expected."""
    entry_path = folder / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    plans = []  # everything is read and checked before anything is written
    for lang, info in entry.get("languages", {}).items():
        meta_path = folder / f"pagefind.{info['hash']}.pf_meta"
        meta = read(meta_path)
        if not (isinstance(meta, list) and len(meta) > 3 and isinstance(meta[3], list)
                and all(isinstance(f, list) and len(f) == 2 for f in meta[3])):
            raise FormatError(f"{meta_path.name}: not the metadata layout of pagefind 1.3-1.5")
        filters = []
        for name, old_hash in meta[3]:
            path = folder / "filter" / f"{old_hash}.pf_filter"
            values = read(path)
            if not (isinstance(values, list) and len(values) == 2 and values[0] == name
                    and all(isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) for v in values[1])):
                raise FormatError(f"{path.name}: not the filter layout of pagefind 1.3-1.5")
            data = _data([name, sorted(values[1], key=lambda v: v[0])])
            new_hash = f"{lang}_{hashlib.sha256(data).hexdigest()[:7]}"
            filters.append((name, old_hash, new_hash, data))
        filters.sort()
        meta[3] = [[name, new_hash] for name, _, new_hash, _ in filters]
        meta_data = _data(meta)
        plans.append((lang, info, meta_path, meta_data, filters))
    for lang, info, meta_path, meta_data, filters in plans:
        for _, old_hash, new_hash, data in filters:
            (folder / "filter" / f"{old_hash}.pf_filter").unlink()
        for _, old_hash, new_hash, data in filters:
            _write(folder / "filter" / f"{new_hash}.pf_filter", data)
        meta_path.unlink()
        info["hash"] = f"{lang}_{hashlib.sha256(meta_data).hexdigest()[:10]}"
        _write(folder / f"pagefind.{info['hash']}.pf_meta", meta_data)
    entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
