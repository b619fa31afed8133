"""Monitoring figures at a base date (DOMAIN.md §2 and §4–6): completions by year, site progress,
progress against the requirement, the five-year housing land supply and the Housing Delivery Test.

One concept a module: ``periods`` (monitoring years, base date), ``settings`` (plan settings),
``inputs`` (reading the store), ``location`` (where a completion belongs), ``lineage`` (permission
lineage, extant and lapsed), ``site_progress``, ``requirement``, ``trajectory`` (officer entries and
default build-out), ``five_year_supply``, ``hdt``; ``compute`` puts them together,
``area_view`` gives one area's figures ready to show (with ``units``: how each figure reads) and
``summary_csv`` writes SPEC.md's five tables.

pandas builds the tables. It ships with QGIS on Windows but not always on Linux, so it is imported
only when figures are computed: importing this package (as the plugin does when it loads) never
imports pandas. Use::

    ok, message = pandas_available()
    result = compute_monitoring(store, "2025-03-31")   # MonitoringResult
    result.five_year_supply, result.supply_statement, result.hdt, result.series("PPA") ...
    figures = result.for_area("PPA")                   # AreaFigures: rows, units and labels to show
    write_summary_csvs(result, folder)                 # {"completions_by_year": path, ...}
"""

from typing import Tuple

from .periods import MonitoringError, parse_base_date

__all__ = [
    "MonitoringError",
    "SUMMARY_TABLES",
    "compute_monitoring",
    "pandas_available",
    "parse_base_date",
    "write_summary_csvs",
]

# SPEC.md's summary tables and their columns, in order (extra columns may follow in the files).
SUMMARY_TABLES = {
    "completions_by_year": [
        "monitoring_year", "lpa", "policy_area", "allocated", "net_units", "gross_units", "affordable_units",
    ],
    "site_progress": [
        "site_ref", "site_name", "lpa", "policy_area", "capacity", "permitted", "completed",
        "under_construction", "not_started", "remaining", "pct_complete", "flags",
    ],
    "requirement_progress": [
        "area", "requirement_total", "requirement_to_date", "completions_to_date", "difference",
        "affordable_requirement_total", "affordable_to_date",
    ],
    "five_year_supply": [
        "basis", "annual_requirement", "shortfall", "method", "buffer_pct", "five_year_requirement",
        "deliverable_supply", "windfall_allowance", "lapse_discount", "total_supply", "years_supply",
    ],
    "hdt": ["monitoring_years", "required", "delivered", "hdt_pct", "consequence"],
}  # fmt: skip


def pandas_message() -> str:
    from ..translation import tr

    return tr(
        "pandas is needed for monitoring figures; it ships with QGIS on Windows (OSGeo4W) — on Linux "
        "install python3-pandas."
    )


def pandas_available() -> Tuple[bool, str]:
    """(True, "") when pandas can be imported; otherwise (False, what to install)."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False, pandas_message()
    except Exception as exc:  # noqa: BLE001 - a broken install says so, with the reason
        return False, "{} ({})".format(pandas_message(), exc)
    return True, ""


def _require_pandas() -> None:
    ok, message = pandas_available()
    if not ok:
        raise MonitoringError(message)


def compute_monitoring(store, base_date=None, today=None):
    """All the figures of ``store`` at ``base_date`` (ISO text or date; default the latest 31 March on
    or before ``today``) as a ``compute.MonitoringResult``. Raises MonitoringError."""
    _require_pandas()
    from .compute import compute_monitoring as compute

    return compute(store, base_date, today)


def write_summary_csvs(result, folder, store=None, parameter="OUTPUT_FOLDER"):
    """The five summary CSVs of ``result`` in ``folder``; returns {table name: path}. With ``store``,
    a folder whose files would overwrite the store is refused (``parameter`` names it)."""
    _require_pandas()
    from .summary_csv import write_summary_csvs as write

    return write(result, folder, store, parameter)
