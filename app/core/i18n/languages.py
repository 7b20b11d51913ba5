"""The languages SmearCount speaks, and which one a person gets when Settings leave it open."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable

ENGLISH = "en"
#: Code -> the language's own name, as Settings lists it (a person finds their own language
#: by its own name).
LANGUAGES = {
    "en": "English",
    "th": "ไทย",
    "ru": "Русский",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "id": "Bahasa Indonesia",
}
#: Windows names its locales in English ("Thai_Thailand"), not by code.
_WINDOWS_NAMES = {
    "english": "en",
    "thai": "th",
    "russian": "ru",
    "spanish": "es",
    "french": "fr",
    "portuguese": "pt",
    "indonesian": "id",
}


def code_of(locale_name: str) -> str | None:
    """The SmearCount language of a locale name ("th_TH.UTF-8", "pt-BR", "Thai_Thailand"),
    or None when it speaks none of them."""
    name = locale_name.strip().lower()
    for sep in (".", "@", "_", "-"):
        name = name.split(sep)[0]
    return name if name in LANGUAGES else _WINDOWS_NAMES.get(name)


def system_language(preferred: Iterable[str] = ()) -> str:
    """The first language of ``preferred`` (the window passes Qt's list of the system's UI
    languages), else of the POSIX variables, else of the process locale, else English."""
    names = list(preferred)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        names += os.environ.get(variable, "").split(":")
    names.append(locale.getlocale()[0] or "")
    return next((code for code in map(code_of, names) if code), ENGLISH)


def resolve_language(setting: str, preferred: Iterable[str] = ()) -> str:
    """What Settings → Language means: a language, or "" for the system's."""
    return setting if setting in LANGUAGES else system_language(preferred)
