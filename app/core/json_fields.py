"""Checking JSON objects (manifests, profiles, settings) field by field, with messages that name
the field and the problem, and a "did you mean" for misspelt keys."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.core.errors import SmearCountError
from app.core.i18n import N_, _

Check = Callable[[object], Any]


#: What each kind of JSON file SmearCount reads says when it cannot be used: cannot be read,
#: is not JSON, is not an object (whole sentences, so each language can word them).
_UNUSABLE = {
    "manifest": (
        N_("{name}: the manifest cannot be read ({problem})."),
        N_("{name}: the manifest is not valid JSON ({problem})."),
        N_("{name}: the manifest must be a JSON object {{...}}."),
    ),
    "profile": (
        N_("{name}: the profile cannot be read ({problem})."),
        N_("{name}: the profile is not valid JSON ({problem})."),
        N_("{name}: the profile must be a JSON object {{...}}."),
    ),
    "reference range table": (
        N_("{name}: the reference range table cannot be read ({problem})."),
        N_("{name}: the reference range table is not valid JSON ({problem})."),
        N_("{name}: the reference range table must be a JSON object {{...}}."),
    ),
}


def read_json_object(path: Path, what: str, error: type[SmearCountError]) -> dict[str, Any]:
    """The JSON object in ``path``, a ``what`` (a key of ``_UNUSABLE``)."""
    unreadable, not_json, not_object = _UNUSABLE[what]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(_(unreadable).format(name=path.name, problem=exc.strerror)) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise error(_(not_json).format(name=path.name, problem=exc)) from exc
    if not isinstance(raw, dict):
        raise error(_(not_object).format(name=path.name))
    return raw


def validate(
    raw: Mapping[str, object],
    fields: Mapping[str, Check],
    source: str,
    error: type[SmearCountError],
    required: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Check every key of ``raw`` against ``fields``; return the converted values."""
    for key in required:
        if key not in raw:
            raise error(_("{source}: the field '{key}' is missing.").format(source=source, key=key))
    values: dict[str, Any] = {}
    for key, value in raw.items():
        check = fields.get(key)
        if check is None:
            close = difflib.get_close_matches(key, list(fields), n=1)
            unknown = (
                _("{source}: unknown field '{key}'. Did you mean '{close}'?")
                if close
                else _("{source}: unknown field '{key}'.")
            )
            raise error(unknown.format(source=source, key=key, close=close[0] if close else ""))
        try:
            values[key] = check(value)
        except (TypeError, ValueError) as exc:
            # The check's reason reads on from the field: "must be a number, got 'x'."
            raise error(
                _("{source}: field '{key}' {problem}").format(source=source, key=key, problem=exc)
            ) from None
    return values


def text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(_("must be a non-empty text, got {value}.").format(value=repr(value)))
    return value


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(_("must be true or false, got {value}.").format(value=repr(value)))
    return value


def choice(*options: str) -> Check:
    def check(value: object) -> str:
        if value not in options:
            raise ValueError(
                _("must be one of {options}; got {value}.").format(
                    options=", ".join(options), value=repr(value)
                )
            )
        return str(value)

    return check


def number(low: float, high: float) -> Check:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(_("must be a number, got {value}.").format(value=repr(value)))
        if not low <= value <= high:
            raise ValueError(_outside(f"{low:g}", f"{high:g}", value))
        return float(value)

    return check


def integer(low: int, high: int) -> Check:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(_("must be a whole number, got {value}.").format(value=repr(value)))
        if not low <= value <= high:
            raise ValueError(_outside(str(low), str(high), value))
        return value

    return check


def _outside(low: str, high: str, value: object) -> str:
    return _("must be between {low} and {high}, got {value}.").format(
        low=low, high=high, value=repr(value)
    )


def texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise TypeError(
            _("must be a non-empty list of texts, got {value}.").format(value=repr(value))
        )
    names = tuple(text(v) for v in value)
    if len(set(names)) != len(names):
        raise ValueError(_("lists a name twice."))
    return names


def equals(expected: object) -> Check:
    def check(value: object) -> object:
        if value != expected:
            raise ValueError(
                _("must be {expected} for this SmearCount, got {value}.").format(
                    expected=repr(expected), value=repr(value)
                )
            )
        return value

    return check
