"""At the bench (issue 17): what a technician does with mouse and keys must change exactly the
cells shown selected, in the field shown, and say so in words."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.categories import DEFAULT_CATEGORY_MAP, PALETTE_NAMES
from app.core.pins import hash_pin, pin_matches
from app.core.settings import DEFAULT_KEYMAP, Settings
from app.core.store import audit
from app.ui.cell_label import text_colour
from app.ui.dialogs import SettingsDialog
from app.ui.resume import show_where_left
from tests.ui.conftest import wait_analysed

CTRL = Qt.KeyboardModifier.ControlModifier


def _counting(window, qtbot, images, fields=2):
    window.create_slide("ana", {"sample_id": "PB-1", "target": 100})
    window.open_images(images[:fields])
    wait_analysed(qtbot, window, fields)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.slide_view


def _click_item(qtbot, row, index, modifier=Qt.KeyboardModifier.NoModifier):
    centre = row.visualItemRect(row.item(index)).center()
    qtbot.mouseClick(row.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def _type(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key where a person's key goes: to the widget with the keyboard focus."""
    focus = QApplication.focusWidget()
    assert focus is not None, "no widget has the keyboard focus: the keys are dead"
    qtbot.keyClick(focus, key, modifier)


def _gallery(view, qtbot):
    view.tabs.setCurrentWidget(view.gallery)
    qtbot.waitUntil(lambda: view.gallery.lists["monocyte"].isVisible())
    return view.gallery


def test_gallery_has_one_selection_and_a_key_relabels_only_what_is_shown_selected(
    make_window, images, qtbot
):
    view = _counting(make_window(), qtbot, images)
    gallery = _gallery(view, qtbot)
    _click_item(qtbot, gallery.lists["neutrophil"], 0)
    first = gallery.selected_ids()
    assert len(first) == 1
    _click_item(qtbot, gallery.lists["monocyte"], 0)  # a plain click elsewhere replaces
    chosen = gallery.lists["monocyte"].selected_ids()
    assert gallery.selected_ids() == chosen and len(chosen) == 1
    _click_item(qtbot, gallery.lists["lymphocyte"], 0, CTRL)  # Ctrl+click extends, across rows
    chosen += gallery.lists["lymphocyte"].selected_ids()
    assert sorted(gallery.selected_ids()) == sorted(chosen) and len(chosen) == 2
    assert "2 selected" in gallery.summary.text()
    _type(qtbot, "6")  # immature granulocyte
    cells = view.session.cells
    assert {cells[i].label for i in chosen} == {"ig"}
    assert cells[first[0]].label == "neutrophil"  # the cell clicked first is untouched
    assert sorted(gallery.lists["ig"].selected_ids()) == sorted(chosen)  # still selected

    _type(qtbot, "z", CTRL)  # the keys still work after the relabel
    assert {cells[i].label for i in chosen} == {"monocyte", "lymphocyte"}


def test_gallery_drag_and_drop_relabels_the_selection(make_window, images, qtbot):
    view = _counting(make_window(), qtbot, images)
    gallery = _gallery(view, qtbot)
    source, target = gallery.lists["monocyte"], gallery.lists["basophil"]
    assert source.dragEnabled() and target.viewport().acceptDrops()
    _click_item(qtbot, source, 0)
    _click_item(qtbot, gallery.lists["neutrophil"], 0, CTRL)
    moved = gallery.selected_ids()
    mime = source.mimeData([source.item(0)])  # what Qt packs when the drag starts
    assert isinstance(mime, QMimeData)
    drop = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert {view.session.cells[i].label for i in moved} == {"basophil"}
    assert gallery.lists["basophil"].count() == 2


def _click_scene(qtbot, view, x, y, modifier=Qt.KeyboardModifier.NoModifier):
    where = view.view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, modifier, where)


