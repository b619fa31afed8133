"""The plan-settings editor of the Monitoring dock: the store's ``plan_settings`` (SPEC.md's keys) grouped
and labelled, checked before they are written; saving makes the dock compute its figures again."""

import datetime
import logging
from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QWidget,
)

from ..core.formatting import plural
from ..core.monitoring.periods import MonitoringError
from ..core.monitoring.settings import read_settings
from ..core.plan_settings import PlanSettings
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.translation import tr
from . import load_ui
from .settings_plan_lists import PlanListsMixin
from .settings_requirements import RequirementTablesMixin, number_text, parse_number, whole

LOG = logging.getLogger(__name__)

FORM_CLASS = load_ui("monitoring_settings.ui")
SIZES = ("small", "medium", "large")
# The keys this editor writes.
KEYS = [
    "plan_name",
    "plan_start",
    "plan_end",
    "requirements",
    "stepped_requirement",
    "lhn_annual",
    "five_year_basis",
    "shortfall_method",
    "buffer_pct",
    "windfall_allowance_per_year",
    "windfall_years",
    "lapse_rate_pct",
    "small_site_threshold",
    "default_expiry_years",
    "evidence_max_age_months",
    "trajectory_defaults",
    "trajectory_size_thresholds",
    "trajectory_lead_in_years",
    "trajectory_build_out_rates",
    "near_distance",
    "overlap_threshold",
    "minor_overlap",
    "lpas",
    "policy_areas",
    "plan_adopted",
    "plan_review_date",
]


def setting_names() -> Dict[str, str]:
    """What each setting is called in the interface (for what was saved, and errors)."""
    return {
        "plan_name": tr("plan name"),
        "plan_start": tr("plan start"),
        "plan_end": tr("plan end"),
        "requirements": tr("requirement"),
        "stepped_requirement": tr("stepped requirement"),
        "lhn_annual": tr("local housing need"),
        "five_year_basis": tr("five-year basis"),
        "shortfall_method": tr("shortfall method"),
        "buffer_pct": tr("buffer"),
        "windfall_allowance_per_year": tr("windfall allowance"),
        "windfall_years": tr("windfall years"),
        "lapse_rate_pct": tr("lapse discount"),
        "small_site_threshold": tr("small-site threshold"),
        "default_expiry_years": tr("permission expiry"),
        "evidence_max_age_months": tr("evidence age"),
        "trajectory_defaults": tr("default build-out"),
        "trajectory_size_thresholds": tr("site sizes"),
        "trajectory_lead_in_years": tr("lead-in years"),
        "trajectory_build_out_rates": tr("build-out rates"),
        "near_distance": tr("near distance"),
        "overlap_threshold": tr("overlap threshold"),
        "minor_overlap": tr("minor overlap"),
        "lpas": tr("councils"),
        "policy_areas": tr("policy areas"),
        "plan_adopted": tr("adoption date"),
        "plan_review_date": tr("review date"),
    }


TAGGING_KEYS = ("near_distance", "overlap_threshold", "minor_overlap")


