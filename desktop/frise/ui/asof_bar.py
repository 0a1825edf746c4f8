"""The "as known on" bar under the timeline: a day to show the story as it
stood then, chosen with a date field or a slider, stepped from revelation to
revelation (buttons, keys) or played; and whether to show what had happened
but was not yet known as ghosts.

It says what the user chose through signals (a day ordinal, or None for the
whole story); the main window turns that into the filter. Playing steps to
the next day something became public, every PLAY_STEP_MS.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QSlider,
    QToolButton,
    QWidget,
)

from frise import translations
from frise.model.asof import next_revelation
from frise.model.timeline import Timeline

PLAY_STEP_MS = 900
"""Time between two revelations while the story plays."""


def to_qdate(day: int) -> QDate:
    date = dt.date.fromordinal(day)
    return QDate(date.year, date.month, date.day)


def from_qdate(date: QDate) -> int:
    return dt.date(date.year(), date.month(), date.day()).toordinal()


class AsOfBar(QWidget):
    dayChanged = Signal(object)
    """The day to show the story as known on (a day ordinal), or None: all of it."""
    ghostsToggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("as-of-bar")
        self._timeline: Timeline | None = None
        self._day: int | None = None
        self._first, self._last = 1, 2

        self.enabled = QCheckBox()
        self.enabled.toggled.connect(self._enabled_toggled)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setKeyboardTracking(False)
        self.date.dateChanged.connect(lambda date: self._choose(from_qdate(date)))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("as-of-slider")
        self.slider.valueChanged.connect(lambda value: self._choose(self._first + value))
        self.previous = self._button("⏮", lambda: self.step(-1))
        self.play_button = self._button("▶", self.toggle_play)
        self.play_button.setCheckable(True)
        self.next = self._button("⏭", lambda: self.step(1))
        self.ghosts = QCheckBox()
        self.ghosts.toggled.connect(self.ghostsToggled)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_STEP_MS)
        self.timer.timeout.connect(self._play_step)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.enabled)
        row.addWidget(self.date)
        row.addWidget(self.previous)
        row.addWidget(self.play_button)
        row.addWidget(self.next)
        row.addWidget(self.slider, 1)
        row.addWidget(self.ghosts)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        """Every word of the bar, and its date's month names, in the interface's language."""
        self.enabled.setText(self.tr("As known on"))
        self.enabled.setToolTip(self.tr("Show the story as the public could know it on a day"))
        self.date.setLocale(QLocale(translations.interface_language()))
        self.date.setAccessibleName(self.tr("Day the story is shown as known on"))
        self.slider.setAccessibleName(self.tr("Day, from the first event to the last"))
        for button, tip in (
            (self.previous, self.tr("Previous revelation")),
            (self.next, self.tr("Next revelation")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self._show_play()
        self.ghosts.setText(self.tr("Not yet known, faint"))
        self.ghosts.setToolTip(
            self.tr("Show what had happened but was not yet public as faint, untitled marks")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.clicked.connect(slot)
        return button

    # --- state ------------------------------------------------------------

    @property
    def day(self) -> int | None:
        return self._day

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_timeline(self, timeline: Timeline) -> None:
        """The days the slider spans: from the first event to the last day
        something became public (or happened)."""
        self._timeline = timeline
        if len(timeline.start):
            self._first = int(timeline.start.min())
            self._last = max(int(timeline.public_day.max()), int(timeline.start.max()))
        else:
            self._first = self._last = dt.date.today().toordinal()
        if self._day is not None:
            self._day = min(max(self._day, self._first), self._last)
        self._show()

    def set_day(self, day: int | None) -> None:
        """Show `day` (None: the whole story) without saying so."""
        self._day = day
        if day is None:
            self.stop()
        self._show()

    def set_ghosts(self, shown: bool) -> None:
        with QSignalBlocker(self.ghosts):
            self.ghosts.setChecked(shown)

    # --- user actions -----------------------------------------------------

    def step(self, direction: int) -> None:
        """To the next (1) or previous (-1) day on which something became
        public; from the whole story, back steps to the last one."""
        if self._timeline is None:
            return
        start = self._day if self._day is not None else self._last + 1
        if self._day is None and direction > 0:
            start = self._first - 1
        day = next_revelation(self._timeline, start, direction)
        if day is not None:
            self._choose(day)

    def step_days(self, days: int) -> None:
        """Move the day by `days` (from the first day when none is chosen)."""
        start = self._day if self._day is not None else self._first
        self._choose(min(max(start + days, self._first), self._last))

    def toggle_play(self) -> None:
        if self.playing:
            self.stop()
            return
        if self._timeline is None:
            return
        if self._day is None or self._day >= self._last:
            # From the start: the first day anything was public.
            self._choose(self._first)
        self.timer.start()
        self._show()

    def stop(self) -> None:
        self.timer.stop()
        self._show()

    def _play_step(self) -> None:
        if self._timeline is None or self._day is None:
            self.stop()
            return
        day = next_revelation(self._timeline, self._day, 1)
        if day is None:
            self.stop()
            return
        self._choose(day)

    def _enabled_toggled(self, on: bool) -> None:
        if on:
            self._choose(self._day if self._day is not None else self._last)
        else:
            self.stop()
            self._day = None
            self._show()
            self.dayChanged.emit(None)

    def _choose(self, day: int) -> None:
        day = min(max(day, self._first), self._last)
        if day == self._day:
            return
        self._day = day
        self._show()
        self.dayChanged.emit(day)

    def _show_play(self) -> None:
        self.play_button.setText("⏸" if self.playing else "▶")
        tip = self.tr("Pause") if self.playing else self.tr("Play the story")
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(tip)

    def _show(self) -> None:
        on = self._day is not None
        day = self._day if self._day is not None else self._last
        for widget, value in (
            (self.enabled, on),
            (self.play_button, self.playing),
        ):
            with QSignalBlocker(widget):
                widget.setChecked(value)
        self._show_play()
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(self._last - self._first, 0))
            self.slider.setPageStep(30)
            self.slider.setValue(day - self._first)
        with QSignalBlocker(self.date):
            self.date.setDateRange(to_qdate(self._first), to_qdate(self._last))
            self.date.setDate(to_qdate(day))
        self.date.setEnabled(on)
        self.slider.setEnabled(on)
        self.ghosts.setEnabled(on)
