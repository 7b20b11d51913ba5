"""Builds and refreshes SmearCount's translations (a build step, never run by the app itself).

    python -m app.i18n_build            # .po -> .mo and .ts -> .qm into resources/i18n/compiled
    python -m app.i18n_build --update   # the sources from the code: lupdate refreshes every .ts,
                                        # new core messages are added to every .po

Sources (committed): ``resources/i18n/po/<lang>.po`` for the Qt-free core (gettext: ``_()``,
``N_()``, ``ngettext()`` in ``app/``), ``resources/i18n/ts/smearcount_<lang>.ts`` for the window
(Qt: ``self.tr()`` and the modules' ``_tr()``), and ``resources/i18n/ts/qtbase_<lang>.ts`` for
Qt's own words where Qt ships no translation (Thai, Indonesian; written by hand, never
refreshed by lupdate). Compiled files are built by ``.ci/run``, the
bundle (``build_spec.py``) and the tests, and are never committed.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import write_text_atomic
from app.core.i18n import ENGLISH, LANGUAGES, compiled_dir, po_dir
from app.core.i18n.po import Entry, mo_bytes, read_po
from app.core.paths import install_root, resources_dir

#: The languages that have catalogues (English is the source text).
TRANSLATED = tuple(code for code in LANGUAGES if code != ENGLISH)
#: Module-level helpers that translate in Qt's empty context (lupdate files them there).
TR_ALIASES = "tr+=_tr"


def ts_dir() -> Path:
    return resources_dir() / "i18n" / "ts"


def ts_path(code: str, catalogue: str = "smearcount") -> Path:
    """A window catalogue's source: SmearCount's own, or ``qtbase`` for the languages Qt ships
    none for (Qt's standard buttons, line-edit menus and file dialog, in Qt's own contexts)."""
    return ts_dir() / f"{catalogue}_{code}.ts"


def qtbase_sources() -> list[Path]:
    return sorted(ts_dir().glob("qtbase_*.ts"))


def qt_tool(name: str) -> Path:
    """lupdate and lrelease ship inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    return next(p for p in (folder / name, folder / f"{name}.exe") if p.exists())


def ui_sources() -> list[Path]:
    app = install_root() / "app"
    return sorted([*(app / "ui").rglob("*.py"), *(app / "printing").rglob("*.py")])


# ----- the core's messages -------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str
    where: str  # "app/core/x.py:12"


def core_messages() -> dict[str, Message]:
    """Every message ``app/`` marks with ``_()``, ``N_()`` or ``ngettext()``, by msgid."""
    root = install_root()
    found: dict[str, Message] = {}
    for path in sorted((root / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name, args = node.func.id, node.args
            texts = [a.value for a in args if isinstance(a, ast.Constant)]
            if name in ("_", "N_") and len(args) == 1 and isinstance(texts[:1] or None, list):
                msgid, plural = str(texts[0]), ""
            elif name == "ngettext" and len(texts) >= 2:
                msgid, plural = str(texts[0]), str(texts[1])
            else:
                continue
            where = f"{path.relative_to(root).as_posix()}:{node.lineno}"
            found.setdefault(msgid, Message(msgid, plural, where))
    return found


def update_po(code: str, messages: dict[str, Message]) -> None:
    """Add the new messages to ``code``'s catalogue (untranslated) and drop the ones the code
    no longer has; translations already there are kept as they are."""
    path = po_dir() / f"{code}.po"
    entries = {e.msgid: e for e in read_po(path)} if path.exists() else {}
    header = entries.pop("", None) or Entry("", msgstr=[_header(code)])
    lines = [_po_entry(header, None)]
    for msgid, message in sorted(messages.items(), key=lambda item: item[1].where):
        entry = entries.get(msgid) or Entry(msgid, message.plural)
        entry.msgid_plural = message.plural
        lines.append(_po_entry(entry, message.where))
    write_text_atomic(path, "\n".join(lines))


_PLURALS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n > 1);",
    "th": "nplurals=1; plural=0;",
    "id": "nplurals=1; plural=0;",
}


