"""The Slide menu's housekeeping: fix a slide's details, delete a slide made by mistake. Both
are audited by the store; a signed slide is neither edited nor deleted."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from app.core.errors import SmearCountError
from app.core.slide_checks import same_sample_warning
from app.ui import questions
from app.ui.corrections import run_command
from app.ui.dialogs import NewSlideDialog
from app.ui.errors import reporter
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def edit_details(window: MainWindow) -> None:
    view = window.slide_view
    if view is None:
        return
    session = view.session
    slide = session.slide

    def other_slides(sample: str) -> str | None:
        return None if sample == slide.sample_id else same_sample_warning(window.store, sample)

    dialog = NewSlideDialog(window.settings, window, other_slides)
    dialog.show_slide(slide)
    if dialog.exec():
        values = {k: v for k, v in dialog.values().items() if k != "profile"}
        run_command(partial(session.edit_slide, **values))
        window._update_title()


def delete_slide(window: MainWindow) -> None:
    view = window.slide_view
    if view is None:
        return
    slide, session = view.session.slide, view.session
    if slide.locked:
        reporter().report(
            _tr("Slide not deleted"),
            _tr("A signed slide cannot be deleted; unsign it first (an audited act)."),
        )
        return
    reason = questions.ask_text(
        window,
        _tr("Delete slide"),
        _tr("Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):")
        .replace("{0}", slide.sample_id)
        .replace("{1}", str(len(session.fields)))
        .replace("{2}", str(len(session.cells))),
    )
    if reason is None:
        return
    window.show_start()  # the open session lets go of the slide first
    try:
        window.store.delete_slide(slide.id, window.settings.operator or "unknown", reason)
    except SmearCountError as exc:
        reporter().report_exception(exc, "delete slide")
        window.open_slide(slide.id)
        return
    window.view_state.forget(slide.id)
    window.start.refresh()
    window.statusBar().showMessage(_tr("Slide {0} deleted.").replace("{0}", slide.sample_id), 10000)
