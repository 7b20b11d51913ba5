"""The reference ranges a report flags against (H/L): a table per population, in
``resources/reference_ranges``, of percent and absolute (x 10^9/L) ranges per category."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ProfileError
from app.core.i18n import _
from app.core.json_fields import equals, read_json_object, text, validate
from app.core.paths import resources_dir


@dataclass(frozen=True)
class ReferenceRange:
    percent: tuple[float, float] | None = None
    absolute: tuple[float, float] | None = None  # x 10^9/L


@dataclass(frozen=True)
class RangeTable:
    name: str
    version: str
    source: str
    ranges: dict[str, ReferenceRange]


def _pair(value: object) -> tuple[float, float]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    ):
        raise TypeError(_("must be [low, high], got {value}.").format(value=repr(value)))
    low, high = float(value[0]), float(value[1])
    if low > high:
        raise ValueError(_("has low above high: {value}.").format(value=repr(value)))
    return low, high


def _ranges(value: object) -> dict[str, ReferenceRange]:
    if not isinstance(value, dict):
        raise TypeError(_("must be an object {{category: {{percent, absolute}}}}.").format())
    out = {}
    for key, item in value.items():
        fields = validate(
            item if isinstance(item, dict) else {"?": item},
            {"percent": _pair, "absolute": _pair},
            _("range '{key}'").format(key=key),
            ProfileError,
        )
        out[key] = ReferenceRange(fields.get("percent"), fields.get("absolute"))
    return out


def load_range_table(path: Path | None = None) -> RangeTable:
    path = path or resources_dir() / "reference_ranges" / "adult_peripheral_blood.json"
    raw = read_json_object(path, "reference range table", ProfileError)
    fields = {
        "range_table_version": equals(1),
        "name": text,
        "version": text,
        "source": text,
        "ranges": _ranges,
    }
    values = validate(
        raw,
        fields,
        path.name,
        ProfileError,
        required=("range_table_version", "name", "version", "ranges"),
    )
    return RangeTable(values["name"], values["version"], values.get("source", ""), values["ranges"])