class SettingsEditor(PlanListsMixin, RequirementTablesMixin, QWidget, FORM_CLASS):
    """Edits the plan settings of a store; ``saved`` is emitted after they are written."""

    saved = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.store: Optional[Store] = None
        self.settings: Optional[PlanSettings] = None
        self.areas: List[str] = []
        self.area_names: Dict[str, str] = {}
        self.windfall_checks = [
            self.windfallYear1,
            self.windfallYear2,
            self.windfallYear3,
            self.windfallYear4,
            self.windfallYear5,
        ]
        self.lead_in_spins = dict(
            zip(SIZES, (self.leadInSmallSpin, self.leadInMediumSpin, self.leadInLargeSpin))
        )
        self.rate_spins = dict(zip(SIZES, (self.rateSmallSpin, self.rateMediumSpin, self.rateLargeSpin)))
        # In a narrow dock a field goes under its label rather than widening the dock.
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._configure()
        self._build_stepped_table()
        self._build_tagging_box()
        self._build_plan_lists()
        self._set_texts()
        self.bufferCombo.currentIndexChanged.connect(self._update_enabled)
        self.basisCombo.currentIndexChanged.connect(self._update_enabled)
        self.trajectoryDefaultsCheck.toggled.connect(self._update_enabled)
        self.saveButton.clicked.connect(self.save)
        self.revertButton.clicked.connect(self.revert)
        self.set_store(None)

    def _configure(self) -> None:
        for edit in (self.planStartEdit, self.planEndEdit):
            edit.setDisplayFormat("d MMMM yyyy")  # the interface's one date style: 31 March 2025
        self.basisCombo.addItem(tr("Plan requirement"), "plan")
        self.basisCombo.addItem(tr("Local housing need (LHN)"), "lhn")
        self.methodCombo.addItem(tr("Sedgefield (all of the shortfall in five years)"), "sedgefield")
        self.methodCombo.addItem(tr("Liverpool (spread over the rest of the plan)"), "liverpool")
        self.bufferCombo.addItem(tr("Automatic (5%, or 20% when the HDT is below 85%)"), "auto")
        self.bufferCombo.addItem(tr("Set percentage"), "set")
        self.bufferSpin.setRange(0, 100)
        self.bufferSpin.setDecimals(1)
        self.bufferSpin.setSuffix(" %")
        self.lhnEdit.setValidator(QDoubleValidator(0, 1e7, 2, self.lhnEdit))
        self.windfallSpin.setRange(0, 100000)
        self.lapseSpin.setRange(0, 100)
        self.lapseSpin.setDecimals(1)
        self.lapseSpin.setSuffix(" %")
        self.smallSiteSpin.setRange(1, 1000)
        self.expirySpin.setRange(1, 20)
        self.evidenceAgeSpin.setRange(1, 60)
        for spin in (self.mediumThresholdSpin, self.largeThresholdSpin):
            spin.setRange(1, 100000)
        for spin in self.lead_in_spins.values():
            spin.setRange(0, 20)
        for spin in self.rate_spins.values():
            spin.setRange(1, 10000)
        self.requirementsTable.setColumnCount(3)
        header = self.requirementsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.requirementsTable.verticalHeader().setVisible(False)
        self.requirementsTable.setWordWrap(False)
        rows = self.requirementsTable.verticalHeader()
        rows.setDefaultSectionSize(self.requirementsTable.fontMetrics().height() + 8)
        for combo in (self.basisCombo, self.methodCombo, self.bufferCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

    def _build_tagging_box(self) -> None:
        """The tagging thresholds (DOMAIN.md §3, rules 4 and 5), in metres and per cent."""
        self.taggingBox = QGroupBox()
        self.taggingBox.setObjectName("taggingBox")
        form = QFormLayout(self.taggingBox)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nearDistanceSpin = QDoubleSpinBox()
        self.nearDistanceSpin.setRange(0, 5000)
        self.nearDistanceSpin.setDecimals(0)
        self.nearDistanceSpin.setSuffix(" m")
        self.overlapSpin = QDoubleSpinBox()
        self.overlapSpin.setRange(1, 100)
        self.overlapSpin.setDecimals(0)
        self.overlapSpin.setSuffix(" %")
        self.minorOverlapSpin = QDoubleSpinBox()
        self.minorOverlapSpin.setRange(0, 100)
        self.minorOverlapSpin.setDecimals(0)
        self.minorOverlapSpin.setSuffix(" %")
        self.nearDistanceLabel = QLabel()
        self.overlapLabel = QLabel()
        self.minorOverlapLabel = QLabel()
        form.addRow(self.nearDistanceLabel, self.nearDistanceSpin)
        form.addRow(self.overlapLabel, self.overlapSpin)
        form.addRow(self.minorOverlapLabel, self.minorOverlapSpin)
        self.taggingHelp = QLabel()
        self.taggingHelp.setWordWrap(True)
        form.addRow(self.taggingHelp)
        index = self.contentsLayout.indexOf(self.trajectoryBox)
        self.contentsLayout.insertWidget(index + 1, self.taggingBox)

    def _set_texts(self) -> None:
        self.planBox.setTitle(tr("Plan"))
        self.planNameLabel.setText(tr("Plan name"))
        self.planStartLabel.setText(tr("Plan start"))
        self.planEndLabel.setText(tr("Plan end"))
        self.planStartEdit.setToolTip(tr("The first day of the plan period (a 1 April)"))
        self.planEndEdit.setToolTip(tr("The last day of the plan period (a 31 March)"))
        self.requirementBox.setTitle(tr("Requirement"))
        self.requirementHelp.setText(
            tr("Net homes required over the plan period, for the plan, each policy area and each LPA.")
        )
        self.requirementsTable.setHorizontalHeaderLabels([tr("Area"), tr("Total"), tr("Affordable")])
        self.steppedLabel.setText(
            tr(
                "Stepped requirement: homes required in a monitoring year, for the areas whose requirement "
                "is stepped. Leave a cell empty for the flat average (total ÷ plan years)."
            )
        )
        self.steppedTable.setToolTip(
            tr("Type the homes required in a year; empty cells take the flat average")
        )
        self.taggingBox.setTitle(tr("Tagging"))
        self.nearDistanceLabel.setText(tr("Near distance"))
        self.nearDistanceSpin.setToolTip(
            tr("A feature touching no site but this close to one is queued for review as a near miss")
        )
        self.overlapLabel.setText(tr("Overlap to tag"))
        self.overlapSpin.setToolTip(
            tr("A red line is tagged to a site it overlaps by at least this share of its area")
        )
        self.minorOverlapLabel.setText(tr("Second site from"))
        self.minorOverlapSpin.setToolTip(
            tr("A second site overlapped by at least this share puts the feature in the review queue")
        )
        self.taggingHelp.setText(
            tr("Tagging thresholds apply from the next Tag store; locked tags are kept.")
        )
        self.supplyBox.setTitle(tr("Five-year supply"))
        self.basisLabel.setText(tr("Basis"))
        self.basisCombo.setToolTip(
            tr("The requirement the five-year supply and the HDT are measured against")
        )
        self.lhnLabel.setText(tr("Local housing need a year"))
        self.lhnEdit.setPlaceholderText(tr("not set"))
        self.lhnEdit.setToolTip(tr("The standard-method local housing need figure (homes a year)"))
        self.methodLabel.setText(tr("Shortfall method"))
        self.methodCombo.setToolTip(tr("How a shortfall against the plan requirement is made up"))
        self.bufferLabel.setText(tr("Buffer"))
        self.bufferSpin.setToolTip(tr("The buffer added to the five-year requirement"))
        self.windfallLabel.setText(tr("Windfall allowance a year"))
        self.windfallSpin.setToolTip(tr("Small-sites windfall homes a year added to the supply"))
        self.windfallYearsLabel.setText(tr("Windfall in years"))
        for number, check in enumerate(self.windfall_checks, start=1):
            check.setText(str(number))
            check.setToolTip(tr("Count the windfall allowance in year {} of the five").format(number))
        self.lapseLabel.setText(tr("Lapse discount"))
        self.lapseSpin.setToolTip(tr("Share of not-started homes on small sites taken off the supply"))
        self.smallSiteLabel.setText(tr("Small site below (homes)"))
        self.smallSiteSpin.setToolTip(tr("A site with fewer net homes than this is small"))
        self.expiryLabel.setText(tr("Permission expiry (years)"))
        self.expirySpin.setToolTip(tr("Years from decision after which a permission lapses, unless it says"))
        self.evidenceAgeLabel.setText(tr("Clear evidence at most (months old)"))
        self.evidenceAgeSpin.setToolTip(
            tr("NPPF Annex 2: clear evidence that homes will be delivered counts when dated at most this "
               "many months before the base date (12 unless the plan says otherwise)")
        )  # fmt: skip
        self.trajectoryBox.setTitle(tr("Trajectory defaults"))
        self.trajectoryDefaultsCheck.setText(tr("Default build-out for the rest"))
        self.trajectoryDefaultsCheck.setToolTip(
            tr("Sites and permissions with no officer rows get a build-out from these figures")
        )
        self.smallHeader.setText(tr("Small"))
        self.mediumHeader.setText(tr("Medium"))
        self.largeHeader.setText(tr("Large"))
        self.thresholdLabel.setText(tr("From homes"))
        self.thresholdLabel.setToolTip(tr("A site of at least this many homes is of this size"))
        self.leadInLabel.setText(tr("Lead-in years"))
        self.leadInLabel.setToolTip(tr("Whole years after the base date before the first completion"))
        self.rateLabel.setText(tr("Homes a year"))
        self.rateLabel.setToolTip(tr("Build-out rate once building has begun"))
        self.saveButton.setText(tr("Save settings"))
        self.saveButton.setToolTip(tr("Check and write these settings to the store; the figures follow"))
        self.revertButton.setText(tr("Revert"))
        self.revertButton.setToolTip(tr("Show the store's settings again, dropping what was not saved"))

    # -- loading ------------------------------------------------------------------------------------

    def set_store(self, store: Optional[Store]) -> None:
        self.store = store
        self.setEnabled(store is not None)
        self.statusLabel.setText("")
        if store is not None:
            self.revert()

    def revert(self) -> None:
        if self.store is None:
            return
        try:
            self.settings = self.store.plan_settings()
        except StoreError as exc:
            self.tell(str(exc), error=True)
            return
        self.load(self.settings.as_dict())
        self.statusLabel.setText("")

    def load(self, values: Dict[str, Any]) -> None:
        self.planNameEdit.setText(str(values.get("plan_name") or ""))
        for edit, key in ((self.planStartEdit, "plan_start"), (self.planEndEdit, "plan_end")):
            edit.setDate(QDate.fromString(str(values.get(key) or "")[:10], "yyyy-MM-dd"))
        self._load_plan_lists(values)
        self._load_requirements(values)
        self._fill_stepped(values.get("stepped_requirement") or {})
        self.nearDistanceSpin.setValue(float(values.get("near_distance") or 0))
        self.overlapSpin.setValue(round(float(values.get("overlap_threshold") or 0) * 100, 2))
        self.minorOverlapSpin.setValue(round(float(values.get("minor_overlap") or 0) * 100, 2))
        self.lhnEdit.setText(number_text(values.get("lhn_annual")))
        self.basisCombo.setCurrentIndex(max(self.basisCombo.findData(values.get("five_year_basis")), 0))
        self.methodCombo.setCurrentIndex(max(self.methodCombo.findData(values.get("shortfall_method")), 0))
        buffer = values.get("buffer_pct")
        if isinstance(buffer, str) and buffer.strip().lower() == "auto":
            self.bufferCombo.setCurrentIndex(0)
        else:
            self.bufferCombo.setCurrentIndex(1)
            self.bufferSpin.setValue(float(buffer or 0))
        self.windfallSpin.setValue(int(float(values.get("windfall_allowance_per_year") or 0)))
        years = values.get("windfall_years") or []
        years = years if isinstance(years, list) else [years]
        for number, check in enumerate(self.windfall_checks, start=1):
            check.setChecked(number in [int(y) for y in years])
        self.lapseSpin.setValue(float(values.get("lapse_rate_pct") or 0))
        self.smallSiteSpin.setValue(int(float(values.get("small_site_threshold") or 5)))
        self.expirySpin.setValue(int(float(values.get("default_expiry_years") or 3)))
        self.evidenceAgeSpin.setValue(int(float(values.get("evidence_max_age_months") or 12)))
        self.trajectoryDefaultsCheck.setChecked(bool(values.get("trajectory_defaults")))
        thresholds = values.get("trajectory_size_thresholds") or {}
        self.mediumThresholdSpin.setValue(int(thresholds.get("medium", 50)))
        self.largeThresholdSpin.setValue(int(thresholds.get("large", 500)))
        lead_in = values.get("trajectory_lead_in_years") or {}
        rates = values.get("trajectory_build_out_rates") or {}
        for size in SIZES:
            self.lead_in_spins[size].setValue(int(lead_in.get(size, 0)))
            self.rate_spins[size].setValue(int(rates.get(size, 1)))
        self._update_enabled()

    def _update_enabled(self, *_args) -> None:
        self.bufferSpin.setEnabled(self.bufferCombo.currentData() == "set")
        plan_basis = self.basisCombo.currentData() != "lhn"  # auto: the plan basis until five years
        self.methodCombo.setEnabled(plan_basis)
        defaults = self.trajectoryDefaultsCheck.isChecked()
        for spin in [self.mediumThresholdSpin, self.largeThresholdSpin]:
            spin.setEnabled(defaults)
        for spin in list(self.lead_in_spins.values()) + list(self.rate_spins.values()):
            spin.setEnabled(defaults)

    # -- saving -------------------------------------------------------------------------------------

    def values(self) -> Dict[str, Any]:
        """The settings as the form shows them; raises ValueError naming a figure that is not a number."""
        requirements = self._requirement_values()
        stepped = self._stepped_values(strict=True) or None
        try:
            lhn = parse_number(self.lhnEdit.text())
        except ValueError:
            raise ValueError(
                tr("Local housing need is '{}': type a number of homes a year.").format(self.lhnEdit.text())
            ) from None
        buffer: Any = "auto" if self.bufferCombo.currentData() == "auto" else self.bufferSpin.value()
        return {
            "plan_name": self.planNameEdit.text().strip(),
            "plan_start": self.planStartEdit.date().toString("yyyy-MM-dd"),
            "plan_end": self.planEndEdit.date().toString("yyyy-MM-dd"),
            "requirements": requirements,
            "stepped_requirement": stepped,
            "lhn_annual": lhn,
            "five_year_basis": self.basisCombo.currentData(),
            "shortfall_method": self.methodCombo.currentData(),
            "buffer_pct": buffer,
            "windfall_allowance_per_year": self.windfallSpin.value(),
            "windfall_years": [n for n, c in enumerate(self.windfall_checks, start=1) if c.isChecked()],
            "lapse_rate_pct": self.lapseSpin.value(),
            "small_site_threshold": self.smallSiteSpin.value(),
            "default_expiry_years": self.expirySpin.value(),
            "evidence_max_age_months": self.evidenceAgeSpin.value(),
            "trajectory_defaults": self.trajectoryDefaultsCheck.isChecked(),
            "trajectory_size_thresholds": {
                "medium": self.mediumThresholdSpin.value(),
                "large": self.largeThresholdSpin.value(),
            },
            "trajectory_lead_in_years": {s: self.lead_in_spins[s].value() for s in SIZES},
            "trajectory_build_out_rates": {s: self.rate_spins[s].value() for s in SIZES},
            "near_distance": whole(self.nearDistanceSpin.value()),
            "overlap_threshold": round(self.overlapSpin.value() / 100.0, 4),
            "minor_overlap": round(self.minorOverlapSpin.value() / 100.0, 4),
            **self._plan_list_values(),
        }

    def validate(self, values: Dict[str, Any]) -> Optional[str]:
        """What is wrong with the settings (None when they can be saved)."""
        if not values["plan_name"]:
            return tr("Give the plan a name.")
        start = datetime.date.fromisoformat(values["plan_start"])
        end = datetime.date.fromisoformat(values["plan_end"])
        if end <= start:
            return tr("The plan end must come after the plan start.")
        if (start.month, start.day) != (4, 1) or (end.month, end.day) != (3, 31):
            return tr("The plan period runs from a 1 April to a 31 March (whole monitoring years).")
        plan = values["requirements"].get("PLAN") or {}
        if plan.get("total") is None:
            return tr("The whole plan needs a total requirement.")
        for area, figures in values["requirements"].items():
            total, affordable = figures.get("total"), figures.get("affordable")
            if (total is not None and total < 0) or (affordable is not None and affordable < 0):
                return tr("The requirement of {} cannot be negative.").format(area)
            if total is not None and affordable is not None and affordable > total:
                return tr("The affordable requirement of {} is more than its total.").format(area)
        if values["five_year_basis"] == "lhn" and not values["lhn_annual"]:
            return tr("The LHN basis needs the local housing need figure (homes a year).")
        if values["minor_overlap"] >= values["overlap_threshold"]:
            return tr(
                "The share that puts a second site in the review ({minor}) must be below the share that "
                "tags a feature to a site ({threshold})."
            ).format(
                minor="{:g} %".format(values["minor_overlap"] * 100),
                threshold="{:g} %".format(values["overlap_threshold"] * 100),
            )
        thresholds = values["trajectory_size_thresholds"]
        if thresholds["medium"] >= thresholds["large"]:
            return tr("A medium site must start below a large one (trajectory defaults).")
        try:  # the rules monitoring itself applies (stepped requirement, numbers)
            read_settings(
                PlanSettings(values, (self.settings.get("preset") if self.settings else None) or "jlp")
            )
        except MonitoringError as exc:
            return str(exc)
        # The same checks as a plan definition file (codes, GSS codes, dates, areas of the requirement).
        return self._plan_file_problems(values, self.settings.as_dict() if self.settings else None)

    def save(self) -> bool:
        if self.store is None:
            return False
        try:
            values = self.values()
        except ValueError as exc:
            self.tell(str(exc), error=True)
            return False
        problem = self.validate(values)
        if problem:
            self.tell(problem, error=True)
            return False
        changed = {k: v for k, v in values.items() if self.settings is None or self.settings.get(k) != v}
        if not changed:
            self.tell(tr("Nothing to save: the settings are as stored."))
            return True
        try:
            self.store.write_plan_settings(changed)
        except (StoreError, OSError) as exc:
            self.tell(tr("The settings could not be written: {}").format(exc), error=True)
            return False
        self.settings = self.store.plan_settings()
        names = setting_names()
        saved = ", ".join(sorted(names.get(key, key) for key in changed))
        text = plural(
            len(changed), tr("Saved {} setting: {names}."), tr("Saved {} settings: {names}."), names=saved
        )
        if any(key in TAGGING_KEYS for key in changed):
            text += " " + tr("The tagging thresholds apply from the next Tag store.")
        self.tell(text)
        self.saved.emit()
        return True

    def tell(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #c92a2a;" if error else "")
