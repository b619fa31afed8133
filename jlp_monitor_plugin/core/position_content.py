"""What a frozen position holds (issue 11): the monitoring figures of a base date as parts of JSON rows,
and the same figures read back as a ``MonitoringResult`` that reports and comparisons use as they are.

A part is a list of JSON rows: a table's first row gives its columns and their pandas types (so the
figures read back are the same frame, value for value and type for type), then one row per table row.
Imports pandas (through ``core.monitoring``) only when a position is made or read.
"""

import datetime
import json
import math
import os
from collections import OrderedDict
from typing import Any, Dict, List, Tuple

from . import schema
from .values import plain_value

# The MonitoringResult's frames kept in a position, by part name.
FRAMES = [
    "completions_by_year",
    "site_progress",
    "requirement_progress",
    "five_year_supply",
    "hdt",
    "completions",
    "permissions",
    "trajectory",
    "supply_statement",
    "hdt_years",
    "annex2",  # NPPF Annex 2 results and the homes removed for want of evidence (absent in older positions)
    "supply_removed",
]
# The store's own rows in force at freezing (the sources the figures came from).
SOURCES = {
    "source_trajectory": (
        schema.TRAJECTORY,
        ["site_ref", "app_ref", "monitoring_year", "units", "deliverable", "source", "evidence"],
    ),
    "source_allocations": (
        schema.ALLOCATIONS,
        ["site_ref", "site_name", "lpa", "policy_area", "homes_capacity"],
    ),
    "source_evidence": (
        schema.SITE_EVIDENCE,
        ["site_ref", "app_ref", "evidence_type", "evidence_date", "source", "summary"],
    ),
    "source_permissions": (
        schema.PERMISSIONS,
        [
            "app_ref",
            "lpa",
            "address",
            "proposal",
            "permission_type",
            "decision_date",
            "expiry_date",
            "parent_ref",
            "net_units",
            "site_ref",
        ],
    ),
}


def canonical(value: Any) -> str:
    """The JSON text a position stores and hashes: sorted keys, no spaces, floats as Python writes them."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _cell(value: Any) -> Any:
    """A frame's cell as JSON: pandas' blanks (NA, NaN, NaT) as null, numpy numbers as Python ones."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return plain_value(value) if not isinstance(value, (int, float, str, bool, list, dict)) else value


def frame_rows(frame) -> List[Any]:
    """A frame as a part: {"columns", "dtypes"} first, then each row as a list of cells."""
    columns = [str(c) for c in frame.columns]
    head = {"columns": columns, "dtypes": {c: str(frame[c].dtype) for c in columns}}
    body = [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return [head] + body


def rows_frame(rows: List[Any]):
    import pandas as pd

    head, body = rows[0], rows[1:]
    columns = head["columns"]
    frame = pd.DataFrame(body, columns=columns)
    for column, dtype in head["dtypes"].items():
        if dtype == "object":
            frame[column] = frame[column].astype("object")
            frame[column] = frame[column].where(frame[column].notna(), None)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


def result_parts(result, store) -> "OrderedDict[str, List[Any]]":
    """Every part of a position made from ``result`` (a MonitoringResult) and the ``store`` it came from."""
    from .evidence_matching.figures import strength_counts
    from .review import review_counts

    parts: OrderedDict[str, List[Any]] = OrderedDict()
    for name in FRAMES:
        frame = getattr(result, name)
        if frame is not None:
            parts[name] = frame_rows(frame)
    supply = result.supply._asdict()
    supply["base_date"] = result.supply.base_date.isoformat()
    parts["supply"] = [{k: _cell(v) if not isinstance(v, list) else v for k, v in supply.items()}]
    test = result.delivery_test
    parts["delivery_test"] = [
        {
            "years": list(test.years),
            "required_by_year": [[y, v] for y, v in sorted(test.required_by_year.items())],
            "delivered_by_year": [[y, v] for y, v in sorted(test.delivered_by_year.items())],
            "required": test.required,
            "delivered": test.delivered,
            "pct": test.pct,
            "consequence": test.consequence,
        }
    ]
    parts["sites"] = [
        {k: _cell(v) if not isinstance(v, list) else v for k, v in s.items()} for s in result.sites
    ]
    parts["warnings"] = [str(w) for w in result.warnings]
    settings = store.plan_settings()
    parts["plan_settings"] = [[k, v] for k, v in sorted(settings.as_dict().items())]
    parts["plan_settings_stored"] = [[k, settings.is_stored(k)] for k, _v in parts["plan_settings"]]
    for part, (layer, fields) in SOURCES.items():
        wanted = [f for f in fields if store.layer(layer).fields().indexOf(f) >= 0]
        parts[part] = [{"columns": wanted}] + [
            [_cell(v) for v in row[2:]] for row in store.read_rows(layer, wanted, with_geometry=False)
        ]
    parts["review_counts"] = [[k, v] for k, v in review_counts(store).items()]
    parts["evidence_strengths"] = strength_counts(store)
    from .reports.context import read_rejects, rejects_files

    found = rejects_files(store.path)
    parts["rejects_files"] = [os.path.basename(p) for p in found]
    parts["rejected_rows"] = read_rejects(found)
    return parts


def source_records(parts: Dict[str, List[Any]], part: str) -> List[Dict[str, Any]]:
    """A source part's rows as dicts."""
    rows = parts.get(part) or [{"columns": []}]
    columns = rows[0]["columns"]
    return [dict(zip(columns, r)) for r in rows[1:]]


def plan_settings_of(parts: Dict[str, List[Any]]):
    """The plan settings in force at freezing, as the store's PlanSettings (every key stored)."""
    from .plan_settings import PlanSettings

    values = {k: v for k, v in parts["plan_settings"]}
    return PlanSettings(values, values.get("preset") or "jlp")


def read_result(parts: Dict[str, List[Any]], base_date: datetime.date):
    """The MonitoringResult a position froze, rebuilt from its parts."""
    from .monitoring.compute import MonitoringResult
    from .monitoring.five_year_supply import FiveYearSupply
    from .monitoring.hdt import Hdt
    from .monitoring.settings import read_settings

    frames = {name: rows_frame(parts[name]) for name in FRAMES if name in parts}
    supply_values = dict(parts["supply"][0])
    supply_values["base_date"] = datetime.date.fromisoformat(supply_values["base_date"])
    test = parts["delivery_test"][0]
    delivery_test = Hdt(
        years=list(test["years"]),
        required_by_year={int(y): v for y, v in test["required_by_year"]},
        delivered_by_year={int(y): v for y, v in test["delivered_by_year"]},
        required=test["required"],
        delivered=test["delivered"],
        pct=test["pct"],
        consequence=test["consequence"],
    )
    return MonitoringResult(
        base_date=base_date,
        settings=read_settings(plan_settings_of(parts)),
        supply=FiveYearSupply(**supply_values),
        delivery_test=delivery_test,
        warnings=list(parts.get("warnings") or []),
        sites=[dict(s) for s in parts.get("sites") or []],
        **frames,
    )


def content_lines(header: Dict[str, Any], rows: List[Tuple[str, int, str]]) -> List[str]:
    """What a position's hash is taken over: its header, then every stored row in order."""
    lines = [canonical(header)]
    lines.extend(
        "{}\t{}\t{}".format(part, row_no, text)
        for part, row_no, text in sorted(rows, key=lambda r: (r[0], r[1]))
    )
    return lines
