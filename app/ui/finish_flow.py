"""Finishing and signing a slide from the window: warn when the count is short or cells still
wait for review (the technician may go on; the warnings are audited with the act), and ask the
signer's PIN when one is set."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.pins import pin_matches
from app.core.records import SlideState
from app.core.settings import Settings
from app.core.slide_checks import cells_to_review, finish_warnings, unsure_of
from app.ui import questions
from app.ui.corrections import run_command
from app.ui.errors import reporter
from app.ui.slide_view import SlideView
from app.ui.translations import tr as _tr


def _warnings_accepted(
    parent: QWidget, view: SlideView, title: str, go_on: str
) -> list[str] | None:
    """The warnings the technician chose to go on past; None when they stopped."""
    result = view.session.differential(view.categories, view.ranges, view.setup.rules)
    cells = view.session.cells.values()
    marked = cells_to_review(cells, view.categories, view.review)
    warnings = finish_warnings(result, len(marked), unsure_of(cells, view.categories, view.review))
    if not warnings:
        return []
    text = (
        "\n".join(warnings) + "\n\n" + _tr("Go on anyway? Your choice is kept in the audit trail.")
    )
    return warnings if questions.ask_go_on(parent, title, text, go_on) else None


def finish(parent: QWidget, view: SlideView) -> bool:
    """True when the slide was finished."""
    despite = _warnings_accepted(parent, view, _tr("Finish slide"), _tr("Finish anyway"))
    if despite is None:
        return False
    comment = questions.ask_text(
        parent, _tr("Finish slide"), _tr("Comment (optional):"), view.session.slide.comment or ""
    )
    if comment is None:
        return False
    run_command(lambda: view.session.finish(comment, despite))
    return view.session.slide.state == SlideState.FINISHED.value


def sign(parent: QWidget, view: SlideView, settings: Settings) -> bool:
    """True when the slide was signed."""
    despite = _warnings_accepted(parent, view, _tr("Sign slide"), _tr("Sign anyway"))
    if despite is None:
        return False
    name = questions.ask_text(
        parent,
        _tr("Sign slide"),
        _tr("Operator name (the slide becomes read-only):"),
        settings.operator,
    )
    if name is None or not _pin_given(parent, name.strip(), settings):
        return False
    run_command(lambda: view.session.sign(name, despite))
    return view.session.slide.locked


def _pin_given(parent: QWidget, name: str, settings: Settings) -> bool:
    stored = settings.signing_pins.get(name)
    if stored is None:
        if not settings.require_signing_pin:
            return True
        reporter().report(
            _tr("Not signed"),
            _tr("{0} has no signing PIN yet: set one in Settings, then sign.").replace("{0}", name),
        )
        return False
    pin = questions.ask_secret(
        parent, _tr("Sign slide"), _tr("Signing PIN of {0}:").replace("{0}", name)
    )
    if pin is None:
        return False
    if not pin_matches(stored, pin):
        reporter().report(
            _tr("Not signed"), _tr("That is not the signing PIN of {0}.").replace("{0}", name)
        )
        return False
    return True
