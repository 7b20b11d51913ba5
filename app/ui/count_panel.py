"""The running differential: a table model over the core's counting result, the progress to the
target, per-100-WBC figures, and the blast banner. It never counts by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.counting import CategoryCount, Differential
from app.core.i18n import decimal, number
from app.core.report import words
from app.ui.table_model import Index, RowsModel
from app.ui.translations import QT_TRANSLATE_NOOP

FLAG_COLOUR = QColor("#C00000")
#: Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.
OPTIONAL_COLUMNS = (3, 4, 5)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else decimal(value, digits)  # the language's decimal mark


class CountModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("", "Key  Category"),
        QT_TRANSLATE_NOOP("", "Count"),
        "%",
        QT_TRANSLATE_NOOP("", "95% CI"),
        "×10⁹/L",
        QT_TRANSLATE_NOOP("", "Reference"),
        QT_TRANSLATE_NOOP("", "Flag"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, str] = {}
        self._texts: list[tuple[str, ...]] = []

    def set_result(self, result: Differential, keys: dict[str, str]) -> None:
        rows = list(result.rows)
        same_shape = [r.category for r in rows] == [r.category for r in self.rows]
        # Texts are made once per change; painting asks for them many times.
        if same_shape and keys == self.keys:
            # Same categories: change the values in place, without relaying the table out.
            self.rows = rows
            self._texts = [self._row_texts(r) for r in rows]
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1)
            )
            return
        self.beginResetModel()
        self.rows = rows
        self.keys = keys
        self._texts = [self._row_texts(r) for r in rows]
        self.endResetModel()

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(row.category.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.category.name  # the whole name where a narrow panel elides a long one
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.flag:
            return FLAG_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return RIGHT
        return None

    def _row_texts(self, row: CategoryCount) -> tuple[str, ...]:
        ci = words.ci_text(row) or "–"
        key = self.keys.get(row.category.key, "")
        return (
            f"{key}  {row.category.name}" if key else row.category.name,
            str(row.count),
            _number(row.percent),
            ci,
            _number(row.absolute, 2),
            words.reference_text(row) or "–",
            row.flag or "",
        )


class TargetBar(QWidget):
    """Progress to the target. Not a QProgressBar: that one repaints synchronously on every
    value change, which cost 5-20 ms per click."""

    def __init__(self) -> None:
        super().__init__()
        self.total, self.target = 0, 1
        self.setMinimumHeight(22)

    def set_progress(self, total: int, target: int) -> None:
        self.total, self.target = total, max(target, 1)
        self.update()

    def text(self) -> str:
        return (
            self.tr("%1 of %2 cells").replace("%1", str(self.total)).replace("%2", str(self.target))
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.setPen(QColor("#888888"))
        painter.drawRect(rect)
        filled = rect.adjusted(1, 1, 0, 0)
        filled.setWidth(int(filled.width() * min(1.0, self.total / self.target)))
        reached = self.total >= self.target
        painter.fillRect(filled, QColor("#1B7837" if reached else "#4393C3"))
        painter.setPen(QColor("#000000"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()


class CountPanel(QWidget):
    target_reached = Signal(int)

    def __init__(self, alerted: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CountModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self._sized = False
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = TargetBar()
        self.extra = QLabel()
        self.extra.setWordWrap(True)  # the panel stays narrow: the field view gets the width
        self.blast = QLabel()
        self.blast.setWordWrap(True)
        self.blast.hide()
        self.alert = QLabel()
        self.alert.setStyleSheet("background:#1B7837; color:white; padding:6px; font-weight:bold")
        self.alert.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.blast, self.alert, self.progress, self.table, self.extra):
            layout.addWidget(widget)
        self.alerted = alerted  # kept with the slide (app.core.view_state), not only here
        self.result: Differential | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sized:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """A narrow panel drops the columns a count needs least, never the count, % or flag."""
        # The panel's own width: its table is resized by the layout only after this.
        room = (
            self.width()
            - 24  # frame, colour swatch margin and a vertical scrollbar's share
            - self.table.fontMetrics().horizontalAdvance("0  Immature granulocytes")
        )
        for column in range(1, len(CountModel.HEADERS)):
            self.table.setColumnHidden(column, False)
        needed = sum(self.table.columnWidth(c) for c in range(1, len(CountModel.HEADERS)))
        for column in OPTIONAL_COLUMNS:
            if needed <= room:
                break
            self.table.setColumnHidden(column, True)
            needed -= self.table.columnWidth(column)

    def show_result(self, result: Differential, keys: dict[str, str]) -> None:
        # Reaching the target while counting alerts; opening a slide already there does not.
        was_below = self.result is not None and not self.result.target_reached
        self.result = result
        self.model.set_result(result, keys)
        if not self._sized:
            # Numbers get fixed widths for their widest values; the category name takes the rest
            # (no measuring of every cell at each click, no sideways scrolling hiding the flags).
            header = self.table.horizontalHeader()
            metrics = self.table.fontMetrics()
            samples = ("0000", "100.0", "100.0–100.0", "00.00", "0.02-0.5 %", "Flag")
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column, sample in enumerate(samples, 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                # The header's own words may be the widest (Thai "สัญญาณ" for "Flag").
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0) or "")
                widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
                self.table.setColumnWidth(column, widest + 14)
            self._sized = True
            self._fit_columns()
        self.progress.set_progress(result.total, result.target)
        parts = [
            self.tr("{0}: {1} ({2} / 100 WBC)")
            .replace("{0}", p.category.name)
            .replace("{1}", str(p.count))
            .replace("{2}", _number(p.per_100_wbc))
            for p in result.per_100
        ]
        if result.wbc_count is not None:
            parts.append(self.tr("WBC {0} ×10⁹/L").replace("{0}", number(result.wbc_count)))
        if result.corrected_wbc is not None:
            parts.append(
                self.tr("corrected WBC {0}").replace("{0}", _number(result.corrected_wbc, 2))
            )
        self.extra.setText("   ".join(parts))
        if result.blast_flag:
            strong = result.blast_flag != "blasts present"
            self.blast.setText(
                self.tr("BLASTS: {0} ({1}%)")
                .replace("{0}", words.blast_flag_text(result))
                .replace("{1}", _number(result.blast_percent))
            )
            colour = "#B2182B" if strong else "#E08214"
            self.blast.setStyleSheet(
                f"background:{colour}; color:white; padding:6px; font-weight:bold"
            )
            self.blast.show()
        else:
            self.blast.hide()
        if result.target_reached and was_below and not self.alerted:
            self.alerted = True
            self.alert.setText(
                self.tr("Target of {0} cells reached").replace("{0}", str(result.target))
            )
            self.alert.show()
            self.target_reached.emit(result.target)
        elif not result.target_reached:
            self.alert.hide()
