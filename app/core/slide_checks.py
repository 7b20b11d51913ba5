"""What a technician is warned about before creating, finishing or signing a slide.

Each warning is a sentence; the window asks whether to go on, and when the technician does, the
warnings go into the audit trail with the act (see ``SlideSession.finish``/``sign``)."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.categories import CategoryKind, CategoryMap
from app.core.counting import Differential
from app.core.i18n import _, ngettext
from app.core.records import Cell, CellSource, CellState
from app.core.report.words import stored_word
from app.core.review import ReviewRule
from app.core.store import SlideStore


def marked_for_review(cell: Cell, categories: CategoryMap, review: ReviewRule) -> bool:
    """The one review rule, for the overlay (dashed "?" boxes), the R queue and the warnings at
    Finish and Sign: a white cell the models were unsure of (``ReviewRule.needs_review``); red
    cells and platelets are never reviewed."""
    return categories.category_of(
        cell.label
    ).kind is not CategoryKind.IGNORED and review.needs_review(cell)


def cells_to_review(
    cells: Iterable[Cell], categories: CategoryMap, review: ReviewRule
) -> list[Cell]:
    """The cells marked for review, the least sure first (by their least sure stage)."""
    marked = [c for c in cells if marked_for_review(c, categories, review)]
    return sorted(marked, key=lambda c: (review.margin(c) or 0.0, c.id))


def counted_white(cells: Iterable[Cell], categories: CategoryMap) -> list[Cell]:
    """The counted cells of white-cell categories (red cells and platelets are not)."""
    return [
        c
        for c in cells
        if c.state == CellState.COUNTED.value
        and categories.category_of(c.label).kind is not CategoryKind.IGNORED
    ]


def field_reviewed(cells: Iterable[Cell], categories: CategoryMap) -> bool:
    """A person looked at every counted white cell of the field (accepted, corrected or
    added it); a field with none is not called reviewed."""
    white = counted_white(cells, categories)
    return bool(white) and all(c.reviewed or c.source == CellSource.MANUAL.value for c in white)


#: The models were unsure of at least this share of a slide's white cells (of at least
#: UNSURE_MIN_CELLS): its images are likely unlike those the models learned from, and the
#: technician is told so, beyond the cells marked one by one.
UNSURE_SHARE = 0.5
UNSURE_MIN_CELLS = 20


def unsure_of(
    cells: Iterable[Cell], categories: CategoryMap, review: ReviewRule
) -> tuple[int, int]:
    """(counted white cells the models were unsure of, counted white cells the models typed),
    whether a person has looked at them since or not."""
    margins = [review.margin(c) for c in counted_white(cells, categories)]
    typed = [m for m in margins if m is not None]
    return sum(m < 0 for m in typed), len(typed)


def finish_warnings(
    result: Differential, to_review: int, unsure: tuple[int, int] = (0, 0)
) -> list[str]:
    """Why finishing or signing now may give a wrong or weak result; empty when nothing.
    ``unsure``: see ``unsure_of``."""
    warnings = []
    doubtful, typed = unsure
    if typed >= UNSURE_MIN_CELLS and doubtful >= UNSURE_SHARE * typed:
        warnings.append(
            _(
                "The models were unsure of {doubtful} of the {typed} white cells they typed: "
                "these images may be unlike those they learned from (magnification, focus, "
                "light or stain). Check every cell, and the camera and its focus."
            ).format(doubtful=doubtful, typed=typed)
        )
    if result.total < result.target:
        warnings.append(
            _("Only {total} of the {target} target cells are counted.").format(
                total=result.total, target=result.target
            )
        )
    if to_review:
        warnings.append(
            ngettext(
                "{n} cell is still marked for review.",
                "{n} cells are still marked for review.",
                to_review,
            ).format(n=to_review)
        )
    return warnings


def same_sample_warning(store: SlideStore, sample_id: str) -> str | None:
    """A new slide would share its sample ID with others: say which, so a typo is caught."""
    existing = [s.slide for s in store.summaries("WHERE s.sample_id = ?", (sample_id.strip(),))]
    if not existing:
        return None
    first = existing[0]
    others = (
        ngettext(" and {n} more", " and {n} more", len(existing) - 1).format(n=len(existing) - 1)
        if len(existing) > 1
        else ""
    )
    return _(
        "A slide with sample ID {sample} already exists (created {date}, {state}){others}. "
        "Press OK again to create another one."
    ).format(
        sample=first.sample_id,
        date=first.created_at[:10],
        state=stored_word(first.state),
        others=others,
    )
