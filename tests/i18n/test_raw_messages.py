"""No English sentence reaches a technician untranslated from an error path: every message a
``raise``, ``parser.error`` or a print to a stream gives, in every module of ``app/``, goes
through ``_()``/``ngettext()`` (the core, into the catalogues, which test_catalogues checks are
translated in every language) or the window's ``tr()`` (checked by tests/ui/test_language).
Nor from the sentences a function returns or adds to a list (the tamper problems, the model
self-test's warnings, the loader's assumptions): those are shown to a technician just as often."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.core.paths import install_root

ROOT = install_root()
#: The line tags scripts and support grep for ("error: ...", "warning: ..."): English on
#: purpose, like the JSON keys; the sentence after them is translated.
TAGS = r"\b(error|warning)\b"
#: Functions whose messages never reach a technician, English on purpose like log lines
#: (``module::function``: why).
ENGLISH_ON_PURPOSE = {
    "app/core/i18n/po.py::parse_po": "the catalogue reader's own errors: translating them "
    "would read the catalogue being read; for whoever edits a .po file",
    "app/core/i18n/po.py::_string": "the same reader's, for the same reason",
    "app/core/adaptation/stored.py::_parse": "why a damaged adaptation file was ignored: logged",
    "app/core/adaptation/stored.py::_matrix": "part of _parse's reasons, logged with them",
    "app/core/adaptation/feature_cache.py::load_cache": "why a damaged cache was ignored: logged",
    "app/core/settings.py::load_settings": "why a settings file was set aside: logged",
    "app/core/report/data.py::checks": "a programming error (the checks run before a report)",
    "app/core/store/library.py::_where": "SQL (a returned or appended sentence-like string)",
    "app/core/training_export.py::_readme": "the training export's README, for the developers "
    "who train models on it (like the code it describes, in English)",
    "app/i18n_build.py::_header": "the .po header, read by gettext tools, not by people",
    "app/core/report/results.py::hl7_message": "the LIS result's observation names: machines "
    "read them, in English whatever the window speaks (in_english)",
}


def _words(node: ast.expr) -> str:
    """The English a literal or f-string argument says itself (placeholders, option names and
    line tags left out); "" for anything already translated or computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.BinOp):  # "a " + "b"
        return f"{_words(node.left)} {_words(node.right)}".strip()
    else:
        return ""
    text = re.sub(r"--[\w-]+|\$\w+", " ", re.sub(TAGS, " ", text))
    return text if re.search(r"[A-Za-z]{2,}", text) else ""


#: How the exceptions SmearCount makes are named: one built to be returned or raised later
#: (``return ServerError(...)``) speaks to a technician as much as one raised at once.
ERROR_NAMES = ("Error", "Away", "InUse")
#: A returned or listed string counts as a sentence from this many words of three letters on
#: (fewer is a key, a format or a unit: "0-1", "slide {id}", "ok").
SENTENCE_WORDS = 4


def _said(node: ast.AST, raised: set[int]) -> list[ast.expr]:
    """The message arguments of an error-path node (``raised``: the calls a raise made)."""
    call = node if isinstance(node, ast.Call) else None
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
        return node.exc.args[:1]
    callee = getattr(call.func, "id", None) or getattr(call.func, "attr", "") if call else ""
    if call and id(call) not in raised and callee.endswith(ERROR_NAMES):
        return call.args[:1]
    if call and isinstance(call.func, ast.Attribute) and call.func.attr == "error":
        # parser.error(...); log.error(...) writes for support, in English on purpose.
        return [] if _is_log(call.func.value) else call.args[:1]
    if call and getattr(call.func, "id", None) == "print":
        # print(..., file=...): the error and warning lines, and reports written to a stream.
        return call.args[:1] if any(k.arg == "file" for k in call.keywords) else []
    return []


def _given(node: ast.AST) -> list[ast.expr]:
    """What a ``return`` gives, or what ``append``/``extend``/``insert`` adds to a list (each
    branch of a conditional and each item of a literal list on its own)."""
    if isinstance(node, ast.Return) and node.value is not None:
        found = [node.value]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("append", "extend", "insert")
    ):
        found = node.args[-1:]
    else:
        return []
    out: list[ast.expr] = []
    while found:
        value = found.pop(0)
        if isinstance(value, ast.IfExp):
            found += [value.body, value.orelse]
        elif isinstance(value, (ast.List, ast.Tuple)):
            found += value.elts
        else:
            out.append(value)
    return out