def test_adding_a_missed_cell_on_a_red_cell_adds_it_and_never_relabels_the_red_cell(
    make_window, images, qtbot
):
    view = _counting(make_window(), qtbot, images, fields=1)
    view.view.setFocus()
    field = view.current_field_id()
    cells = view.session.cells_in(field)
    rbc = next(c for c in cells if c.label == "rbc")
    wbc = next(c for c in cells if c.label == "neutrophil")
    _click_scene(qtbot, view, 400, 220)  # on the red cell's box: a missed white cell there
    assert view.view.selected_ids() == []
    assert view.view.pending_rect() is not None
    _type(qtbot, "8")
    added = max(view.session.cells)
    assert view.session.cells[added].label == "lymphocyte"
    assert view.session.cells[added].source == "manual"
    assert view.session.cells[rbc.id].label == "rbc"  # the red cell was not turned white

    _click_scene(qtbot, view, 200, 160)  # inside a white cell's box: selects it
    assert view.view.selected_ids() == [wbc.id] and view.view.pending_rect() is None
    _click_scene(qtbot, view, 200, 160, Qt.KeyboardModifier.ShiftModifier)  # Shift: always adds
    assert view.view.selected_ids() == [] and view.view.pending_rect() is not None
    _type(qtbot, Qt.Key.Key_Escape)


def test_a_new_cell_stays_inside_the_image(make_window, images, qtbot):
    view = _counting(make_window(), qtbot, images, fields=1)
    view.view.setFocus()
    before = len(view.session.cells)
    outside = view.view.mapFromScene(QPointF(-6, 240))
    if not view.view.viewport().rect().contains(outside):
        outside = view.view.mapFromScene(QPointF(320, -6))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=outside)
    assert view.view.pending_rect() is None  # the black border: nothing to add
    _type(qtbot, "7")
    assert len(view.session.cells) == before
    _click_scene(qtbot, view, 3, 3)  # a cell in the corner: its box ends at the image's edge
    _type(qtbot, "7")
    added = view.session.cells[max(view.session.cells)]
    assert added.x1 >= 0 and added.y1 >= 0 and added.x2 <= 640 and added.y2 <= 480


