"""The order a profile's classifier stages run in: each after every stage that sends it cells;
a profile whose stages send cells round in a circle is refused, naming the circle."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.errors import ProfileError
from app.core.i18n import _


def stage_order(routes: Mapping[str, Mapping[str, str]], entry: Mapping[str, str]) -> list[str]:
    """The stages (``routes``: stage -> class -> next stage) in an order where every stage
    comes after all that feed it, starting from the stages ``entry`` sends detections to."""
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            loop = " -> ".join((*trail, name))
            raise ProfileError(
                _("The classifier stages route in a circle: {loop}.").format(loop=loop)
            )
        state[name] = "active"
        for target in routes[name].values():
            visit(target, (*trail, name))
        state[name] = "done"
        order.append(name)

    for name in [*entry.values(), *routes]:
        visit(name, ())
    order.reverse()
    return order
