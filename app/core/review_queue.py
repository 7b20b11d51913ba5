"""The reviewer's queue: finished slides waiting for a signature, those with flags first
(blasts, then counts out of their reference range), each group oldest first, so what needs a
haematologist's eye soonest is at the top and nothing waits forever behind newer slides."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.counting import DEFAULT_RULES, CountRules, counted_labels, differential
from app.core.i18n import _
from app.core.records import SlideState
from app.core.reference_ranges import load_range_table
from app.core.report.words import blast_flag_text
from app.core.slide_setup import slide_categories
from app.core.store import SlideStore, SlideSummary


@dataclass(frozen=True)
class Waiting:
    summary: SlideSummary
    blasts: str | None  # the blast flag in words ("blasts present", "blasts >= 20%"), if any
    out_of_range: tuple[str, ...]  # "Lymphocytes H", one per category flagged

    @property
    def flags(self) -> tuple[str, ...]:
        return ((self.blasts,) if self.blasts else ()) + self.out_of_range


def awaiting_signature(store: SlideStore, rules: CountRules = DEFAULT_RULES) -> list[Waiting]:
    """Every finished slide not signed yet, in the order a reviewer takes them."""
    finished = store.search(state=SlideState.FINISHED)
    ranges = load_range_table()
    waiting = []
    for summary, categories in zip(
        finished, slide_categories([s.slide for s in finished]), strict=True
    ):
        slide = summary.slide
        result = differential(
            counted_labels(summary.labels), categories, ranges, slide.wbc_count, slide.target, rules
        )
        flagged = tuple(f"{_(r.category.name)} {r.flag}" for r in result.rows if r.flag)
        waiting.append(Waiting(summary, blast_flag_text(result) or None, flagged))
    waiting.sort(
        key=lambda w: (w.blasts is None, not w.out_of_range, w.summary.slide.finished_at or "")
    )
    return waiting
