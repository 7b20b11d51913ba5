"""Checking JSON objects (manifests, profiles, settings) field by field, with messages that name
the field and the problem, and a "did you mean" for misspelt keys."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.core.errors import SmearCountError

Check = Callable[[object], Any]


def read_json_object(path: Path, what: str, error: type[SmearCountError]) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path.name}: the {what} cannot be read ({exc.strerror}).") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise error(f"{path.name}: the {what} is not valid JSON ({exc}).") from exc
    if not isinstance(raw, dict):
        raise error(f"{path.name}: the {what} must be a JSON object {{...}}.")
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
            raise error(f"{source}: the field '{key}' is missing.")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        check = fields.get(key)
        if check is None:
            close = difflib.get_close_matches(key, list(fields), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise error(f"{source}: unknown field '{key}'.{hint}")
        try:
            values[key] = check(value)
        except (TypeError, ValueError) as exc:
            raise error(f"{source}: field '{key}' {exc}") from None
    return values


def text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"must be a non-empty text, got {value!r}.")
    return value


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"must be true or false, got {value!r}.")
    return value


def choice(*options: str) -> Check:
    def check(value: object) -> str:
        if value not in options:
            raise ValueError(f"must be one of {', '.join(options)}; got {value!r}.")
        return str(value)

    return check


def number(low: float, high: float) -> Check:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"must be a number, got {value!r}.")
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}, got {value!r}.")
        return float(value)

    return check


def integer(low: int, high: int) -> Check:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"must be a whole number, got {value!r}.")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}, got {value!r}.")
        return value

    return check


def texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise TypeError(f"must be a non-empty list of texts, got {value!r}.")
    names = tuple(text(v) for v in value)
    if len(set(names)) != len(names):
        raise ValueError("lists a name twice.")
    return names


def equals(expected: object) -> Check:
    def check(value: object) -> object:
        if value != expected:
            raise ValueError(f"must be {expected!r} for this SmearCount, got {value!r}.")
        return value

    return check
