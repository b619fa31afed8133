"""The housing monitoring report's "Changes since the last position" (issue 11): the change lists and the
five-year supply bridge between the last position frozen before the report's base date and the
report's own figures (a frozen position's, or the store's)."""

from typing import Any, Dict, List

REPORT_ROWS = 40  # rows of a change list the document shows; the spreadsheet has them all


def add_changes(store, result, context: Dict[str, Any], images, messages: List[str]) -> None:
    """Context ``changes`` (None when no position was frozen before the report's base date): what
    changed since the last position before it, as tables (added to the report's tables, so the XLSX
    and CSV carry every row) and the supply bridge chart (``chart.supply_bridge``)."""
    from .. import charts
    from ..position_compare import Side, compare_sides, position_side
    from ..positions import PositionError, list_positions
    from ..translation import tr
    from .tables import Image

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