def _sentence(node: ast.expr) -> str:
    """The English of a returned or listed string when it reads as a sentence (HTML tags, the
    report templates' markup, left out)."""
    said = " ".join(re.sub(r"<[^>]*>", " ", _words(node)).split())
    return said if len(re.findall(r"[A-Za-z]{3,}", said)) >= SENTENCE_WORDS else ""


def _is_log(value: ast.expr) -> bool:
    return isinstance(value, ast.Name) and value.id in ("log", "logger", "logging")


def raw_messages(path: Path, root: Path = ROOT, allowed: dict[str, str] | None = None) -> list[str]:
    """``file:line: text`` of each error-path message given as raw English, and of each raw
    English sentence returned or added to a list, except in the functions ``allowed`` names
    (default ``ENGLISH_ON_PURPOSE``)."""
    allowed = ENGLISH_ON_PURPOSE if allowed is None else allowed
    module = path.relative_to(root).as_posix()
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if f"{module}::{function}" not in allowed:
            line = getattr(node, "lineno", 0)
            for argument in _said(node, raised):
                if said := _words(argument):
                    found.append((line, f"{module}:{line}: {said!r}"))
            for value in _given(node):
                if said := _sentence(value):
                    found.append((line, f"{module}:{line}: {said!r}"))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    raised = {id(n.exc) for n in ast.walk(tree) if isinstance(n, ast.Raise)}
    visit(tree, "")
    return [line for _, line in sorted(found)]


MODULES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app").rglob("*.py"))


def test_every_module_of_the_app_is_scanned():
    assert len(MODULES) > 150
    assert {"app/cli.py", "app/core/models/loader.py", "app/ui/explain.py"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_every_error_message_of_the_module_is_translated(module):
    assert raw_messages(ROOT / module) == []


@pytest.mark.parametrize("where", sorted(ENGLISH_ON_PURPOSE))
def test_each_english_on_purpose_function_still_needs_it(where):
    others = {k: v for k, v in ENGLISH_ON_PURPOSE.items() if k != where}
    module = where.split("::")[0]
    assert raw_messages(ROOT / module, allowed=others), f"{where} says nothing raw now: drop it"


def test_a_new_raw_english_message_is_caught(tmp_path):
    source = tmp_path / "app" / "new.py"
    source.parent.mkdir()
    source.write_text(
        "def f(parser, n):\n"
        "    parser.error(f'no such slide {n}')\n"
        "    print(f'error: {n}', file=sys.stderr)\n"
        "    raise StorageError(_('The disk is full.'))\n"
        "    raise InvalidInputError('--conf ' + 'must be small')\n"
        "    log.error('for support: %s', n)\n"
        "    return ServerError(f'the server {n} is away')\n"
        "def quiet():\n"
        "    raise ValueError('only logged')\n"
        "def said(n, problems):\n"
        "    problems.append(f'slide {n} was changed outside SmearCount')\n"
        "    problems.extend([_('slide {n} is back'), 'the image of a field is missing'])\n"
        "    problems.append(f'slide {n}')\n"
        "    if n:\n"
        "        return '<p><b>Slide</b> <i>' + n + '</i></p>'\n"
        "    return 'ok' if n else f'the slide {n} has no fields yet'\n",
        encoding="utf-8",
    )
    assert raw_messages(source, tmp_path, allowed={"app/new.py::quiet": "logged"}) == [
        "app/new.py:2: 'no such slide '",
        "app/new.py:5: 'must be small'",
        "app/new.py:7: 'the server   is away'",
        "app/new.py:11: 'slide was changed outside SmearCount'",
        "app/new.py:12: 'the image of a field is missing'",
        "app/new.py:16: 'the slide has no fields yet'",
    ]
    assert raw_messages(source, tmp_path, allowed={})[3] == "app/new.py:9: 'only logged'"
