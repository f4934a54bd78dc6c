"""One card per failure kind: its title, how many invoices and customers it affects; a click filters the table.
Under a card whose kind Sync Doctor can fix in bulk, "Fix all N…" opens its wizard over every one of them.

Root causes come first (a kind that is the fix-first cause of some invoice, by the kinds' rank), then causes
that only ever follow another one, then warnings: the order in which fixing them pays off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from core.failures import registry
from core.failures.base import GuideOption
from core.services.entries import CauseCount
from gui.failures_model import kind_title

TITLE_WIDTH = 230   # px: a card's title longer than this is elided (its tooltip has it all)


def fixable_in_bulk(kind: str) -> bool:
    """Whether the kind has fixes that change data (a guide alone is nothing to apply to many invoices)."""
    known = registry.get(kind)
    return known is not None and any(option not in set(GuideOption) for option in known.Option)


class CauseCards(QScrollArea):
    """A row of checkable cards plus "All"; at most one card is checked (None = no cause filter)."""

    kind_selected = Signal(object)   # str kind, or None for all
    fix_all_requested = Signal(str)  # "Fix all N…" under a kind's card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("causeCards")
        self.setAccessibleName(self.tr("Causes"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        inner = QWidget(self)
        inner.setObjectName("causeCardsInner")
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self.setWidget(inner)
        self.all_button = self._button("allCauses")
        self.all_button.clicked.connect(self._on_all_clicked)
        self._row.addWidget(self.all_button)
        self._row.addStretch(1)
        self.cards: dict[str, QPushButton] = {}
        self.fix_all_buttons: dict[str, QPushButton] = {}
        self._holders: list[QWidget] = []
        self._counts: list[CauseCount] = []
        self._total = 0
        self.lang = "en"
        self.selected: str | None = None
        self._retitle()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self.widget())
        button.setObjectName(name)
        button.setCheckable(True)
        # Never narrower than its text: when the cards do not fit, the row scrolls instead of cutting them.
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        return button

    def set_counts(self, counts: list[CauseCount], total_invoices: int) -> None:
        for holder in self._holders:
            self._row.removeWidget(holder)
            holder.deleteLater()
        self.cards, self.fix_all_buttons, self._holders = {}, {}, []
        self._counts, self._total = counts, total_invoices
        for i, count in enumerate(counts):
            holder = QWidget(self.widget())
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            card = self._button("causeCard")
            card.setProperty("kind", count.kind)
            card.setProperty("severity", count.severity)
            card.ensurePolished()   # the style sheet's padding counts in the size hint the row is laid out with
            card.clicked.connect(self._on_card_clicked)
            column.addWidget(card)
            if count.severity == "failure" and fixable_in_bulk(count.kind):
                fix_all = QPushButton(holder)
                fix_all.setObjectName("fixAll")
                fix_all.setProperty("kind", count.kind)
                fix_all.clicked.connect(self._on_fix_all_clicked)
                self.fix_all_buttons[count.kind] = fix_all
                column.addWidget(fix_all)
            column.addStretch(1)
            self.cards[count.kind] = card
            self._holders.append(holder)
            self._row.insertWidget(1 + i, holder)
            holder.show()   # now, not on the layout's queued show: the height below must count it
        if self.selected not in self.cards:
            self.selected = None
        self._retitle()
        inner = self.widget()
        assert inner is not None   # set in __init__, never taken
        self.setFixedHeight(inner.sizeHint().height() + 4 + self.horizontalScrollBar().sizeHint().height())

    def counts(self) -> list[CauseCount]:
        """The cards shown, in their order."""
        return list(self._counts)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._retitle()

    def select(self, kind: str | None) -> None:
        """Check `kind`'s card (None: "All") and announce it; a no-op when it already is."""
        kind = kind if kind in self.cards else None
        changed = kind != self.selected
        self.selected = kind
        self._sync_checks()
        if changed:
            self.kind_selected.emit(kind)

    def _retitle(self) -> None:
        self.all_button.setText(self.tr("All causes\n%n invoice(s)", "", self._total))
        self.all_button.setAccessibleName(self.tr("All causes, %n invoice(s)", "", self._total))
        self.all_button.setToolTip(self.tr("Show every invoice (click a card again to get back here)"))
        for count in self._counts:
            card = self.cards[count.kind]
            title = kind_title(count.kind, self.lang)
            numbers = (self.tr("%n invoice(s)", "", count.invoices) + " · "
                       + self.tr("%n customer(s)", "", count.customers))
            # A long title is elided so more cards fit a laptop's width; the tooltip says it whole.
            short = card.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, TITLE_WIDTH)
            card.setText(f"{short}\n{numbers}")
            card.setAccessibleName(f"{title}: {numbers}")
            hint = (self.tr("Root cause of {r} of these invoices: fix it first. Click to show only them.")
                    .format(r=count.roots) if count.roots else
                    self.tr("Follows from another cause on these invoices. Click to show only them."))
            card.setToolTip(f"{title}\n{numbers}\n{hint}")
            fix_all = self.fix_all_buttons.get(count.kind)
            if fix_all is not None:
                fix_all.setText(self.tr("Fix all %n…", "", count.invoices))
                fix_all.setAccessibleName(self.tr("Fix all %n invoice(s): {title}", "", count.invoices)
                                          .format(title=title))
                fix_all.setToolTip(self.tr("Open the fix for every invoice with this cause at once"))
        self._sync_checks()

    def _sync_checks(self) -> None:
        self.all_button.setChecked(self.selected is None)
        for kind, card in self.cards.items():
            card.setChecked(kind == self.selected)

    def _on_all_clicked(self) -> None:
        self.select(None)

    def _on_card_clicked(self) -> None:
        sender = self.sender()
        kind = sender.property("kind") if isinstance(sender, QPushButton) else None
        self.select(None if kind == self.selected else kind)   # a second click clears the filter

    def _on_fix_all_clicked(self) -> None:
        sender = self.sender()
        kind = sender.property("kind") if isinstance(sender, QPushButton) else None
        if isinstance(kind, str):
            self.fix_all_requested.emit(kind)
