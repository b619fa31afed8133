"""Reports and summary tables made from a frozen position (issue 11 item 2).

The figures are the position's (``FrozenPosition.result``), and so are the plan settings, the
permissions' details, the review counts and the rejects the report lists: a report made from a
position is the same, table for table, whatever is edited in the store afterwards. Only the maps are
drawn from the store's layers as they are now.
"""

from typing import Any, Dict, List, Optional

from . import schema
from .position_content import plan_settings_of, source_records
from .positions import FrozenPosition, load_position


class PositionView:
    """The store as a frozen position saw it, for the report: plan settings and permission rows from
    the position; anything else (the layers the maps draw, the path) from the store."""

    def __init__(self, store, frozen: FrozenPosition):
        self._store = store
        self.frozen = frozen

    def __getattr__(self, name):
        return getattr(self._store, name)

    def plan_settings(self):
        return plan_settings_of(self.frozen.parts)

    def rows(self, name: str, fields=None) -> List[Dict[str, Any]]:
        if name != schema.PERMISSIONS:
            return self._store.rows(name, fields)
        records = source_records(self.frozen.parts, "source_permissions")
        wanted = list(fields) if fields else (list(records[0]) if records else [])
        return [{f: r.get(f) for f in wanted} for r in records]


def position_base_date(frozen: FrozenPosition, base_date: Optional[str]) -> str:
    """The position's base date; a BASE_DATE given as well must be the same."""
    from .monitoring import MonitoringError, parse_base_date

    own = frozen.position.base_date
    if base_date and parse_base_date(base_date) != own:
        raise MonitoringError(
            "Position {} is at {}, not {}: leave the base date empty to use the position's.".format(
                frozen.position.title, own.isoformat(), base_date
            )
        )
    return own.isoformat()


def position_report(store, position: str, base_date=None, **kwargs):
    """``reports.make_report`` from a frozen position (same arguments, ``position`` its id or label).
    Raises PositionError (unknown or altered position), ReportError."""
    from . import monitoring, reports

    frozen = load_position(store, position)
    try:
        when = position_base_date(frozen, base_date)
    except monitoring.MonitoringError as exc:
        raise reports.ReportError(str(exc)) from None
    return reports.make_report(PositionView(store, frozen), when, result=frozen.result(), **kwargs)


# -- "Changes since the last position" (housing_monitoring_report) ----------------------------------------

REPORT_ROWS = 40  # rows of a change list the document shows; the spreadsheet has them all


def add_changes(store, result, context: Dict[str, Any], images, messages: List[str]) -> None:
    """Context ``changes`` (None when no position was frozen before the report's base date): what
    changed since the last position before it, as tables (added to the report's tables, so the XLSX
    and CSV carry every row) and the supply bridge chart (``chart.supply_bridge``)."""
    from . import charts
    from .position_compare import Side, compare_sides, position_side
    from .positions import PositionError, list_positions
    from .reports.tables import Image
    from .translation import tr

    context["changes"] = None
    frozen = getattr(result, "position", None)
    try:
        earlier = [p for p in list_positions(store) if p.base_date < result.base_date]
    except PositionError as exc:
        messages.append(str(exc))
        return
    if not earlier:
        return
    previous = max(reversed(earlier), key=lambda p: p.base_date)  # the last frozen of the latest date
    try:
        before = position_side(store, previous.position_id)
    except PositionError as exc:
        messages.append(str(exc))
        return
    if frozen is not None:
        p = frozen.position
        now = Side(p.title, result, store.plan_settings().as_dict(), p.frozen_at, p.position_id)
    else:
        title = tr("the store at {}").format(result.base_date.isoformat())
        now = Side(title, result, store.plan_settings().as_dict(), None, None)
    comparison = compare_sides(store, before, now)
    messages.extend(comparison.messages)
    tables = {}
    for name, table in comparison.tables.items():
        table.name = "changes_" + name
        context["tables"][table.name] = table
        tables[name] = table
    chart = None
    if comparison.bridge is not None:
        args = comparison.bridge.chart_args()
        chart = Image(
            "chart_supply_bridge",
            tr("Five-year supply bridge: from {} to {}").format(before.title, now.title),
            lambda: charts.render_image(1280, 620, charts.paint_waterfall, *args),
            width=640,
        )
        images[chart.name] = chart
        context["chart"]["supply_bridge"] = chart
    context["changes"] = {
        "earlier": before.title,
        "earlier_frozen_on": (before.frozen_at or "")[:10],
        "later": now.title,
        "tables": tables,
        "chart": chart,
        "limit": REPORT_ROWS,
    }
