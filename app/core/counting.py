"""The differential, computed from the cells every time (never kept as a tally).

Percentages are over the differential categories; NRBC and smudge cells are given per 100 of
those WBC and stay out of the denominator. Intervals are Wilson 95% score intervals, which stay
inside 0-100% and are honest at 0 and 100%.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.core.categories import (
    SMUDGE,
    Category,
    CategoryKind,
    CategoryMap,
)
from app.core.records import Cell, CellState, NotCountedReason
from app.core.reference_ranges import RangeTable, ReferenceRange

Z95 = 1.959963984540054


@dataclass(frozen=True)
class CountRules:
    blast_strong_percent: float = 20.0  # blasts at or above this raise the strong flag
    nrbc_correction_per_100: float = 5.0  # NRBC at or above this correct the WBC count
    # Below this many WBC a percentage is too uncertain to call high or low: H/L flags are
    # withheld (and the report says so). Blasts are flagged whatever the count.
    min_count_for_flags: int = 100


DEFAULT_RULES = CountRules()


@dataclass(frozen=True)
class CategoryCount:
    category: Category
    count: int
    percent: float | None
    ci: tuple[float, float] | None  # Wilson 95%, in percent
    absolute: float | None  # x 10^9/L, from the (corrected) WBC count
    reference: ReferenceRange | None
    flag: str | None  # "H", "L" or None

    @property
    def reference_text(self) -> str:
        """The range the flag was judged against: absolute when known, else in percent."""
        ref = self.reference
        if ref is None:
            return ""
        absolute = self.absolute is not None and ref.absolute is not None
        pair = ref.absolute if absolute else ref.percent
        return "" if pair is None else f"{pair[0]:g}-{pair[1]:g}{'' if absolute else ' %'}"


@dataclass(frozen=True)
class PerHundred:
    category: Category
    count: int
    per_100_wbc: float | None


@dataclass(frozen=True)
class Differential:
    rows: tuple[CategoryCount, ...]
    total: int  # the denominator: cells counted in differential categories
    per_100: tuple[PerHundred, ...]
    wbc_count: float | None
    corrected_wbc: float | None  # only when NRBC reach the correction threshold
    blast_count: int
    blast_percent: float | None
    blast_flag: str | None  # None, "blasts present" or "blasts >= 20%"
    target: int
    min_count_for_flags: int = 0
    blast_strong_percent: float = 20.0  # the rule behind a strong blast flag, for its words

    @property
    def flags_withheld(self) -> bool:
        """Too few cells counted for H/L flags to mean anything (the rows' flags are None)."""
        return self.total < self.min_count_for_flags

    @property
    def progress(self) -> float:
        return self.total / self.target if self.target else 0.0

    @property
    def target_reached(self) -> bool:
        return self.total >= self.target

    def row(self, key: str) -> CategoryCount | None:
        return next((r for r in self.rows if r.category.key == key), None)

    def per_100_of(self, key: str) -> PerHundred | None:
        return next((p for p in self.per_100 if p.category.key == key), None)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for k of n, in percent; None when n is 0."""
    if n <= 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, 100 * (centre - half)), min(100.0, 100 * (centre + half))


#: Cells by what the count needs of them: (state, final label, reason) -> how many.
CellKinds = Counter[tuple[str, str, str | None]]
_COUNTED, _NOT_COUNTED = CellState.COUNTED.value, CellState.NOT_COUNTED.value
_SMUDGE_REASON = NotCountedReason.SMUDGE.value


def cell_kinds(cells: Iterable[Cell]) -> CellKinds:
    return Counter((c.state, c.label, c.reason) for c in cells)


def tally(cells: Iterable[Cell] | CellKinds, categories: CategoryMap) -> Counter[str]:
    """Cells per category key: counted cells by final label, smudges by their reason. Takes
    the cells, or their kinds (a slide keeps them up to date: 100,000 cells are not walked on
    every key press)."""
    kinds = cells if isinstance(cells, Counter) else cell_kinds(cells)
    counts: Counter[str] = Counter()
    for (state, label, reason), n in kinds.items():
        if state == _COUNTED:
            counts[categories.category_of(label).key] += n
        elif state == _NOT_COUNTED and reason == _SMUDGE_REASON:
            counts[SMUDGE] += n
    return counts


def wbc_total(cells: Iterable[Cell] | CellKinds, categories: CategoryMap) -> int:
    """The differential's denominator for these cells (the one definition of "WBC counted")."""
    return _wbc(tally(cells, categories), categories)


def _wbc(counts: Counter[str], categories: CategoryMap) -> int:
    """Counted cells in differential categories, from the counts per category key."""
    return sum(counts[c.key] for c in categories.categories if c.kind is CategoryKind.DIFFERENTIAL)


def counted_labels(labels: Mapping[str, int]) -> CellKinds:
    """The kinds of counted cells from their counts per final label (a slide's summary row)."""
    return Counter({(_COUNTED, label, None): n for label, n in labels.items()})


def differential(
    cells: Iterable[Cell] | CellKinds,
    categories: CategoryMap,
    ranges: RangeTable,
    wbc_count: float | None,
    target: int,
    rules: CountRules = DEFAULT_RULES,
) -> Differential:
    counts = tally(cells, categories)
    diff_cats = [c for c in categories.categories if c.kind is CategoryKind.DIFFERENTIAL]
    total = _wbc(counts, categories)
    per_100 = tuple(
        PerHundred(c, counts[c.key], 100 * counts[c.key] / total if total else None)
        for c in categories.categories
        if c.kind is CategoryKind.PER_100_WBC
    )
    nrbc = next((p.per_100_wbc for p in per_100 if p.category.key == "nrbc"), None)
    corrected = None
    if wbc_count is not None and nrbc is not None and nrbc >= rules.nrbc_correction_per_100:
        corrected = wbc_count * 100 / (100 + nrbc)
    wbc_for_absolute = corrected if corrected is not None else wbc_count
    withheld = total < rules.min_count_for_flags
    rows = []
    for cat in diff_cats:
        k = counts[cat.key]
        percent = 100 * k / total if total else None
        absolute = (
            percent / 100 * wbc_for_absolute
            if percent is not None and wbc_for_absolute is not None
            else None
        )
        reference = ranges.ranges.get(cat.key)
        rows.append(
            CategoryCount(
                cat,
                k,
                percent,
                wilson(k, total),
                absolute,
                reference,
                None if withheld else _flag(percent, absolute, reference),
            )
        )
    blasts = sum(counts[c.key] for c in diff_cats if c.blast)
    blast_percent = 100 * blasts / total if total else None
    blast_flag = None
    if blasts:
        strong = blast_percent is not None and blast_percent >= rules.blast_strong_percent
        blast_flag = f"blasts >= {rules.blast_strong_percent:g}%" if strong else "blasts present"
    return Differential(
        tuple(rows),
        total,
        per_100,
        wbc_count,
        corrected,
        blasts,
        blast_percent,
        blast_flag,
        target,
        rules.min_count_for_flags,
        rules.blast_strong_percent,
    )


def _flag(percent: float | None, absolute: float | None, ref: ReferenceRange | None) -> str | None:
    """Against the absolute range when a WBC count is known, else against the percentage."""
    if ref is None:
        return None
    value, bounds = (
        (absolute, ref.absolute)
        if absolute is not None and ref.absolute
        else (percent, ref.percent)
    )
    if value is None or bounds is None:
        return None
    if value > bounds[1] + 1e-9:
        return "H"
    if value < bounds[0] - 1e-9:
        return "L"
    return None
