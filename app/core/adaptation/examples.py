"""The cells a lab adaptation learns from: features, the model's answer and a person's class."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Examples:
    features: NDArray[np.float32]  # (n, d): the embedding, or the log-probabilities
    log_p: NDArray[np.float32]  # (n, classes): the unadapted model's log-probabilities
    targets: NDArray[np.intp]  # (n,): the class a person confirmed or gave
    slide_ids: NDArray[np.int64]  # (n,)
    cell_ids: NDArray[np.int64]  # (n,)

    @classmethod
    def empty(cls, classes: int) -> Examples:
        nothing = np.zeros((0, classes), np.float32)
        ids = np.zeros(0, np.int64)
        return cls(nothing, nothing, np.zeros(0, np.intp), ids, ids)

    def __len__(self) -> int:
        return len(self.targets)

    def subset(self, rows: NDArray[np.bool_] | NDArray[np.int64]) -> Examples:
        """The cells a mask or index array picks."""
        return Examples(
            self.features[rows],
            self.log_p[rows],
            self.targets[rows],
            self.slide_ids[rows],
            self.cell_ids[rows],
        )

    @property
    def slides(self) -> int:
        return len(np.unique(self.slide_ids))
