"""The current language and the gettext catalogues behind ``_()``.

The window's language is set once at start (``set_language``); a report written in another
language (Settings: "Report in English for a referral lab") is built inside
``use_language(...)``, which holds for that thread only, so the window keeps its own.
"""

from __future__ import annotations

import gettext
import io
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from app.core.i18n.languages import ENGLISH, LANGUAGES
from app.core.i18n.po import mo_bytes, read_po
from app.core.paths import is_frozen, resources_dir

log = logging.getLogger(__name__)

DOMAIN = "smearcount"
_app_language = ENGLISH
_report_language: ContextVar[str | None] = ContextVar("report_language", default=None)


def po_dir() -> Path:
    return resources_dir() / "i18n" / "po"


def compiled_dir() -> Path:
    """Where the build step (``python -m app.i18n_build``) puts ``.mo`` and ``.qm`` files."""
    return resources_dir() / "i18n" / "compiled"


def set_language(code: str) -> None:
    """The language of the window, the command line and the reports (unknown: English)."""
    global _app_language
    _app_language = code if code in LANGUAGES else ENGLISH


def language() -> str:
    return _report_language.get() or _app_language


@contextmanager
def use_language(code: str) -> Iterator[None]:
    """Speak ``code`` inside the block, in this thread only."""
    token = _report_language.set(code if code in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _report_language.reset(token)


P = ParamSpec("P")
R = TypeVar("R")


def in_english(function: Callable[P, R]) -> Callable[P, R]:
    """For what machines read (the LIS result): always English, whatever the window speaks."""

    @wraps(function)
    def english(*args: P.args, **kwargs: P.kwargs) -> R:
        with use_language(ENGLISH):
            return function(*args, **kwargs)

    return english


@cache
def catalogue(code: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``code``; in a source checkout whose ``.mo`` is missing or
    older than its ``.po``, the ``.po`` compiled in memory (no build step needed to try a
    translation). English is the source language: no catalogue."""
    source = po_dir() / f"{code}.po"
    compiled = compiled_dir() / f"{DOMAIN}_{code}.mo"
    if code == ENGLISH or not (source.exists() or compiled.exists()):
        return gettext.NullTranslations()
    try:
        fresh = compiled.exists() and (
            is_frozen() or not source.exists() or compiled.stat().st_mtime >= source.stat().st_mtime
        )
        data = compiled.read_bytes() if fresh else mo_bytes(read_po(source))
        return gettext.GNUTranslations(io.BytesIO(data))
    except (OSError, ValueError) as exc:
        log.warning("The %s catalogue could not be read (%s); English is used", code, exc)
        return gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the current language."""
    return catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` in the current language (Russian has three)."""
    return catalogue(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; ``_()`` translates it where it
    is shown (category names, palette names)."""
    return message
