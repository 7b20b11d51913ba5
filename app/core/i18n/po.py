"""Reading gettext ``.po`` sources and compiling them to ``.mo`` catalogues, in Python alone
(so a bundle, an install and the tests need no ``msgfmt`` and no extra package)."""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    msgid: str
    msgid_plural: str = ""
    msgstr: list[str] = field(default_factory=list)  # one, or one per plural form
    fuzzy: bool = False
    obsolete: bool = False

    @property
    def translated(self) -> bool:
        return not self.fuzzy and bool(self.msgstr) and all(self.msgstr)


def read_po(path: Path) -> list[Entry]:
    """Every entry of a ``.po`` file, the header (msgid "") first."""
    return parse_po(path.read_text(encoding="utf-8"))


def parse_po(text: str) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    part = ""  # which string the continuation lines add to
    fuzzy = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
            continue
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            keyword, rest = part, line
        elif keyword == "msgid":
            current = Entry("", fuzzy=fuzzy, obsolete=obsolete)
            entries.append(current)
            fuzzy = False
        if current is None:
            raise ValueError(f"line {number}: text before the first msgid")
        value = _string(rest, number)
        if keyword == "msgid":
            current.msgid += value
        elif keyword == "msgid_plural":
            current.msgid_plural += value
        elif keyword.startswith("msgstr"):
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            while len(current.msgstr) <= index:
                current.msgstr.append("")
            current.msgstr[index] += value
        else:
            raise ValueError(f"line {number}: unknown keyword {keyword!r}")
        part = keyword
    return entries


def _string(quoted: str, number: int) -> str:
    quoted = quoted.strip()
    if not (len(quoted) >= 2 and quoted[0] == quoted[-1] == '"'):
        raise ValueError(f"line {number}: expected a quoted string, got {quoted!r}")
    value = ast.literal_eval(quoted)
    assert isinstance(value, str)
    return value


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU ``.mo`` form of the translated entries (untranslated and fuzzy ones are left
    out, so the English text shows, as msgfmt does)."""
    pairs: dict[bytes, bytes] = {}
    for e in entries:
        if e.obsolete or (e.msgid and not e.translated):
            continue
        msgid = e.msgid + ("\0" + e.msgid_plural if e.msgid_plural else "")
        pairs[msgid.encode()] = "\0".join(e.msgstr).encode()
    keys = sorted(pairs)
    header_size = 7 * 4
    ids_at = header_size
    strs_at = ids_at + 8 * len(keys)
    data_at = strs_at + 8 * len(keys)
    ids, strs, blob = [], [], b""
    for key in keys:
        ids.append((len(key), data_at + len(blob)))
        blob += key + b"\0"
    for key in keys:
        strs.append((len(pairs[key]), data_at + len(blob)))
        blob += pairs[key] + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, len(keys), ids_at, strs_at, 0, 0)
    out += b"".join(struct.pack("<2I", n, at) for n, at in ids)
    out += b"".join(struct.pack("<2I", n, at) for n, at in strs)
    return out + blob
