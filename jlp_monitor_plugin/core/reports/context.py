"""What a report template sees: a plain dict of text, tables and images built from the monitoring
figures (``core.monitoring``), the plan settings, the review queue and the importers' rejects files.

Tables are ``Table`` objects: the same rows give the HTML/PDF/ODT/DOCX tables (formatted text) and
the XLSX sheets and CSV files (raw values). Images (maps, charts, logos) are ``Image`` objects that
are drawn the first time a template asks for one, so a template without maps costs no map rendering.
"""

import base64
import csv
import datetime
import glob
import os
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QImage

from ..review import reason_labels, review_counts
from ..translation import tr

MISSING = "–"
PERMISSION_WIDTHS = [12, 7, 18, 28, 10, 10, 7, 8]


# -- formatting --------------------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) == "<NA>"


def homes(value: Any) -> str:
    """A number of homes: whole, with thousands separators (1,335)."""
    if _blank(value):
        return MISSING
    return "{:,.0f}".format(float(value))


def decimal(value: Any, places: int = 1) -> str:
    if _blank(value):
        return MISSING
    return "{:,.{}f}".format(float(value), places)


def percent(value: Any, places: int = 1) -> str:
    if _blank(value):
        return MISSING
    return "{:.{}f}%".format(float(value), places)


def years_text(value: Any) -> str:
    """Years of supply as the statement gives them: two decimals (3.76)."""
    return decimal(value, 2)


def text(value: Any) -> str:
    return "" if _blank(value) else str(value)


def long_date(day: datetime.date) -> str:
    return "{} {} {}".format(day.day, _MONTHS[day.month - 1], day.year)


