"""Report categories: how model classes are counted (differential, per 100 WBC, or ignored),
their order and colours, and the reference-range table they are flagged against."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cached_property, lru_cache

from app.core.errors import ProfileError
from app.core.i18n import ENGLISH, LANGUAGES, N_, _, language
from app.core.json_fields import boolean, choice, text, validate


class CategoryKind(str, Enum):
    DIFFERENTIAL = "differential"  # in the denominator of the percentages
    PER_100_WBC = "per_100_wbc"  # NRBC, smudge cells: reported per 100 WBC, outside it
    IGNORED = "ignored"  # RBC, platelets


@dataclass(frozen=True)
class Category:
    key: str
    source_name: str  # English, or the profile's one name
    kind: CategoryKind
    colour: str
    blast: bool = False
    names: tuple[tuple[str, str], ...] = ()  # (language, name): a profile's own translations

    @property
    def name(self) -> str:
        """The name in the current language: the profile's own translation, else SmearCount's
        catalogue (it knows the default categories), else the name as the profile wrote it."""
        return dict(self.names).get(language()) or _(self.source_name)


@dataclass(frozen=True)
class CategoryMap:
    categories: tuple[Category, ...]  # report order
    classes: dict[str, str]  # model class -> category key
    shortcuts: dict[str, str] = field(default_factory=dict)  # category key -> key, from a profile

    def __post_init__(self) -> None:
        keys = {c.key for c in self.categories}
        missing = sorted(set(self.classes.values()) - keys)
        if missing:
            raise ProfileError(
                _("Classes are mapped to unknown categories: {keys}.").format(
                    keys=", ".join(missing)
                )
            )
        if OTHER not in keys:
            raise ProfileError(_("The category list needs an '{key}' category.").format(key=OTHER))

    def has_category(self, label: str) -> bool:
        """Whether ``label`` counts in a category of its own (not by falling back to "other")."""
        return self.classes.get(label, label) in self.by_key

    def category_of(self, label: str) -> Category:
        """The category a final label counts in; unmapped labels count as "other", visibly."""
        key = self.classes.get(label, label)
        return self.by_key.get(key) or self.by_key[OTHER]

    @cached_property
    def by_key(self) -> dict[str, Category]:
        return {c.key: c for c in self.categories}


OTHER = "other"
SMUDGE = "smudge"

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
DEFAULT_CATEGORY_MAP = CategoryMap(
    categories=(
        Category("neutrophil", N_("Neutrophils"), CategoryKind.DIFFERENTIAL, "#E69F00"),
        Category("lymphocyte", N_("Lymphocytes"), CategoryKind.DIFFERENTIAL, "#56B4E9"),
        Category("monocyte", N_("Monocytes"), CategoryKind.DIFFERENTIAL, "#009E73"),
        Category("eosinophil", N_("Eosinophils"), CategoryKind.DIFFERENTIAL, "#D55E00"),
        Category("basophil", N_("Basophils"), CategoryKind.DIFFERENTIAL, "#0072B2"),
        Category("ig", N_("Immature granulocytes"), CategoryKind.DIFFERENTIAL, "#CC79A7"),
        Category("blast", N_("Blasts"), CategoryKind.DIFFERENTIAL, "#F0E442", blast=True),
        Category("wbc", N_("WBC, not classified"), CategoryKind.DIFFERENTIAL, "#999999"),
        Category(OTHER, N_("Other"), CategoryKind.DIFFERENTIAL, "#000000"),
        Category("nrbc", N_("NRBC"), CategoryKind.PER_100_WBC, "#882255"),
        Category(SMUDGE, N_("Smudge cells"), CategoryKind.PER_100_WBC, "#A0522D"),
        Category("rbc", N_("RBC"), CategoryKind.IGNORED, "#DDDDDD"),
        Category("platelet", N_("Platelets"), CategoryKind.IGNORED, "#44AA99"),
    ),
    classes={
        "neutrophil": "neutrophil",
        "lymphocyte": "lymphocyte",
        "monocyte": "monocyte",
        "eosinophil": "eosinophil",
        "basophil": "basophil",
        "ig": "ig",
        "blast": "blast",
        "erythroblast": "nrbc",
        "nrbc": "nrbc",
        "wbc": "wbc",
        "rbc": "rbc",
        "platelet": "platelet",
        "smudge": SMUDGE,
    },
)


#: The names of cells the shipped profile templates use: SmearCount's catalogue translates
#: them wherever a profile names a category so (tests/i18n checks every template's names).
TERMS = (
    N_("Segmented neutrophils"),
    N_("Band neutrophils"),
    N_("Atypical lymphocytes"),
    N_("Metamyelocytes"),
    N_("Myelocytes"),
    N_("Promyelocytes"),
    N_("Faggot cells"),
    N_("Abnormal eosinophils"),
    N_("Immature lymphocytes"),
    N_("Hairy cells"),
    N_("Plasma cells"),
    N_("Proerythroblasts"),
    N_("Erythroblasts"),
    N_("Other cells"),
    N_("Artefacts and unidentifiable"),
)


#: Alternative colour sets, each distinguishable with the common colour-vision deficiencies
#: (Paul Tol's "bright" and "vibrant" schemes); categories not listed keep their colour.
PALETTES: dict[str, dict[str, str]] = {
    "okabe-ito": {},
    "tol-bright": {
        "neutrophil": "#EE6677",
        "lymphocyte": "#4477AA",
        "monocyte": "#228833",
        "eosinophil": "#CCBB44",
        "basophil": "#66CCEE",
        "ig": "#AA3377",
        "blast": "#332288",  # not Tol's grey: it read as "not classified"
    },
    "tol-vibrant": {
        "neutrophil": "#EE7733",
        "lymphocyte": "#0077BB",
        "monocyte": "#009988",
        "eosinophil": "#CC3311",
        "basophil": "#33BBEE",
        "ig": "#EE3377",
        "blast": "#332288",
    },
}


#: What Settings calls each palette.
PALETTE_NAMES = {
    "okabe-ito": N_("Standard (colour-blind safe)"),
    "tol-bright": N_("Bright (colour-blind safe)"),
    "tol-vibrant": N_("Vibrant (colour-blind safe)"),
}
#: The greys that mean "no class": a white cell not classified, and a cell not counted (drawn
#: grey whatever its class). No category may look like them.
UNCLASSIFIED_COLOUR = "#999999"
NOT_COUNTED_COLOUR = "#9E9E9E"
#: Apart from those greys means coloured (chroma) or clearly lighter or darker than them.
MIN_CHROMA = 60
MIN_LIGHTNESS_GAP = 60


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def looks_grey_like(colour: str, grey: str) -> bool:
    rgb, grey_rgb = _rgb(colour), _rgb(grey)
    chroma = max(rgb) - min(rgb)
    return chroma < MIN_CHROMA and abs(sum(rgb) - sum(grey_rgb)) / 3 < MIN_LIGHTNESS_GAP


def grey_lookalikes(categories: CategoryMap) -> list[str]:
    """Categories whose colour could be taken for "not classified" or "not counted"."""
    return [
        c.name
        for c in categories.categories
        if c.colour.upper() != UNCLASSIFIED_COLOUR
        and any(looks_grey_like(c.colour, g) for g in (UNCLASSIFIED_COLOUR, NOT_COUNTED_COLOUR))
    ]


def with_palette(categories: CategoryMap, palette: str) -> CategoryMap:
    """The same categories in another palette (unknown names keep the colours as they are)."""
    colours = PALETTES.get(palette, {})
    return replace(
        categories,
        categories=tuple(
            replace(c, colour=colours.get(c.key, c.colour)) for c in categories.categories
        ),
    )


def _colour(value: object) -> str:
    colour = text(value)
    if len(colour) != 7 or colour[0] != "#" or any(c not in HEX for c in colour[1:].lower()):
        raise ValueError(
            _('must be a colour like "#E69F00", got {value}.').format(value=repr(value))
        )
    return colour


HEX = "0123456789abcdef"


def _names(value: object) -> dict[str, str]:
    """A name, or its translations {"en": "Neutrophils", "th": "..."} (English, or the first
    one given, is the name where the report's language has none)."""
    if isinstance(value, str):
        return {"": text(value)}
    if not isinstance(value, dict) or not value:
        raise TypeError(
            _('must be a name or {{"en": name, "th": name, ...}}, got {value}.').format(
                value=repr(value)
            )
        )
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise ValueError(
            _("names an unknown language {unknown} (known: {known}).").format(
                unknown=", ".join(unknown), known=", ".join(LANGUAGES)
            )
        )
    return {language: text(name) for language, name in value.items()}


_CATEGORY_FIELDS = {
    "key": text,
    "name": _names,
    "kind": choice(*(k.value for k in CategoryKind)),
    "colour": _colour,
    "blast": boolean,
    "shortcut": text,
}


def categories_to_json(categories: CategoryMap) -> str:
    """The whole category list and class mapping, as ``categories_from_json`` reads it back."""
    items = []
    for c in categories.categories:
        name: object = dict(c.names) | {ENGLISH: c.source_name} if c.names else c.source_name
        item: dict[str, object] = {"key": c.key, "name": name, "kind": c.kind.value}
        item |= {"colour": c.colour, "blast": c.blast}
        if c.key in categories.shortcuts:
            item["shortcut"] = categories.shortcuts[c.key]
        items.append(item)
    return json.dumps({"categories": items, "class_map": categories.classes}, sort_keys=True)


@lru_cache(maxsize=64)
def categories_from_json(text: str) -> CategoryMap:
    """Categories written by ``categories_to_json`` (cached: many slides share one list)."""
    try:
        raw = json.loads(text)
        return parse_categories(raw["categories"], dict(raw["class_map"]), "stored categories")
    except (ValueError, KeyError, TypeError) as exc:
        raise ProfileError(
            _("The stored category list is unreadable ({problem}).").format(problem=exc)
        ) from None


def parse_categories(raw: object, class_map: dict[str, str], source: str) -> CategoryMap:
    """A profile's categories: its own list (``raw``), or the default list when ``raw`` is None;
    ``class_map`` (model class -> category key) is added to the default mapping. "other" and
    "smudge" are added when a list leaves them out, since the window and counting use them."""
    if raw is None:
        categories = DEFAULT_CATEGORY_MAP.categories
        classes = {**DEFAULT_CATEGORY_MAP.classes, **class_map}
        shortcuts: dict[str, str] = {}
    else:
        if not isinstance(raw, list) or not raw:
            raise ProfileError(
                _("{source}: field 'categories' must be a non-empty list.").format(source=source)
            )
        parsed = []
        shortcuts = {}
        for i, item in enumerate(raw):
            if not isinstance(item, dict):
                raise ProfileError(
                    _("{source}: categories[{i}] must be an object {{key, name, ...}}.").format(
                        source=source, i=i
                    )
                )
            values = validate(
                item,
                _CATEGORY_FIELDS,
                f"{source}: categories[{i}]",
                ProfileError,
                required=("key", "name", "kind", "colour"),
            )
            if "shortcut" in values:
                if len(values["shortcut"]) != 1:
                    raise ProfileError(
                        _("{source}: categories[{i}] shortcut must be one key.").format(
                            source=source, i=i
                        )
                    )
                shortcuts[values["key"]] = values.pop("shortcut")
            names = values["name"]
            english = names.pop("", None) or names.get(ENGLISH) or next(iter(names.values()))
            parsed.append(
                Category(
                    values["key"],
                    english,
                    CategoryKind(values["kind"]),
                    values["colour"],
                    values.get("blast", False),
                    tuple(sorted(names.items())),
                )
            )
        keys = [c.key for c in parsed]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ProfileError(
                _("{source}: the category {keys} is listed twice.").format(
                    source=source, keys=", ".join(twice)
                )
            )
        if len(set(shortcuts.values())) != len(shortcuts):
            raise ProfileError(
                _("{source}: two categories have the same shortcut key.").format(source=source)
            )
        for needed in (OTHER, SMUDGE):
            if needed not in keys:
                parsed.append(DEFAULT_CATEGORY_MAP.by_key[needed])
        categories, classes = tuple(parsed), dict(class_map)
    keys_known = {c.key for c in categories}
    unknown = sorted({v for v in class_map.values() if v not in keys_known})
    if unknown:
        raise ProfileError(
            _(
                "{source}: field 'class_map' maps to unknown categories: {unknown} (known: "
                "{known})."
            ).format(source=source, unknown=", ".join(unknown), known=", ".join(sorted(keys_known)))
        )
    return CategoryMap(categories, classes, shortcuts)