def test_undo_and_redo_show_the_field_and_cell_they_change_and_say_it_in_words(
    make_window, images, qtbot
):
    window = make_window()
    view = _counting(window, qtbot, images)
    first, second = (f.id for f in view.session.field_list())
    view.show_field(first)
    view.view.setFocus()
    cell = min(c.id for c in view.session.cells_in(first) if c.label == "neutrophil")
    view.view.select([cell])
    _type(qtbot, "8")
    _type(qtbot, Qt.Key.Key_PageDown)  # on to field 2
    assert view.current_field_id() == second
    _type(qtbot, "z", CTRL)
    assert view.session.cells[cell].label == "neutrophil"
    assert view.current_field_id() == first  # the undo is shown where it happened
    assert view.view.selected_ids() == [cell]
    said = window.statusBar().currentMessage()
    assert said == "Undone: class change of 1 cell in field 1."
    _type(qtbot, Qt.Key.Key_PageDown)
    _type(qtbot, "z", CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.session.cells[cell].label == "lymphocyte"
    assert view.current_field_id() == first and view.view.selected_ids() == [cell]
    assert window.statusBar().currentMessage() == "Redone: class change of 1 cell in field 1."


def _audit_names(view):
    return [e.what for e in audit.entries(view.session.db.conn, view.session.slide_id)]


def test_finish_and_sign_warn_when_short_or_unreviewed_and_audit_going_on(
    make_window, images, qtbot, answers, warnings_seen
):
    window = make_window(review_below=0.999)  # every model cell is unsure: drawn "to review"
    view = _counting(window, qtbot, images, fields=1)
    warnings_seen.go_on = False
    window.slide_actions["finish"].trigger()
    assert view.session.slide.state == "open"  # stopped at the warning
    [(title, text)] = warnings_seen
    assert title == "Finish slide"
    assert "Only 2 of the 100 target cells are counted." in text
    assert "2 cells are still marked for review." in text
    warnings_seen.go_on = True
    answers += ["short smear"]
    window.slide_actions["finish"].trigger()
    assert view.session.slide.state == "finished"
    assert any(
        n.startswith("finish: going on although Only 2 of the 100") for n in _audit_names(view)
    )
    answers += ["ana"]
    window.slide_actions["sign"].trigger()
    assert warnings_seen[-1][0] == "Sign slide" and view.session.slide.locked
    assert any(n.startswith("sign: going on although") for n in _audit_names(view))


def test_no_warning_when_the_count_is_complete(make_window, images, qtbot, answers, warnings_seen):
    window = make_window(review_below=0.999)
    view = _counting(window, qtbot, images, fields=1)
    view.session.edit_slide(target=2)
    view.session.set_reviewed([c.id for c in view.cells_to_review()])
    answers += ["", "ana"]
    window.finish_slide()
    window.sign_slide()
    assert warnings_seen == [] and view.session.slide.locked
    assert "sign" in _audit_names(view)


def test_signing_asks_the_operators_pin_when_one_is_set(
    make_window, images, qtbot, answers, secrets, dialogs
):
    window = make_window(signing_pins={"ana": hash_pin("2468")})
    view = _counting(window, qtbot, images, fields=1)
    answers += ["ana"]
    secrets += ["1111"]
    window.sign_slide()
    assert not view.session.slide.locked
    assert dialogs[-1] == ("Not signed", "That is not the signing PIN of ana.")
    answers += ["ana"]
    secrets += ["2468"]
    window.sign_slide()
    assert view.session.slide.locked and view.session.slide.signed_by == "ana"
    assert secrets.asked == ["Signing PIN of ana:"] * 2
    assert "2468" not in json.dumps(window.settings.signing_pins)


def test_a_lab_can_require_a_pin_for_every_signature(make_window, images, qtbot, answers, dialogs):
    window = make_window(require_signing_pin=True)
    view = _counting(window, qtbot, images, fields=1)
    answers += ["bo"]
    window.sign_slide()
    assert not view.session.slide.locked
    assert "bo has no signing PIN yet" in dialogs[-1][1]


def _with_dialog(qtbot, open_it, person):
    """Open a modal dialog and let ``person`` work in it, as someone at the window would."""
    failures = []

    def act():
        dialog = QApplication.activeModalWidget()
        try:
            person(dialog)
        except Exception as exc:  # reported below, after the dialog is closed
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    if failures:
        raise failures[0]


def _ok(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_second_slide_with_the_same_sample_id_is_warned_before_it_is_made(make_window, qtbot):
    window = make_window()
    window.create_slide("ana", {"sample_id": "PB-1"})
    first = window.slide_view.session.slide_id
    said = []

    def person(dialog):
        assert not dialog.profile.isEditable()  # chosen from the list: no typo profile
        qtbot.keyClicks(dialog.sample, "PB-1")
        qtbot.keyClick(dialog.sample, Qt.Key.Key_Return)
        said.append(dialog.problem.text())
        assert dialog.isVisible()
        qtbot.keyClick(dialog.sample, Qt.Key.Key_Return)  # yes, another one

    _with_dialog(qtbot, window.file_actions["new"].trigger, person)
    assert "A slide with sample ID PB-1 already exists" in said[0]
    assert window.slide_view.session.slide_id != first
    assert window.slide_view.session.slide.sample_id == "PB-1"


def test_settings_keep_what_was_typed_when_a_value_is_refused_and_name_the_clash(
    make_window, qtbot
):
    window = make_window()
    said = []

    def person(dialog):
        qtbot.keyClicks(dialog.lab, "District Lab")
        dialog.keys["monocyte"].selectAll()
        qtbot.keyClicks(dialog.keys["monocyte"], "7")
        _ok(qtbot, dialog)
        said.append(dialog.problem.text())
        assert dialog.isVisible() and dialog.lab.text() == "District Lab"
        dialog.keys["monocyte"].selectAll()
        qtbot.keyClicks(dialog.keys["monocyte"], "9")
        qtbot.keyClicks(dialog.pin, "12")
        _ok(qtbot, dialog)
        said.append(dialog.problem.text())
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.pin, "34")
        _ok(qtbot, dialog)

    _with_dialog(qtbot, window.file_actions["settings"].trigger, person)
    assert said[0] == "Key 7 is given to Neutrophils and Monocytes: give each category its own key."
    assert "at least 4" in said[1]
    assert window.settings.lab_name == "District Lab"
    assert pin_matches(window.settings.signing_pins["ana"], "1234")
    saved = json.loads((window.config_dir / "settings.json").read_text())
    assert saved["lab_name"] == "District Lab" and "1234" not in json.dumps(saved)


def test_settings_keep_the_keys_of_categories_they_do_not_show(qtbot):
    settings = Settings(keymap={**DEFAULT_KEYMAP, "myeloblast": "m"})
    dialog = SettingsDialog(settings, DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    assert dialog.result_settings().keymap == settings.keymap


def test_a_long_label_is_elided_inside_its_box_and_whole_when_selected(make_window, images, qtbot):
    view = _counting(make_window(), qtbot, images, fields=1)
    cell = min(c.id for c in view.session.cells_in(view.current_field_id()) if c.label != "rbc")
    view.view.select([cell])
    _type(qtbot, "6")  # Immature granulocytes: a long name
    label = view.view.items_by_id[cell].label
    scale = view.view.transform().m11()
    on_screen = 80 * scale  # the box is 80 image pixels wide
    view.view.select([])
    shown = label.visible_text(scale)
    assert shown != label.text() and shown.endswith("…")
    assert label.metrics.horizontalAdvance(shown) <= on_screen
    view.view.select([cell])
    assert label.visible_text(scale) == label.text() == "Immature granulocytes"
    assert text_colour(label.plate).name() == "#000000"  # dark text on the light pink plate


def test_a_restart_resumes_the_slide_field_cell_and_zoom_and_the_window_size(
    make_window, images, qtbot
):
    fresh = make_window()
    show_where_left(fresh)
    assert fresh.isMaximized()  # the first start uses the whole screen
    assert fresh.slide_view is None  # nothing was open
    view = _counting(fresh, qtbot, images)
    _type(qtbot, Qt.Key.Key_PageDown)
    field = view.current_field_id()
    _type(qtbot, Qt.Key.Key_Tab)
    [cell] = view.view.selected_ids()
    _type(qtbot, "+", CTRL)
    zoom = view.view.transform().m11()
    fresh.showNormal()
    fresh.resize(900, 520)
    fresh.close()

    again = make_window()
    show_where_left(again)
    resumed = again.slide_view
    assert resumed is not None and resumed.session.slide_id == view.session.slide_id
    assert resumed.current_field_id() == field
    assert resumed.view.selected_ids() == [cell]
    assert resumed.view.transform().m11() == pytest.approx(zoom)
    # The width is kept within the (small) offscreen screen; the height is as it was left.
    assert again.height() == 520 and not again.isMaximized()


def test_saving_settings_keeps_the_field_and_the_target_alert_is_given_once_per_slide(
    make_window, images, qtbot
):
    window = make_window()
    window.create_slide("ana", {"sample_id": "PB-1", "target": 3})
    window.open_images(images[:2])
    wait_analysed(qtbot, window, 2)
    view = window.slide_view
    second = view.session.field_list()[1].id
    view.show_field(second)
    view._empty_clicked(QPointF(40, 40))
    qtbot.keyClick(view.view, "7")
    assert view.counts.alert.isVisible()  # given: 4 of 3 cells
    assert window.apply_settings(window.settings.with_changes(lab_name="District Lab"))
    reopened = window.slide_view
    assert reopened is not view and reopened.current_field_id() == second
    assert not reopened.counts.alert.isVisible()  # not again for the same slide
    slide_id = reopened.session.slide_id
    window.close()
    again = make_window()
    again.open_slide(slide_id)
    assert not again.slide_view.counts.alert.isVisible()
    again.close()
    (again.config_dir / "view_state.json").unlink()  # another computer: nothing remembered
    elsewhere = make_window()
    elsewhere.open_slide(slide_id)
    assert not elsewhere.slide_view.counts.alert.isVisible()  # already there: no alert


def test_the_window_is_laid_out_for_counting(make_window, images, qtbot):
    window = make_window()
    window.resize(1400, 860)
    view = _counting(window, qtbot, images)
    qtbot.waitUntil(lambda: view.tabs.width() > 2 * view.counts.width())  # the field is wide
    strip = view.strip
    assert not strip.horizontalScrollBar().isVisible()
    for row in range(strip.count()):
        item = strip.item(row)
        widest = max(strip.fontMetrics().horizontalAdvance(t) for t in item.text().split("\n"))
        assert widest <= strip.visualItemRect(item).width()  # "1. 2 WBC", never "1. 2 WB"
    assert not view.counts.table.horizontalScrollBar().isVisible()

    splitter = view.tabs.parentWidget()
    sizes = splitter.sizes()
    splitter.setSizes([sizes[0], sizes[1] - 100, sizes[2] + 100])  # the divider is dragged
    qtbot.waitUntil(lambda: view.view.viewport().width() < sizes[1] - 80)
    shown = view.view.mapFromScene(view.view.sceneRect()).boundingRect()
    assert view.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)  # refitted
    assert shown.width() >= view.view.viewport().width() - 4  # and still as large as fits

    view.view.setFocus()
    _type(qtbot, "k")
    assert not view.keypad.isVisible()
    _type(qtbot, "k")
    assert view.keypad.isVisible()


def test_a_field_whose_every_white_cell_was_looked_at_is_marked_reviewed(
    make_window, images, qtbot
):
    view = _counting(make_window(), qtbot, images)
    first = view.session.field_list()[0].id
    view.show_field(first)
    view.view.setFocus()
    assert "reviewed" not in view.strip.item(0).text()
    for cell in view.ordered_cells(first):
        view.show_field(first)
        view.view.select([cell.id])
        _type(qtbot, Qt.Key.Key_Return)  # accepted: looked at
    assert view.strip.item(0).text().endswith("✓ reviewed")
    assert "reviewed" not in view.strip.item(1).text()


def test_remove_field_asks_and_shows_its_neighbour(make_window, images, qtbot, warnings_seen):
    window = make_window()
    view = _counting(window, qtbot, [*images, images[0]], fields=2)
    first, second = (f.id for f in view.session.field_list())
    view.show_field(second)
    warnings_seen.go_on = False
    view.actions_by_name["remove_field"].trigger()
    assert second in view.session.fields
    assert "Remove field 2 (field1.png) and its 2 white cells" in warnings_seen[-1][1]
    warnings_seen.go_on = True
    view.show_field(first)
    view.actions_by_name["remove_field"].trigger()
    assert first not in view.session.fields
    assert view.current_field_id() == second  # the one that took its place, not "field 1"


def test_slide_details_are_edited_and_a_mistaken_slide_deleted_both_audited(
    make_window, images, qtbot, answers
):
    window = make_window()
    view = _counting(window, qtbot, images, fields=1)
    slide_id = view.session.slide_id

    def person(dialog):
        assert not dialog.profile.isEnabled()
        dialog.patient.selectAll()
        qtbot.keyClicks(dialog.patient, "P-42")
        _ok(qtbot, dialog)

    _with_dialog(qtbot, window.slide_actions["details"].trigger, person)
    assert view.session.slide.patient_id == "P-42"
    assert "edit slide" in _audit_names(view)
    conn = window.store.db.conn
    answers += ["made twice by mistake"]
    window.slide_actions["delete"].trigger()
    assert window.slide_view is None and window.store.summaries() == []
    assert window.view_state.last_slide is None
    assert [e.what for e in audit.entries(conn, slide_id)][-1] == (
        "delete slide: made twice by mistake"
    )


def test_a_signed_slide_is_not_deleted(make_window, images, qtbot, answers, dialogs):
    window = make_window()
    view = _counting(window, qtbot, images, fields=1)
    answers += ["ana"]
    window.sign_slide()
    assert not window.slide_actions["delete"].isEnabled()
    window.slide_actions["delete"].setEnabled(True)  # even if reached somehow
    window.slide_actions["delete"].trigger()
    assert window.store.summaries() and "unsign it first" in dialogs[-1][1]
    assert view.session.slide.locked


def test_words_for_people_in_the_status_bar_menus_and_empty_states(make_window, images, qtbot):
    window = make_window()
    assert not window.file_actions["open_images"].isEnabled()  # no slide yet: make one first
    assert "No slides yet. Press New slide" in window.start.unfinished.text()
    window.create_slide("ana", {"sample_id": "PB-1"})
    view = window.slide_view
    assert view.view.empty_hint.isVisible() and "Open images" in view.view.empty_hint.text()
    assert "No white cells yet" in view.gallery.summary.text()
    assert "Models: test-profile" in window.models_label.text()
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    assert not view.view.empty_hint.isVisible()
    view.view.setFocus()
    cell = min(c.id for c in view.session.cells_in(view.current_field_id()) if c.label != "rbc")
    _click_scene(qtbot, view, *_centre(view.session.cells[cell]))
    said = window.statusBar().currentMessage()
    assert said.startswith("Neutrophils, model ") and "% sure" in said
    names = [a.text() for a in view.build_context_menu(cell).actions()]
    classes = [a.text() for a in view.build_context_menu(cell).actions()[0].menu().actions()]
    assert "Smudge cells" in classes and "Not counted: smudge" not in names
    assert dict(PALETTE_NAMES)["tol-bright"] == "Bright (colour-blind safe)"


def _centre(cell):
    return (cell.x1 + cell.x2) / 2, (cell.y1 + cell.y2) / 2


def test_f1_lists_every_key_of_the_window(make_window, images, qtbot):
    window = make_window()
    view = _counting(window, qtbot, images, fields=1)
    view.view.setFocus()
    _type(qtbot, Qt.Key.Key_F1)
    assert window.cheat_sheet.isVisible()
    sheet = window.cheat_sheet.text.toPlainText()
    actions = [*view.actions_by_name.values(), *window.file_actions.values()]
    keyed = [a for a in actions if not a.shortcut().isEmpty()]
    assert len(keyed) > 30
    for action in keyed:
        assert action.shortcut().toString() in sheet, action.text()
    assert "Shift+click" in sheet and "Neutrophils" in sheet


def test_an_added_cell_is_resized_by_dragging_a_corner_of_its_box(make_window, images, qtbot):
    view = _counting(make_window(), qtbot, images, fields=1)
    view.view.setFocus()
    _click_scene(qtbot, view, 60, 420)
    _type(qtbot, "8")
    added = view.session.cells[max(view.session.cells)]
    assert view.view.selected_ids() == [added.id]
    cells = len(view.session.cells)
    viewport = view.view.viewport()
    corner = view.view.mapFromScene(QPointF(added.x2, added.y2))
    target = view.view.mapFromScene(QPointF(added.x2 + 30, added.y2 + 20))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    resized = view.session.cells[added.id]
    assert (resized.x1, resized.y1) == pytest.approx((added.x1, added.y1), abs=2)
    assert resized.x2 == pytest.approx(added.x2 + 30, abs=3)
    assert resized.y2 == pytest.approx(min(480, added.y2 + 20), abs=3)
    assert len(view.session.cells) == cells  # resized, not a second cell drawn
    _type(qtbot, "z", CTRL)
    assert view.session.cells[added.id].box == added.box
