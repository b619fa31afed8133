"""The Supply tab of the Monitoring dock: the five-year housing land supply set out as a statement, the
years figure, the area it is measured for (always the whole plan) and the Housing Delivery Test.

It renders an ``AreaFigures`` (core.monitoring.area_view): each statement step carries its unit.
"""

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QTableView

from ..core.formatting import format_date
from ..core.monitoring.area_view import hdt_fields, statement_fields
from ..core.monitoring.settings import PLAN
from ..core.monitoring.units import INTEGER, NUMBER, PERCENT, RATE, YEARS, screen_text, screen_whole
from ..core.translation import tr
from .monitoring_models import RowsModel, field_columns

GOOD = QColor("#2b8a3e")
BAD = QColor("#c92a2a")


class SupplyTab:
    """Fills the Supply tab's widgets of ``form`` (the panel, whose .ui holds them)."""

    def __init__(self, form: Any, make_table):
        self.form = form
        self.statement_model: RowsModel = make_table(
            form.statementTable, field_columns(statement_fields()), False
        )
        self.hdt_model: RowsModel = make_table(form.hdtTable, field_columns(hdt_fields()), False)
        self.statement_model.texts["value"] = lambda v, row: screen_text(v, row.get("unit", NUMBER))
        self.statement_model.bold_rows = lambda row: bool(row.get("headline"))
        # The statement reads across without scrolling: item and working wrap in the dock's width.
        table = form.statementTable
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Above the years figure: which area the supply is measured for (the whole plan, whatever the
        # Area selector says; DOMAIN.md §1).
        form.supplyBasisLabel = QLabel()
        form.supplyBasisLabel.setObjectName("supplyBasisLabel")
        form.supplyBasisLabel.setWordWrap(True)
        form.supplyContentsLayout.insertWidget(0, form.supplyBasisLabel)
        # The plan's age when it decides the basis (core/monitoring/plan_age.py), prominent.
        form.planAgeLabel = QLabel()
        form.planAgeLabel.setObjectName("planAgeLabel")
        form.planAgeLabel.setWordWrap(True)
        form.planAgeLabel.setVisible(False)
        form.supplyContentsLayout.insertWidget(1, form.planAgeLabel)
        # The statement and the HDT read as one document: the tab scrolls, not the tables.
        for view in (form.statementTable, form.hdtTable):
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        font = QFont(form.yearsLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        form.yearsLabel.setFont(font)
        form.statementTable.setToolTip(tr("The five-year supply as a statement sets it out, step by step"))

    def clear(self) -> None:
        for model in (self.statement_model, self.hdt_model):
            model.set_rows([])
        for label in (self.form.yearsLabel, self.form.supplySubtitle, self.form.hdtLabel):
            label.setText("")

    def fit(self) -> None:
        """Size the statement's columns to the dock's width and both tables to their rows."""
        form = self.form
        table = form.statementTable
        header = table.horizontalHeader()
        fixed = header.sectionSize(0) + header.sectionSize(2)
        room = max(table.viewport().width() - fixed, 160)
        header.resizeSection(1, int(room * 0.55))
        table.resizeRowsToContents()
        for view in (table, form.hdtTable):
            rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
            height = view.horizontalHeader().height() + rows + 2 * view.frameWidth()
            if view.horizontalScrollBar().isVisible():
                height += view.horizontalScrollBar().height()
            view.setFixedHeight(height)

    def show_basis(self, plan_name: str, area: str, area_title: str) -> None:
        """Say plainly which area the five-year supply is for: the whole plan area, also when another
        area is selected (the supply is measured for the plan; the area's figures are elsewhere)."""
        label = self.form.supplyBasisLabel
        plan = plan_name or tr("the plan")
        if area == PLAN:
            label.setText(tr("Five-year supply for the whole plan area ({}).").format(plan))
            label.setStyleSheet("font-weight: bold;")
        else:
            label.setText(
                tr(
                    "Five-year supply is measured for the whole plan area ({plan}), not for {area}: "
                    "the figures below are the whole plan's."
                ).format(plan=plan, area=area_title)
            )
            label.setStyleSheet(
                "font-weight: bold; color: #5c3d00; background: #fff3bf; border: 1px solid #f0c36d; "
                "padding: 6px;"
            )

    def show(self, figures: Any) -> None:
        """The statement, years, subtitle and HDT of ``figures`` (an AreaFigures)."""
        form = self.form
        supply = figures.supply
        self.statement_model.set_rows(figures.statement)
        self.fit()
        note = supply.basis_note
        form.planAgeLabel.setText(note)
        form.planAgeLabel.setVisible(bool(note))
        form.planAgeLabel.setStyleSheet(
            "font-weight: bold; padding: 6px; "
            + ("color: #862e9c; background: #f8f0fc; border: 2px solid #be4bdb;" if supply.basis == "plan"
               else "color: #1864ab; background: #e7f5ff; border: 1px solid #74c0fc;")
        )  # fmt: skip
        if supply.years_supply is None:
            form.yearsLabel.setText(tr("Not measured"))
            form.yearsLabel.setStyleSheet("")
        else:
            form.yearsLabel.setText(tr("{} years").format(screen_text(supply.years_supply, YEARS)))
            colour = GOOD if supply.years_supply >= 5 else BAD
            form.yearsLabel.setStyleSheet("color: {};".format(colour.name()))
        basis = tr("plan basis") if supply.basis == "plan" else tr("local housing need basis")
        method = tr("Sedgefield") if supply.method == "sedgefield" else tr("Liverpool")
        surplus = supply.surplus
        balance = (
            tr("a surplus of {} homes").format(screen_whole(surplus))
            if surplus >= 0
            else tr("a shortfall of {} homes").format(screen_whole(-surplus))
        )
        form.supplySubtitle.setText(
            tr(
                "Five-year housing land supply at {base} for {period} ({basis}, {method}, {buffer} buffer): "
                "supply {supply} against a requirement of {requirement} — {balance}."
            ).format(
                base=format_date(figures.base_date),
                period=supply.period,
                basis=basis,
                method=method,
                buffer=screen_text(supply.buffer_pct, RATE),
                supply=screen_whole(supply.total_supply),
                requirement=screen_whole(supply.five_year_requirement),
                balance=balance,
            )
        )
        test = figures.delivery_test
        self.hdt_model.set_rows(figures.hdt_years)
        if test.pct is None:
            form.hdtLabel.setText(tr("Not measured: no plan years up to the base date."))
        else:
            form.hdtLabel.setText(
                tr(
                    "{pct} — delivered {delivered} of {required} required; consequence: {consequence}."
                ).format(
                    pct=screen_text(test.pct, PERCENT),
                    delivered=screen_text(test.delivered, INTEGER),
                    required=screen_text(test.required, NUMBER),
                    consequence=test.consequence,
                )
            )
