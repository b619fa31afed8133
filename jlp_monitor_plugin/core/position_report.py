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