def plural_count(code: str) -> int:
    return int(_PLURALS.get(code, "nplurals=2;").split("nplurals=")[1].split(";")[0])


def _header(code: str) -> str:
    plural = _PLURALS.get(code, "nplurals=2; plural=(n != 1);")
    return (
        "Project-Id-Version: SmearCount\n"
        f"Language: {code}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"Plural-Forms: {plural}\n"
    )


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    parts = escaped.split("\n")
    if len(parts) == 1:
        return f'"{escaped}"'
    lines = [f'"{p}\\n"' for p in parts[:-1]] + ([f'"{parts[-1]}"'] if parts[-1] else [])
    return '""\n' + "\n".join(lines)


def _po_entry(entry: Entry, where: str | None) -> str:
    lines = [f"#: {where}"] if where else []
    if entry.fuzzy:
        lines.append("#, fuzzy")
    if "{" in entry.msgid and where:
        lines.append("#, python-brace-format")
    lines.append(f"msgid {_quote(entry.msgid)}")
    if entry.msgid_plural:
        lines.append(f"msgid_plural {_quote(entry.msgid_plural)}")
        forms = entry.msgstr or [""]
        lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(forms)]
    else:
        lines.append(f"msgstr {_quote(entry.msgstr[0] if entry.msgstr else '')}")
    return "\n".join(lines) + "\n"


# ----- Qt --------------------------------------------------------------------------------------
def lupdate(ts_files: list[Path], obsolete: bool = False) -> str:
    """Refresh ``ts_files`` from the window's code; returns lupdate's report."""
    command = [str(qt_tool("lupdate")), "-tr-function-alias", TR_ALIASES, "-locations", "none"]
    command += [] if obsolete else ["-no-obsolete"]
    command += [*map(str, ui_sources()), "-ts", *map(str, ts_files)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def carry_over(ts: Path) -> int:
    """Give an unfinished message the translation its same English text has in another
    context of the file, current or just vanished (code moved to another class: same words,
    same translation); returns how many it filled."""
    tree = ET.parse(ts)
    messages = list(tree.getroot().iter("message"))
    known = {
        m.findtext("source"): m.find("translation")
        for m in messages
        if m.find("translation") is not None
        and m.find("translation").get("type") in (None, "vanished", "obsolete")  # type: ignore[union-attr]
        and m.find("translation").text  # type: ignore[union-attr]
    }
    filled = 0
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        done = known.get(source)
        if translation is not None and translation.get("type") == "unfinished" and done is not None:
            translation.text = done.text
            del translation.attrib["type"]
            filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        write_text_atomic(ts, f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')
    return filled


def lrelease(ts: Path, qm: Path) -> None:
    command = [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


# ----- the build -------------------------------------------------------------------------------
def build(out: Path | None = None) -> list[Path]:
    """Compile every catalogue into ``out`` (default: where the app looks for them)."""
    out = out or compiled_dir()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for code in TRANSLATED:
        mo = out / f"smearcount_{code}.mo"
        # A plain write: readable by every user of an installed copy (a temporary file is
        # created private).
        mo.write_bytes(mo_bytes(read_po(po_dir() / f"{code}.po")))
        qm = out / f"smearcount_{code}.qm"
        lrelease(ts_path(code), qm)
        written += [mo, qm]
    for ts in qtbase_sources():
        lrelease(ts, out / ts.with_suffix(".qm").name)
        written.append(out / ts.with_suffix(".qm").name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n_build", description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .po and .ts from the code")
    args = parser.parse_args(argv)
    if args.update:
        messages = core_messages()
        for code in TRANSLATED:
            update_po(code, messages)
        ts_dir().mkdir(parents=True, exist_ok=True)
        files = [ts_path(code) for code in TRANSLATED]
        print(lupdate(files, obsolete=True))  # vanished entries kept a moment, for carry_over
        for ts in files:
            carry_over(ts)
        lupdate(files)  # drops what the code no longer says
        return 0
    for path in build():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
