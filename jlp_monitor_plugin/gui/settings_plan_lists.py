"""The settings editor's councils and policy areas (editable lists), the plan's adoption and review
dates, and the check of the whole settings as a plan file is checked (core/plan_definition.py), so
the editor and the new-plan wizard accept the same plans."""

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtWidgets import QFileDialog, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ..core import plan_definition as pd
from ..core.translation import tr
from .plan_lists import CodeListEditor


class PlanListsMixin:
    """For the SettingsEditor: adds its lists below the plan box and two dates to the plan box."""

    def _build_plan_lists(self) -> None:
        self.listsBox = QGroupBox(tr("Councils and policy areas"))
        self.listsBox.setObjectName("listsBox")
        self.lpaList = CodeListEditor(with_gss=True)
        self.policyAreaList = CodeListEditor(with_gss=False)
        layout = QVBoxLayout(self.listsBox)
        layout.addWidget(QLabel(tr("Councils (LPAs): code, name, GSS code")))
        layout.addWidget(self.lpaList)
        layout.addWidget(QLabel(tr("Policy areas (none: leave empty)")))
        layout.addWidget(self.policyAreaList)
        self.contentsLayout.insertWidget(self.contentsLayout.indexOf(self.planBox) + 1, self.listsBox)
        self.adoptedEdit, self.reviewEdit = QLineEdit(), QLineEdit()
        self.adoptedEdit.setObjectName("adoptedEdit")
        self.reviewEdit.setObjectName("reviewEdit")
        for edit in (self.adoptedEdit, self.reviewEdit):
            edit.setPlaceholderText(tr("YYYY-MM-DD, or empty"))
        self.planLayout.addRow(tr("Adopted on"), self.adoptedEdit)
        self.planLayout.addRow(tr("Last reviewed on"), self.reviewEdit)
        self.basisCombo.addItem(tr("By the plan's age (local housing need after five years)"), "auto")
        for editor in (self.lpaList, self.policyAreaList):
            editor.changed.connect(self._lists_changed)
        self.saveDefinitionButton = QPushButton(tr("Save as plan file…"))
        self.saveDefinitionButton.setObjectName("saveDefinitionButton")
        self.saveDefinitionButton.setToolTip(
            tr("Save the store's plan settings as a plan definition file, to share with partner councils")
        )
        self.saveDefinitionButton.clicked.connect(lambda _checked=False: self.save_definition())
        self.buttonsLayout.insertWidget(
            self.buttonsLayout.indexOf(self.revertButton) + 1, self.saveDefinitionButton
        )

    def _load_plan_lists(self, values: Dict[str, Any]) -> None:
        for editor, key in ((self.lpaList, "lpas"), (self.policyAreaList, "policy_areas")):
            editor.blockSignals(True)
            editor.set_items([dict(item) for item in values.get(key) or [] if isinstance(item, dict)])
            editor.blockSignals(False)
        self.adoptedEdit.setText(str(values.get("plan_adopted") or ""))
        self.reviewEdit.setText(str(values.get("plan_review_date") or ""))

    def _lists_changed(self) -> None:
        """The requirement tables follow the lists; figures already typed stay."""
        try:
            requirements = self._requirement_values()
        except ValueError:
            requirements = {}
        stepped = self._stepped_values(strict=False)
        self._load_requirements(
            {
                "requirements": requirements,
                "lpas": self.lpaList.items(),
                "policy_areas": self.policyAreaList.items(),
            }
        )
        self._fill_stepped(stepped)

    def _plan_list_values(self) -> Dict[str, Any]:
        return {
            "lpas": self.lpaList.items(),
            "policy_areas": self.policyAreaList.items(),
            "plan_adopted": self.adoptedEdit.text().strip() or None,
            "plan_review_date": self.reviewEdit.text().strip() or None,
        }

    def save_definition(self, path: Optional[str] = None) -> bool:
        """The stored plan settings as a plan definition file (what is saved, not what is being typed)."""
        if self.store is None:
            return False
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, tr("Save plan definition"), "", tr("Plan definition (*.json)")
            )[0]
        )
        if not path:
            return False
        try:
            pd.write_definition(pd.definition_of(self.store.plan_settings().as_dict()), path)
        except (pd.PlanFileError, OSError) as exc:
            self.tell(str(exc), error=True)
            return False
        self.tell(tr("Saved the plan definition {}.").format(path))
        return True

    def _plan_file_problems(self, values: Dict[str, Any], stored: Optional[Dict[str, Any]]) -> Optional[str]:
        """The settings checked as a plan definition; None when they pass."""
        merged = dict(stored or {})
        merged.update(values)
        requirements = merged.get("requirements") or {}
        merged["requirements"] = {
            area: {k: v for k, v in figures.items() if v is not None or k == "total"}
            for area, figures in requirements.items()
            if any(v is not None for v in figures.values())
        }
        try:
            pd.check_definition(pd.definition_of(merged), tr("the plan settings"))
        except pd.PlanFileError as exc:
            problems: List[str] = exc.problems
            return "\n".join(problems)
        return None
