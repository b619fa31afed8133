"""The dialog of a manual tagging decision: what it will change (read from the store by core.review
before anything is written), the site for a retag, and the reason, without which OK stays disabled."""

from typing import Callable, List, Optional, Sequence, Tuple

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.translation import tr

NO_SITE = ""


class DecisionDialog(QDialog):
    """Asks for the reason of a decision, showing first what it will change.

    ``effects(site_ref)`` gives the sentences to show (for the site chosen, when ``sites`` are offered:
    a retag); OK is enabled only once a reason is typed (DOMAIN.md §3, rule 8).
    """

    def __init__(
        self,
        title: str,
        effects: Callable[[Optional[str]], Sequence[str]],
        sites: Optional[List[Tuple[str, str]]] = None,
        current: Optional[str] = None,
        heading: str = "",
        parent: Optional[QWidget] = None,
    ):
        super().__init__(parent)
        self.setObjectName("JLPMonitorDecisionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._effects = effects
        layout = QVBoxLayout(self)
        self.headingLabel = QLabel(heading)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setVisible(bool(heading))
        layout.addWidget(self.headingLabel)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.siteCombo: Optional[QComboBox] = None
        if sites is not None:
            combo = QComboBox()
            combo.addItem(tr("No site (windfall)"), NO_SITE)
            for ref, name in sites:
                combo.addItem("{} – {}".format(ref, name) if name else ref, ref)
            index = combo.findData(current or NO_SITE)
            combo.setCurrentIndex(max(index, 0))
            combo.setEditable(False)
            combo.setToolTip(tr("The allocation site to tag the feature to; No site makes it a windfall"))
            combo.currentIndexChanged.connect(self._update_effects)
            form.addRow(tr("Site"), combo)
            self.siteCombo = combo
        layout.addLayout(form)
        title_label = QLabel(tr("What will change:"))
        font = title_label.font()
        font.setBold(True)
        title_label.setFont(font)
        layout.addWidget(title_label)
        self.effectsLabel = QLabel()
        self.effectsLabel.setWordWrap(True)
        self.effectsLabel.setObjectName("effectsLabel")
        layout.addWidget(self.effectsLabel)
        self.reasonLabel = QLabel(tr("Reason for this change (required; it is kept in the tag audit):"))
        self.reasonLabel.setWordWrap(True)
        layout.addWidget(self.reasonLabel)
        self.reasonEdit = QLineEdit()
        self.reasonEdit.setPlaceholderText(tr("e.g. checked against the approved plans"))
        layout.addWidget(self.reasonEdit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reasonEdit.textChanged.connect(self._update_ok)
        self._update_effects()
        self._update_ok()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def site_ref(self) -> Optional[str]:
        """The site chosen (None: no site); None too when no site is asked for."""
        if self.siteCombo is None:
            return None
        return self.siteCombo.currentData() or None

    def reason(self) -> str:
        return self.reasonEdit.text().strip()

    def effects_text(self) -> str:
        return self.effectsLabel.text()

    def _update_effects(self, *_args) -> None:
        try:
            lines = list(self._effects(self.site_ref()))
        except (ValueError, OSError) as exc:  # e.g. the feature is gone: said, and OK stays possible
            lines = [str(exc)]
        self.effectsLabel.setText("\n".join(lines))

    def _update_ok(self, *_args) -> None:
        self.ok_button().setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():  # Enter in an empty reason box
            return
        super().accept()