_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def plain(value: Any) -> Any:
    """A cell value for XLSX/CSV: Python numbers and text; blanks are None."""
    if _blank(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return value


# -- tables and images ---------------------------------------------------------------------------------


class Column:
    TEMPLATE_ATTRIBUTES = ("key", "heading", "numeric")

    def __init__(self, key: str, heading: str, fmt: Callable[[Any], str] = text, numeric: bool = False):
        self.key = key
        self.heading = heading
        self.fmt = fmt
        self.numeric = numeric


class Table:
    """A titled table: ``headings`` and ``rows`` (formatted text) for documents, ``records`` (raw
    values by column key) for spreadsheets. ``total`` is an optional last row, formatted."""

    # What a template may read (the sandbox refuses the rest, e.g. the methods that change a table).
    TEMPLATE_ATTRIBUTES = (
        "name", "title", "columns", "records", "total", "widths", "headings", "numeric", "keys", "rows",
        "row_count",
    )  # fmt: skip

    def __init__(self, name: str, title: str, columns: Sequence[Column], records: List[Dict[str, Any]]):
        self.name = name
        self.title = title
        self.columns = list(columns)
        self.records = records
        self.total: Optional[List[str]] = None
        self.widths: Optional[List[int]] = None  # % of the page width a column, for print layouts

    @property
    def headings(self) -> List[str]:
        return [c.heading for c in self.columns]

    @property
    def numeric(self) -> List[bool]:
        return [c.numeric for c in self.columns]

    @property
    def keys(self) -> List[str]:
        return [c.key for c in self.columns]

    @property
    def rows(self) -> List[List[str]]:
        return [[c.fmt(r.get(c.key)) for c in self.columns] for r in self.records]

    @property
    def row_count(self) -> int:
        return len(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def with_widths(self, widths: Sequence[int]) -> "Table":
        self.widths = list(widths)
        return self

    def with_total(self, label: str, sums: Sequence[str]) -> "Table":
        """Adds a total row: ``label`` in the first column, the sum of each column in ``sums``."""
        row = []
        for index, column in enumerate(self.columns):
            if index == 0:
                row.append(label)
            elif column.key in sums:
                row.append(column.fmt(sum(float(plain(r.get(column.key)) or 0) for r in self.records)))
            else:
                row.append("")
        self.total = row
        return self


class Image:
    """A picture for the report, drawn on first use by ``draw`` (returns a QImage).

    ``src`` is what an <img> takes: a data: URI in HTML output; for the documents Qt lays out (PDF,
    ODT) the writers switch ``Image.mode`` to "resource" and register each image under its name.
    ``width`` is the width in CSS pixels the template should give it (the page is about 650 wide).
    """

    mode = "data"  # "data" or "resource"; set by the writer before rendering
    TEMPLATE_ATTRIBUTES = ("name", "title", "src", "width", "height")

    def __init__(self, name: str, title: str, draw: Callable[[], QImage], width: int = 640):
        self.name = name
        self.title = title
        self._draw = draw
        self._image: Optional[QImage] = None
        self._data_uri: Optional[str] = None
        self.width = width

    @property
    def image(self) -> QImage:
        if self._image is None:
            # Not an AttributeError, ever: jinja2 would take it for a missing attribute and go on.
            try:
                image = self._draw()
            except Exception as exc:  # noqa: BLE001 - reported with the image's name
                from .templates import ReportError

                raise ReportError(tr("The image '{}' could not be drawn: {}").format(self.name, exc)) from exc
            if image is None or image.isNull():
                from .templates import ReportError

                raise ReportError(tr("The image '{}' could not be drawn.").format(self.name))
            self._image = image
        return self._image

    @property
    def drawn(self) -> bool:
        return self._image is not None

    @property
    def height(self) -> int:
        image = self.image
        return int(round(self.width * image.height() / max(image.width(), 1)))

    @property
    def src(self) -> str:
        if self.mode == "resource":
            self.image  # noqa: B018 - drawn now, registered by the writer afterwards
            return "jlp-image:" + self.name
        if self._data_uri is None:
            self._data_uri = "data:image/png;base64," + base64.b64encode(png_bytes(self.image)).decode(
                "ascii"
            )
        return self._data_uri

    def __bool__(self) -> bool:
        return True


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


# -- the context -----------------------------------------------------------------------------------------


def site_columns() -> List[Column]:
    return [
        Column("site_ref", tr("Site ref")),
        Column("site_name", tr("Site")),
        Column("capacity", tr("Capacity"), homes, True),
        Column("permitted", tr("Permitted"), homes, True),
        Column("completed", tr("Completed"), homes, True),
        Column("under_construction", tr("Under construction"), homes, True),
        Column("not_started", tr("Not started"), homes, True),
        Column("remaining", tr("Remaining"), homes, True),
        Column("pct_complete", tr("% complete"), lambda v: percent(v, 0), True),
        Column("flags", tr("Flags"), lambda v: text(v).replace("_", " ").replace(";", ", ")),
    ]


def _records(frame, columns: Sequence[str]) -> List[Dict[str, Any]]:
    return [
        {c: plain(v) for c, v in zip(columns, row)} for row in frame[list(columns)].itertuples(index=False)
    ]


def _pivot(frame, index: str, column: str, codes: List[str]) -> List[Dict[str, Any]]:
    """net_units by ``index`` (monitoring year) and ``column`` (lpa, policy_area or allocated),
    with a total."""
    rows: OrderedDict[str, Dict[str, Any]] = OrderedDict()
    for year, key, units in zip(frame[index], frame[column], frame["net_units"]):
        row = rows.setdefault(year, {"monitoring_year": year})
        row[key] = row.get(key, 0) + int(units)
    for row in rows.values():
        for code in codes:
            row.setdefault(code, 0)
        row["total"] = sum(row[c] for c in codes)
    return list(rows.values())


def rejects_files(store_path: str) -> List[str]:
    """The importers' rejects files next to the store (``rejects*.csv``, as the demo and most
    officers name them) — the store itself does not record rejected rows."""
    folder = os.path.dirname(os.path.abspath(store_path))
    found = set(glob.glob(os.path.join(folder, "rejects*.csv"))) | set(
        glob.glob(os.path.join(folder, "*_rejects*.csv"))
    )
    return sorted(found)


def read_rejects(paths: Sequence[str]) -> List[Dict[str, Any]]:
    """One row per rejects file and reason: file, layer, reason, rows."""
    rows = []
    for path in paths:
        counts: OrderedDict[tuple, int] = OrderedDict()
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                for record in csv.DictReader(handle):
                    reason = (record.get("reason") or "").strip()
                    # Reasons name the row's values ("… 'abc' is not a date"); group on the kind.
                    kind = reason.split(":")[0] if ":" in reason else reason
                    key = (record.get("layer") or "", kind)
                    counts[key] = counts.get(key, 0) + 1
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
        for (layer, reason), count in counts.items():
            rows.append({"file": os.path.basename(path), "layer": layer, "reason": reason, "rows": count})
    return rows


def build_context(
    store,
    result,
    images: Optional[Dict[str, Image]] = None,
    rejects: Optional[Sequence[str]] = None,
) -> Dict[str, Any]:
    """The dict a report template is rendered with (see the built-in templates for its use).

    ``result`` is a MonitoringResult; ``images`` the maps and charts by name; ``rejects`` the
    importers' rejects CSVs (default: those next to the store).
    """
    settings = store.plan_settings()
    figures = result.settings
    lpas = [dict(lpa) for lpa in settings["lpas"]]
    lpa_names = {lpa["code"]: lpa.get("name") or lpa["code"] for lpa in lpas}
    area_names = {a["code"]: a.get("name") or a["code"] for a in settings["policy_areas"]}
    area_names.update(lpa_names)
    area_names["PLAN"] = tr("Plan area")
    images = images or {}
    for lpa in lpas:
        lpa["logo"] = images.get("logo_" + lpa["code"])
        lpa["map"] = images.get("map_" + lpa["code"])
    supply = result.supply
    base = result.base_date
    tables: OrderedDict[str, Table] = OrderedDict()

    # Completions by year.
    by_year = result.completions_by_year
    # Completions that could not be placed ("unknown") get a column of their own, so totals agree.
    lpa_codes = list(figures.lpas) + sorted(set(by_year["lpa"]) - set(figures.lpas))
    area_codes = list(figures.policy_areas) + sorted(set(by_year["policy_area"]) - set(figures.policy_areas))
    unplaced = tr("Not in a council area")
    year_column = Column("monitoring_year", tr("Monitoring year"))
    tables["completions_by_lpa"] = Table(
        "completions_by_lpa",
        tr("Net completions by monitoring year and council"),
        [year_column]
        + [Column(c, lpa_names.get(c, unplaced), homes, True) for c in lpa_codes]
        + [Column("total", tr("Total"), homes, True)],
        _pivot(by_year, "monitoring_year", "lpa", lpa_codes),
    ).with_total(tr("Total"), lpa_codes + ["total"])
    tables["completions_by_policy_area"] = Table(
        "completions_by_policy_area",
        tr("Net completions by monitoring year and policy area"),
        [year_column]
        + [Column(c, area_names.get(c, tr("Not in a policy area")), homes, True) for c in area_codes]
        + [Column("total", tr("Total"), homes, True)],
        _pivot(by_year, "monitoring_year", "policy_area", area_codes),
    ).with_total(tr("Total"), area_codes + ["total"])
    tables["completions_allocated_windfall"] = Table(
        "completions_allocated_windfall",
        tr("Net completions on allocated sites and windfall"),
        [
            year_column,
            Column("yes", tr("Allocated sites"), homes, True),
            Column("no", tr("Windfall"), homes, True),
            Column("total", tr("Total"), homes, True),
        ],
        _pivot(by_year, "monitoring_year", "allocated", ["yes", "no"]),
    ).with_total(tr("Total"), ["yes", "no", "total"])
    tables["completions_by_year"] = Table(
        "completions_by_year",
        tr("Completions by monitoring year, council, policy area and allocated or windfall"),
        [
            year_column,
            Column("lpa", tr("Council")),
            Column("policy_area", tr("Policy area")),
            Column("allocated", tr("Allocated")),
            Column("net_units", tr("Net"), homes, True),
            Column("gross_units", tr("Gross"), homes, True),
            Column("affordable_units", tr("Affordable"), homes, True),
        ],
        _records(by_year, ["monitoring_year", "lpa", "policy_area", "allocated", "net_units", "gross_units",
                           "affordable_units"]),
    )  # fmt: skip

    # Requirement progress.
    requirement_records = _records(result.requirement_progress, list(result.requirement_progress.columns))
    for record in requirement_records:
        record["area_name"] = area_names.get(record["area"], record["area"])
    tables["requirement_progress"] = Table(
        "requirement_progress",
        tr("Progress against the housing requirement"),
        [
            Column("area_name", tr("Area")),
            Column("requirement_total", tr("Plan requirement"), homes, True),
            Column("requirement_to_date", tr("Requirement to date"), homes, True),
            Column("completions_to_date", tr("Completions to date"), homes, True),
            Column("difference", tr("Difference"), homes, True),
            Column("affordable_requirement_total", tr("Affordable requirement"), homes, True),
            Column("affordable_to_date", tr("Affordable to date"), homes, True),
        ],
        requirement_records,
    )

    # Five-year supply statement: the value of each step formatted as what it is.
    statement = _records(result.supply_statement, ["step", "label", "value", "working"])
    for record in statement:
        value = record["value"]
        if record["step"] == "G":
            record["shown"] = percent(value, 0)
        elif record["step"] == "O":
            record["shown"] = years_text(value)
        elif record["step"] in ("J", "M", "H"):
            record["shown"] = decimal(value, 1)
        else:
            record["shown"] = homes(value)
    tables["five_year_supply_statement"] = Table(
        "five_year_supply_statement",
        tr("Five-year housing land supply at {}").format(long_date(base)),
        [
            Column("step", ""),
            Column("label", tr("Step")),
            Column("value", tr("Figure"), lambda v: decimal(v, 2), True),  # print shows "shown"
            Column("working", tr("Working")),
        ],
        statement,
    )

    # Housing Delivery Test.
    test = result.delivery_test
    tables["hdt"] = Table(
        "hdt",
        tr("Housing Delivery Test"),
        [
            Column("monitoring_year", tr("Monitoring year")),
            Column("required", tr("Homes required"), homes, True),
            Column("delivered", tr("Homes delivered"), homes, True),
        ],
        _records(result.hdt_years, ["monitoring_year", "required", "delivered"]),
    ).with_total(tr("Total"), ["required", "delivered"])

    # Site schedules, one per LPA.
    site_keys = [c.key for c in site_columns()]
    all_sites = _records(result.site_progress, site_keys + ["lpa", "policy_area"])
    tables["site_progress"] = Table(
        "site_progress",
        tr("Progress on allocated sites"),
        site_columns()[:2] + [Column("lpa", tr("Council")), Column("policy_area", tr("Policy area"))]
        + site_columns()[2:],
        all_sites,
    )  # fmt: skip
    schedules = []
    for code in list(figures.lpas) + sorted({r["lpa"] for r in all_sites} - set(figures.lpas)):
        rows = [r for r in all_sites if r["lpa"] == code]
        table = (
            Table(
                "site_schedule_" + code,
                tr("Allocated sites: {}").format(lpa_names.get(code, code)),
                site_columns(),
                rows,
            )
            .with_total(
                tr("Total"),
                ["capacity", "permitted", "completed", "under_construction", "not_started", "remaining"],
            )
            .with_widths([9, 14, 8, 10, 10, 11, 9, 10, 9, 10])
        )
        tables[table.name] = table
        schedules.append(
            {
                "code": code,
                "name": lpa_names.get(code, code),
                "table": table,
                "sites": len(rows),
                "capacity": homes(sum(int(r["capacity"] or 0) for r in rows)),
                "completed": homes(sum(int(r["completed"] or 0) for r in rows)),
                "map": images.get("map_" + code),
            }
        )

    # Lapsed and superseded permissions, with what the back-office said about them.
    details = {
        r["app_ref"]: r
        for r in store.rows("permissions", ["app_ref", "lpa", "address", "proposal"])
        if r.get("app_ref")
    }
    permissions = _records(result.permissions, list(result.permissions.columns))
    for record in permissions:
        extra = details.get(record["app_ref"], {})
        record.update({k: extra.get(k) for k in ("lpa", "address", "proposal")})
    permission_columns = [
        Column("app_ref", tr("Application")),
        Column("lpa", tr("Council")),
        Column("address", tr("Address")),
        Column("proposal", tr("Proposal")),
        Column("decision_date", tr("Decided")),
        Column("expiry_date", tr("Expiry")),
        Column("net_units", tr("Homes"), homes, True),
        Column("site_ref", tr("Site")),
    ]
    tables["lapsed_permissions"] = Table(
        "lapsed_permissions",
        tr("Permissions that lapsed unimplemented by the base date"),
        permission_columns,
        [r for r in permissions if r["status"] == "lapsed"],
    ).with_widths(PERMISSION_WIDTHS)
    tables["superseded_permissions"] = Table(
        "superseded_permissions",
        tr("Permissions superseded by a later permission (counted once, in the later one)"),
        permission_columns,
        [r for r in permissions if r["status"] == "superseded"],
    ).with_widths(PERMISSION_WIDTHS)

    by_type: OrderedDict[str, Dict[str, Any]] = OrderedDict()
    for record in tables["superseded_permissions"].records:
        kind = record.get("permission_type") or tr("not given")
        entry = by_type.setdefault(kind, {"permission_type": kind, "permissions": 0, "net_units": 0})
        entry["permissions"] += 1
        entry["net_units"] += int(record.get("net_units") or 0)
    tables["superseded_summary"] = Table(
        "superseded_summary",
        tr("Superseded permissions by type"),
        [
            Column("permission_type", tr("Type of the superseded permission")),
            Column("permissions", tr("Permissions"), homes, True),
            Column("net_units", tr("Net homes (not counted again)"), homes, True),
        ],
        sorted(by_type.values(), key=lambda r: -r["permissions"]),
    ).with_total(tr("Total"), ["permissions", "net_units"])

    # Data quality: the review queue and the importers' rejects.
    counts = review_counts(store)
    labels = reason_labels()
    tables["review_queue"] = Table(
        "review_queue",
        tr("Tags waiting for review"),
        [Column("reason", tr("Reason")), Column("count", tr("Features"), homes, True)],
        [{"reason": labels.get(k, k), "count": v} for k, v in counts.items()],
    ).with_total(tr("Total"), ["count"])
    reject_paths = rejects_files(store.path) if rejects is None else list(rejects)
    tables["rejected_rows"] = Table(
        "rejected_rows",
        tr("Rows refused by the importers"),
        [
            Column("file", tr("Rejects file")),
            Column("layer", tr("Layer")),
            Column("reason", tr("Reason")),
            Column("rows", tr("Rows"), homes, True),
        ],
        read_rejects(reject_paths),
    ).with_total(tr("Total"), ["rows"])

    # Headline figures.
    plan_row = result.requirement_progress[result.requirement_progress["area"] == "PLAN"]
    this_year = int(by_year[by_year["monitoring_year"] == _label(result.base_year)]["net_units"].sum())
    headline = [
        (tr("Net completions in {}").format(_label(result.base_year)), homes(this_year)),
        (tr("Net completions since the start of the plan period"), homes(supply.completions_to_date)),
        (tr("Requirement to date"), homes(supply.requirement_to_date)),
        (
            tr("Difference from the requirement to date"),
            homes(plan_row["difference"].iloc[0]) if len(plan_row) else MISSING,
        ),
        (tr("Five-year housing land supply"), tr("{} years").format(years_text(supply.years_supply))),
        (tr("Housing Delivery Test"), percent(test.pct, 0)),
    ]
    tables["headline"] = Table(
        "headline",
        tr("Headline figures"),
        [Column("figure", tr("Figure")), Column("value", tr("Value"), text, True)],
        [{"figure": k, "value": v} for k, v in headline],
    )

    plan_name = settings["plan_name"]
    return {
        "plan": {
            "name": plan_name,
            "start": long_date(figures.plan_start),
            "end": long_date(figures.plan_end),
            "period": "{}–{}".format(figures.plan_start.year, figures.plan_end.year),
        },
        "base_date": base.isoformat(),
        "base_date_text": long_date(base),
        "monitoring_year": _label(result.base_year),
        "generated": long_date(datetime.date.today()),
        "store_name": store.name,
        "councils": lpas,
        "council_names": [lpa["name"] for lpa in lpas],
        "policy_areas": [dict(a) for a in settings["policy_areas"]],
        "area_names": area_names,
        "headline": headline,
        "tables": tables,
        "site_schedules": schedules,
        "supply": {
            "years": years_text(supply.years_supply),
            "period": supply.period,
            "basis": supply.basis,
            "method": supply.method,
            "buffer": percent(supply.buffer_pct, 0),
            "five_year_requirement": homes(supply.five_year_requirement),
            "total_supply": homes(supply.total_supply),
            "surplus": homes(supply.surplus),
            "has_five_years": supply.years_supply is not None and supply.years_supply >= 5,
            "statement": tables["five_year_supply_statement"],
        },
        "hdt": {
            "pct": percent(test.pct, 0),
            "years": ", ".join(_label(y) for y in test.years),
            "required": homes(test.required),
            "delivered": homes(test.delivered),
            "consequence": test.consequence,
            "table": tables["hdt"],
        },
        "data_quality": {
            "review_total": sum(counts.values()),
            "rejected_total": sum(r["rows"] for r in tables["rejected_rows"].records),
            "rejects_files": [os.path.basename(p) for p in reject_paths],
            "warnings": list(result.warnings),
        },
        "images": images,
        "pages": {},  # heading text: page number, filled in for the print layouts
        "maps": [images[k] for k in images if k.startswith("map_")],
        "charts": [images[k] for k in images if k.startswith("chart_")],
        "chart": {k[len("chart_") :]: v for k, v in images.items() if k.startswith("chart_")},
        "map": {k[len("map_") :]: v for k, v in images.items() if k.startswith("map_")},
    }


def _label(year: int) -> str:
    from ..monitoring.periods import label

    return label(year)
