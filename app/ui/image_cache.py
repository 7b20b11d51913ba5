"""The field images a slide view keeps decoded: the newest few, not every one seen. A slide of
12-megapixel captures kept each at full size until the slide closed (34 MB a field)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: Enough for going back and forth between neighbouring fields; 8 decoded 12 MP frames are
#: about 400 MB at worst, and a 640x480 field takes 1.2 MB.
FIELDS_KEPT = 8


class RecentlyUsed(OrderedDict[K, V], Generic[K, V]):
    """A dict that forgets its least recently used entries beyond ``limit``."""

    def __init__(self, limit: int = FIELDS_KEPT) -> None:
        super().__init__()
        self.limit = limit

    def get(self, key: K, default: V | None = None) -> V | None:  # type: ignore[override]
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def __setitem__(self, key: K, value: V) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)
