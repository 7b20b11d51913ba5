"""What a slide counts with, decided in one place: its categories, the review rule, the keys,
its models' profile, the reference ranges and the counting rules.

- Categories: the list stored with the slide when it was created; for a slide without one
  (stored before SmearCount kept them, or its profile was unreadable then) its profile's list
  now; else the default list (cells then count by their labels, unknown ones as Other). Drawn
  in the palette from Settings.
- Profile: the slide's own; Settings' for a slide created without one. A slide's profile is fixed.
- Review rule: the profile's per-stage thresholds, else Settings' threshold.
- Keys: a profile with its own categories brings its own keys; else the technician's keymap.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.categories import (
    DEFAULT_CATEGORY_MAP,
    CategoryMap,
    categories_from_json,
    with_palette,
)
from app.core.counting import CountRules
from app.core.errors import ProfileError
from app.core.profiles import profile_categories, review_rule_for
from app.core.records import Slide
from app.core.reference_ranges import RangeTable, load_range_table
from app.core.review import ReviewRule
from app.core.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlideSetup:
    profile: str
    categories: CategoryMap  # in the palette from Settings
    review: ReviewRule
    keymap: dict[str, str]  # category key -> key
    ranges: RangeTable
    rules: CountRules


def slide_setup(slide: Slide, settings: Settings) -> SlideSetup:
    profile = slide_profile(slide, settings)
    [categories] = slide_categories([slide])
    return SlideSetup(
        profile,
        with_palette(categories, settings.palette),
        review_rule_for(profile, settings.review_below),
        dict(categories.shortcuts or settings.keymap),
        load_range_table(),
        settings.count_rules(),
    )


def slide_profile(slide: Slide | None, settings: Settings) -> str:
    """The profile a slide's models come from (Settings' when no slide, or none kept)."""
    return (slide.profile if slide else None) or settings.profile


def new_slide_categories(profile: str | None, settings: Settings) -> CategoryMap | None:
    """The list a new slide keeps: its profile's as the file has it now."""
    return profile_categories(profile or settings.profile)


def slide_categories(slides: Sequence[Slide]) -> list[CategoryMap]:
    """The categories each slide counts in (see the module's docstring); each profile file is
    read once per call."""
    now: dict[str | None, CategoryMap] = {}
    out = []
    for slide in slides:
        if slide.categories:
            try:
                out.append(categories_from_json(slide.categories))
                continue
            except ProfileError as exc:
                log.warning("slide %s: %s Counting by its profile.", slide.id, exc)
        if slide.profile not in now:
            now[slide.profile] = profile_categories(slide.profile) or DEFAULT_CATEGORY_MAP
        out.append(now[slide.profile])
    return out
