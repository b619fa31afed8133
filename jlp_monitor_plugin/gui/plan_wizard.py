"""The new-plan wizard (JLP Monitor ▸ Create monitoring store…): a plan definition built page by page
— the plan, its councils and policy areas, the requirement and the five-year basis, boundaries and
allocations from any layer — checked as a plan file is (core/plan_definition.py, each page its own
keys), saved as a file to share if wished, then made into a new store (core/plan_setup.py) with its
areas and allocations loaded (core/plan_layers.py)."""

import json
import os
from typing import Any, Dict, List, Optional

from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..compat import polygon_layer_filter
from ..core import plan_definition as pd
from ..core.formatting import format_number, plural
from ..core.plan_layers import PlanLayerError, load_plan_layers, read_allocations, read_boundaries
from ..core.plan_setup import create_plan_store
from ..core.store_base import StoreError
from ..core.translation import tr
from .plan_lists import CodeListEditor, RequirementTable, SteppedTable
from .settings_requirements import number_text, parse_number

PLAN_KEYS = (
    "plan_id",
    "plan_name",
    "plan_start",
    "plan_end",
    "plan_adopted",
    "plan_review_date",
    "unknown key",
)
AREA_KEYS = ("lpas", "policy_areas", "the code")
REQUIREMENT_KEYS = ("requirements", "stepped_requirement", "lhn_annual", "five_year_basis", "report_logos")


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c92a2a;")
    return label


class _Page(QWizardPage):
    """A page that shows the definition's problems with its own keys, and stops there until fixed."""

    keys: tuple = ()

    def __init__(self, wizard: "PlanWizard"):
        super().__init__()
        self.plan_wizard = wizard
        self.errors = _error_label()

    def explained(self, title: str, text: str) -> QLabel:
        """The page's title, and what it asks for in a label that wraps (a subtitle is cut short)."""
        self.setTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def problems(self) -> List[str]:
        try:
            self.plan_wizard.checked()
        except pd.PlanFileError as exc:
            found = exc.problems
            if not self.keys:
                return found
            return [
                p for p in found if any(p.startswith("'{}'".format(k)) or p.startswith(k) for k in self.keys)
            ]
        except ValueError as exc:  # a figure that is not a number
            return [str(exc)]
        return []

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        problems = self.problems()
        self.errors.setText("\n".join("• " + p for p in problems))
        return not problems


