"""Whether an adaptation may type cells: cross-validated over slides, against the unadapted model.

Cells of one slide share its stain, its thickness and often its patient, so a slide's cells are
always held out together: the head is fitted on the other slides and scored on this one. The
adaptation is switched on only when, summed over the held-out slides, it is right on clearly
more cells than the unadapted model (``MARGIN`` of top-1, and at least ``MIN_NET_CELLS`` cells),
and off again at the first refit where that no longer holds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from app.core.adaptation.examples import Examples
from app.core.adaptation.head import fit_head
from app.core.i18n import _, ngettext

#: The held-out top-1 an adaptation must gain over the unadapted model to be switched on.
MARGIN = 0.02
#: ... and never fewer cells than this more right (a margin of 2% of 30 cells is under 1 cell).
MIN_NET_CELLS = 3
#: Fewer slides than this cannot tell a lab's microscope from one slide's quirks.
MIN_SLIDES = 3
MAX_FOLDS = 5


@dataclass(frozen=True)
class Judgement:
    """How the adaptation did on the lab's own held-out slides."""

    cells: int
    slides: int
    base_correct: int  # cells the unadapted model got right, held out
    adapted_correct: int  # cells the adapted model got right, held out

    @property
    def base_top1(self) -> float:
        return self.base_correct / self.cells if self.cells else 0.0

    @property
    def adapted_top1(self) -> float:
        return self.adapted_correct / self.cells if self.cells else 0.0

    @property
    def passed(self) -> bool:
        net = self.adapted_correct - self.base_correct
        return (
            self.slides >= MIN_SLIDES
            and net >= MIN_NET_CELLS
            and self.adapted_top1 - self.base_top1 >= MARGIN
        )

    def verdict(self) -> str:
        """Whether it types cells, and why, in a technician's words."""
        if self.passed:
            return _("on: it beats the unadapted model on the lab's held-out slides")
        if self.slides < MIN_SLIDES:
            return ngettext(
                "off: it needs confirmed cells from at least {n} slide",
                "off: it needs confirmed cells from at least {n} slides",
                MIN_SLIDES,
            ).format(n=MIN_SLIDES)
        return ngettext(
            "off: it does not beat the unadapted model by {margin} of top-1 (and {n} cell) on "
            "held-out slides",
            "off: it does not beat the unadapted model by {margin} of top-1 (and {n} cells) on "
            "held-out slides",
            MIN_NET_CELLS,
        ).format(margin=f"{MARGIN:.0%}", n=MIN_NET_CELLS)

    def describe(self) -> str:
        """E.g. "held-out top-1 0.81 adapted vs 0.67 unadapted (412 cells, 9 slides)"."""
        return _(
            "held-out top-1 {adapted} adapted vs {base} unadapted ({cells} cells, {slides} slides)"
        ).format(
            adapted=f"{self.adapted_top1:.2f}",
            base=f"{self.base_top1:.2f}",
            cells=self.cells,
            slides=self.slides,
        )


def slide_folds(
    slide_ids: NDArray[np.int64], max_folds: int = MAX_FOLDS
) -> list[NDArray[np.bool_]]:
    """Masks of the held-out cells of each fold: whole slides, each slide in exactly one fold."""
    slides = np.unique(slide_ids)
    count = min(max_folds, len(slides))
    fold_of = {int(s): i % count for i, s in enumerate(slides)}
    folds = np.array([fold_of[int(s)] for s in slide_ids], np.intp)
    return [folds == k for k in range(count)]


def judge(examples: Examples) -> Judgement:
    """Fit on all but one fold of slides, score that fold, for every fold."""
    base = adapted = 0
    slides = examples.slides
    if slides >= 2:
        for held_out in slide_folds(examples.slide_ids):
            train, test = examples.subset(~held_out), examples.subset(held_out)
            head = fit_head(train.features, train.log_p, train.targets)
            scores = test.log_p + head.offsets(test.features)
            base += int((test.log_p.argmax(axis=1) == test.targets).sum())
            adapted += int((scores.argmax(axis=1) == test.targets).sum())
    held = len(examples) if slides >= 2 else 0
    return Judgement(held, slides, base, adapted)
