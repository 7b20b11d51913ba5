"""Where the technician stopped: the open slide, and per slide its field, selected cell, zoom and
whether its target alert was given; the window's size. A small JSON file next to the settings.

It is a convenience, not data: an unreadable file is ignored (the counts are in the store)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import write_text_atomic
from app.core.errors import ExportError
from app.core.paths import private_dir

log = logging.getLogger(__name__)

VIEW_STATE_NAME = "view_state.json"


@dataclass(frozen=True)
class SlidePlace:
    field_id: int | None = None
    cell_id: int | None = None
    zoom: float | None = None  # None: the field fitted to the view
    target_alerted: bool = False  # the "target reached" alert is given once per slide


def _place(raw: dict[str, Any]) -> SlidePlace:
    """A stored place, each value kept only when it has the right type (a hand-edited or
    damaged file never stops a slide from opening)."""

    def whole(key: str) -> int | None:
        value = raw.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    zoom = raw.get("zoom")
    return SlidePlace(
        whole("field_id"),
        whole("cell_id"),
        float(zoom) if isinstance(zoom, int | float) and not isinstance(zoom, bool) else None,
        raw.get("target_alerted") is True,
    )


class ViewState:
    def __init__(self, folder: Path) -> None:
        self.path = folder / VIEW_STATE_NAME
        raw: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            raw = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            pass  # first start, or a damaged file: start afresh
        last = raw.get("last_slide")
        self.last_slide: int | None = last if isinstance(last, int) else None
        geometry = raw.get("window_geometry")
        self.window_geometry: str | None = geometry if isinstance(geometry, str) else None
        slides = raw.get("slides")
        self._places = {
            str(slide): _place(place)
            for slide, place in (slides.items() if isinstance(slides, dict) else [])
            if isinstance(place, dict)
        }

    def place(self, slide_id: int) -> SlidePlace:
        return self._places.get(str(slide_id), SlidePlace())

    def remember(self, slide_id: int, place: SlidePlace) -> None:
        self._places[str(slide_id)] = place
        self.last_slide = slide_id
        self.save()

    def forget(self, slide_id: int) -> None:
        self._places.pop(str(slide_id), None)
        if self.last_slide == slide_id:
            self.last_slide = None
        self.save()

    def save(self) -> None:
        data = {
            "last_slide": self.last_slide,
            "window_geometry": self.window_geometry,
            "slides": {k: asdict(v) for k, v in self._places.items()},
        }
        try:
            private_dir(self.path.parent)
            write_text_atomic(self.path, json.dumps(data))
        except (OSError, ExportError) as exc:
            log.warning("Where the window stopped could not be saved: %s", exc)