class PlanPage(_Page):
    keys = PLAN_KEYS

    def __init__(self, wizard):
        super().__init__(wizard)
        intro = self.explained(
            tr("The plan"),
            tr(
                "Its name, period and dates. Start from a plan shipped with JLP Monitor or from a plan file "
                "a partner council shared."
            ),
        )
        self.startCombo = QComboBox()
        self.startCombo.addItem(tr("An empty plan"), "")
        for plan_id in pd.shipped_plans():
            self.startCombo.addItem(tr("The {} plan").format(plan_id), plan_id)
        self.startCombo.activated.connect(lambda _i: wizard.start_from(self.startCombo.currentData()))
        self.openButton = QPushButton(tr("Open plan file…"))
        self.openButton.clicked.connect(wizard.open_definition)
        start = QHBoxLayout()
        start.addWidget(self.startCombo, 1)
        start.addWidget(self.openButton)
        self.nameEdit = QLineEdit()
        self.idEdit = QLineEdit()
        self.idEdit.setToolTip(tr("A short name for the plan: letters, digits, _ and -"))
        self.startEdit, self.endEdit, self.adoptedEdit, self.reviewEdit = (QLineEdit() for _ in range(4))
        for edit in (self.startEdit, self.endEdit, self.adoptedEdit, self.reviewEdit):
            edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.reviewEdit.setPlaceholderText(tr("YYYY-MM-DD, or empty when not reviewed"))
        form = QFormLayout()
        form.addRow(tr("Start from"), start)
        form.addRow(tr("Plan name"), self.nameEdit)
        form.addRow(tr("Short name"), self.idEdit)
        form.addRow(tr("Plan period starts"), self.startEdit)
        form.addRow(tr("Plan period ends"), self.endEdit)
        form.addRow(tr("Adopted on"), self.adoptedEdit)
        form.addRow(tr("Last reviewed on"), self.reviewEdit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def show_source(self, text: str) -> None:
        """Say in the Start from box which file the plan came from."""
        index = self.startCombo.findData(text)
        if index < 0:
            self.startCombo.addItem(tr("The plan file {}").format(os.path.basename(text)), text)
            index = self.startCombo.count() - 1
        self.startCombo.setCurrentIndex(index)


class AreasPage(_Page):
    keys = AREA_KEYS

    def __init__(self, wizard):
        super().__init__(wizard)
        intro = self.explained(
            tr("Councils and policy areas"),
            tr(
                "The local planning authorities of the plan (code as planning.data.gov.uk writes it, e.g. "
                "PLY; GSS code as ONS writes it, e.g. E06000026) and its policy areas, if it has any."
            ),
        )
        self.lpas = CodeListEditor(with_gss=True)
        self.policyAreas = CodeListEditor(with_gss=False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for title, editor in (
            (tr("Councils (LPAs)"), self.lpas),
            (tr("Policy areas (none: leave empty)"), self.policyAreas),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(editor)
            layout.addWidget(box)
        layout.addWidget(self.errors)


class RequirementsPage(_Page):
    keys = REQUIREMENT_KEYS

    def __init__(self, wizard):
        super().__init__(wizard)
        intro = self.explained(
            tr("Requirement and five-year supply"),
            tr(
                "Homes required over the plan period: the whole plan, each policy area and each council "
                "(empty: none set); for a stepped requirement, the homes of the years that differ from the "
                "flat average (an empty cell takes it)."
            ),
        )
        self.table = RequirementTable()
        self.steppedCheck = QCheckBox(tr("Stepped requirement"))
        self.steppedTable = SteppedTable()
        self.steppedTable.setVisible(False)
        self.steppedCheck.toggled.connect(self.steppedTable.setVisible)
        self.lhnEdit = QLineEdit()
        self.lhnEdit.setPlaceholderText(tr("not set"))
        self.basisCombo = QComboBox()
        self.basisCombo.addItem(
            tr("By the plan's age: the plan, then local housing need after five years"), "auto"
        )
        self.basisCombo.addItem(tr("Plan requirement"), "plan")
        self.basisCombo.addItem(tr("Local housing need (LHN)"), "lhn")
        self.nearSpin = QDoubleSpinBox()
        self.nearSpin.setRange(0, 10000)
        self.nearSpin.setSuffix(" m")
        self.overlapSpin = QDoubleSpinBox()
        self.overlapSpin.setRange(1, 100)
        self.overlapSpin.setSuffix(" %")
        form = QFormLayout()
        form.addRow(tr("Local housing need a year"), self.lhnEdit)
        form.addRow(tr("Five-year supply and HDT basis"), self.basisCombo)
        form.addRow(tr("Tagging: near a site's edge within"), self.nearSpin)
        form.addRow(tr("Tagging: red line inside a site at least"), self.overlapSpin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.steppedCheck)
        layout.addWidget(self.steppedTable)
        layout.addLayout(form)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        areas = self.plan_wizard.areasPage
        self.table.set_areas(areas.policyAreas.items() + areas.lpas.items())
        self.steppedTable.set_frame(self.plan_wizard.plan_years(), self.table.areas)


def _layer_row(with_field: bool):
    combo = QgsMapLayerComboBox()
    combo.setFilters(polygon_layer_filter())
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)
    field = None
    if with_field:
        field = QgsFieldComboBox()
        combo.layerChanged.connect(field.setLayer)
    return combo, field


class LayersPage(_Page):
    keys = ("boundaries",)

    def __init__(self, wizard):
        super().__init__(wizard)
        intro = self.explained(
            tr("Boundaries and allocations"),
            tr(
                "Any polygon layer of the project: the councils' boundaries and the field holding their code "
                "(code, GSS code or name), the policy areas' likewise, and the allocation sites with a field "
                "map like the importers' (site_ref=Ref;site_name=Name;homes_capacity=Homes). All may be left "
                "empty and loaded later (jlpmonitor:loadplanlayers)."
            ),
        )
        self.lpaLayer, self.lpaField = _layer_row(True)
        self.areaLayer, self.areaField = _layer_row(True)
        self.sitesLayer, _none = _layer_row(False)
        self.fieldMapEdit = QLineEdit()
        self.fieldMapEdit.setPlaceholderText("site_ref=Ref;site_name=Name;homes_capacity=Homes")
        self.checkButton = QPushButton(tr("Check boundaries"))
        self.checkButton.clicked.connect(self.check)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(tr("Council boundaries"), self.lpaLayer)
        form.addRow(tr("Field with the council code"), self.lpaField)
        form.addRow(tr("Policy area boundaries"), self.areaLayer)
        form.addRow(tr("Field with the policy area code"), self.areaField)
        form.addRow(tr("Allocation sites"), self.sitesLayer)
        form.addRow(tr("Allocations field map"), self.fieldMapEdit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.checkButton)
        layout.addWidget(self.findings)
        layout.addWidget(self.errors)

    def boundaries(self):
        """The areas pieces found (None when no council layer is chosen); PlanLayerError otherwise."""
        if self.lpaLayer.currentLayer() is None:
            return None
        return read_boundaries(
            self.plan_wizard.checked().values,
            self.lpaLayer.currentLayer(),
            self.lpaField.currentField(),
            self.areaLayer.currentLayer(),
            self.areaField.currentField() or None,
        )

    def check(self) -> bool:
        try:
            found = self.boundaries()
        except (PlanLayerError, pd.PlanFileError, ValueError) as exc:
            self.findings.setPlainText(str(exc))
            return False
        if found is None:
            self.findings.setPlainText(tr("No council boundaries chosen: the store's areas stay empty."))
            return True
        lines = [plural(len(found.pieces), tr("{} area piece."), tr("{} area pieces."))] + found.messages()
        if not found.findings:
            lines.append(tr("No gaps or overlaps."))
        self.findings.setPlainText("\n".join(lines))
        return True

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.check()


class StorePage(_Page):
    keys = ()

    def __init__(self, wizard):
        super().__init__(wizard)
        intro = self.explained(
            tr("The new store"),
            tr("Where to make the store. Save the plan definition to share it with partner councils."),
        )
        self.fileWidget = QgsFileWidget()
        self.fileWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.fileWidget.setFilter(tr("GeoPackage (*.gpkg *.GPKG)"))
        self.saveButton = QPushButton(tr("Save plan definition…"))
        self.saveButton.clicked.connect(wizard.save_definition)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.savedLabel = QLabel()
        self.savedLabel.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("New monitoring store"), self.fileWidget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.saveButton)
        layout.addWidget(self.savedLabel)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        try:
            checked = self.plan_wizard.checked()
        except (pd.PlanFileError, ValueError) as exc:
            self.summary.setText(str(exc))
            return
        values = checked.values
        lines = [
            tr("{name}: {start} to {end}; {lpas}, {areas}; {total} homes required.").format(
                name=values["plan_name"],
                start=values["plan_start"],
                end=values["plan_end"],
                lpas=plural(len(values["lpas"]), tr("{} council"), tr("{} councils")),
                areas=plural(len(values["policy_areas"]), tr("{} policy area"), tr("{} policy areas")),
                total=format_number(values["requirements"]["PLAN"]["total"]),
            )
        ] + checked.warnings
        self.summary.setText("\n".join(lines))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.plan_wizard.create(self.fileWidget.filePath())


class PlanWizard(QWizard):
    """Create monitoring store…: ``created_path`` is the new store once the wizard finished."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Create monitoring store"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.created_path: Optional[str] = None
        self.messages: List[str] = []
        self.base: Dict[str, Any] = {}  # the definition started from: keys no page shows are kept
        self.planPage = PlanPage(self)
        self.areasPage = AreasPage(self)
        self.requirementsPage = RequirementsPage(self)
        self.layersPage = LayersPage(self)
        self.storePage = StorePage(self)
        for page in (self.planPage, self.areasPage, self.requirementsPage, self.layersPage, self.storePage):
            self.addPage(page)
        self.resize(760, 720)
        self.start_from("")

    # -- the definition ---------------------------------------------------------------------------

    def start_from(self, plan_id: str) -> None:
        data: Dict[str, Any] = {}
        if plan_id:
            with open(pd.shipped_plans()[plan_id], encoding="utf-8") as handle:
                data = json.load(handle)
        self.load(data)

    def load(self, data: Dict[str, Any]) -> None:
        self.base = dict(data)
        page = self.planPage
        page.nameEdit.setText(str(data.get("plan_name") or ""))
        page.idEdit.setText(str(data.get("plan_id") or ""))
        for edit, key in (
            (page.startEdit, "plan_start"),
            (page.endEdit, "plan_end"),
            (page.adoptedEdit, "plan_adopted"),
            (page.reviewEdit, "plan_review_date"),
        ):
            edit.setText(str(data.get(key) or ""))
        self.areasPage.lpas.set_items(data.get("lpas") or [])
        self.areasPage.policyAreas.set_items(data.get("policy_areas") or [])
        requirements = self.requirementsPage
        requirements.table.setRowCount(0)
        requirements.table.set_areas(
            (data.get("policy_areas") or []) + (data.get("lpas") or []), data.get("requirements") or {}
        )
        stepped = data.get("stepped_requirement") or {}
        requirements.steppedTable.setRowCount(0)
        requirements.steppedTable.set_frame(self.plan_years(), requirements.table.areas, stepped)
        requirements.steppedCheck.setChecked(bool(stepped))
        requirements.lhnEdit.setText(number_text(data.get("lhn_annual")))
        basis = requirements.basisCombo.findData(data.get("five_year_basis") or "auto")
        requirements.basisCombo.setCurrentIndex(max(basis, 0))
        requirements.nearSpin.setValue(float(data.get("near_distance", pd.KEYS["near_distance"].default)))
        requirements.overlapSpin.setValue(
            100 * float(data.get("overlap_threshold", pd.KEYS["overlap_threshold"].default))
        )

    def plan_years(self) -> List[str]:
        """The monitoring years of the plan period the first page gives ([] until it is valid)."""
        page = self.planPage
        try:
            start = int(page.startEdit.text()[:4]) + (0 if page.startEdit.text()[5:7] >= "04" else -1)
            end = int(page.endEdit.text()[:4]) + (0 if page.endEdit.text()[5:7] >= "04" else -1)
        except ValueError:
            return []
        return ["{}/{:02d}".format(y, (y + 1) % 100) for y in range(start, end + 1)][:100]

    def definition(self) -> Dict[str, Any]:
        """The plan definition the pages hold (ValueError naming a figure that is not a number)."""
        page, requirements = self.planPage, self.requirementsPage
        data = dict(self.base)
        data.setdefault(pd.FORMAT_KEY, pd.FORMAT_VERSION)
        data.update(
            plan_id=page.idEdit.text().strip(),
            plan_name=page.nameEdit.text().strip(),
            plan_start=page.startEdit.text().strip(),
            plan_end=page.endEdit.text().strip(),
            plan_adopted=page.adoptedEdit.text().strip() or None,
            plan_review_date=page.reviewEdit.text().strip() or None,
            lpas=self.areasPage.lpas.items(),
            policy_areas=self.areasPage.policyAreas.items(),
            five_year_basis=requirements.basisCombo.currentData(),
            near_distance=requirements.nearSpin.value(),
            overlap_threshold=round(requirements.overlapSpin.value() / 100.0, 4),
        )
        if requirements.table.areas:
            data["requirements"] = requirements.table.requirements()
        if requirements.steppedCheck.isChecked():
            data["stepped_requirement"] = requirements.steppedTable.stepped() or None
        elif requirements.steppedTable.areas:
            data["stepped_requirement"] = None
        try:
            data["lhn_annual"] = parse_number(requirements.lhnEdit.text())
        except ValueError:
            raise ValueError(
                tr("Local housing need is '{}': type a number of homes a year.").format(
                    requirements.lhnEdit.text()
                )
            ) from None
        return data

    def checked(self) -> pd.Checked:
        return pd.check_definition(self.definition(), tr("this plan"))

    def open_definition(self, path: Optional[str] = None) -> bool:
        path = (
            path
            or QFileDialog.getOpenFileName(self, tr("Open plan file"), "", tr("Plan definition (*.json)"))[0]
        )
        if not path:
            return False
        try:
            pd.read_definition(path)
            with open(path, encoding="utf-8-sig") as handle:
                self.load(json.load(handle))
        except pd.PlanFileError as exc:
            self.planPage.errors.setText(str(exc))
            return False
        self.planPage.errors.setText("")
        self.planPage.show_source(path)
        return True

    def save_definition(self, path: Optional[str] = None) -> bool:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, tr("Save plan definition"), "", tr("Plan definition (*.json)")
            )[0]
        )
        if not path:
            return False
        try:
            pd.write_definition(self.definition(), path)
        except (pd.PlanFileError, ValueError, OSError) as exc:
            self.storePage.errors.setText(str(exc))
            return False
        self.storePage.errors.setText("")
        self.storePage.savedLabel.setText(tr("Saved the plan definition {}.").format(path))
        return True

    # -- making the store -------------------------------------------------------------------------

    def create(self, path: str) -> bool:
        """Make the store and load the layers chosen; False (with the reason on the page) otherwise."""
        page = self.storePage
        if not path:
            page.errors.setText(tr("Choose where to make the new store."))
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            definition = self.definition()
            boundaries = self.layersPage.boundaries()
            layers = self.layersPage
            allocations = None
            if layers.sitesLayer.currentLayer() is not None:
                allocations = read_allocations(
                    pd.check_definition(definition).values,
                    layers.sitesLayer.currentLayer(),
                    layers.fieldMapEdit.text(),
                    boundaries.pieces if boundaries else (),
                )
            created = create_plan_store(path, settings=definition)
        except (pd.PlanFileError, PlanLayerError, StoreError, ValueError) as exc:
            page.errors.setText(str(exc))
            return False
        self.created_path = created.store.path
        self.messages = list(created.warnings)
        if boundaries is not None or allocations is not None:
            try:
                report = load_plan_layers(created.store, boundaries, allocations)
            except (PlanLayerError, StoreError) as exc:
                page.errors.setText(tr("The store was made, but its layers were not loaded: {}").format(exc))
                return True
            self.messages += boundaries.messages() if boundaries else []
            self.messages += ["{} row {}: {}".format(r.layer, r.row, r.reason) for r in report.rejected]
        return True
