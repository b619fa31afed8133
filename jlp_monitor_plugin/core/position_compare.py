"""What changed between a frozen position and a later one, or the live store at a base date (issue 11).

``compare_positions(store, "2024-03-31-1", "2025-03-31-1")`` (or ``to_text=None, to_base_date=...``
for the live store) gives a ``Comparison``: the change lists as report tables —

- ``permission_changes``: new permissions, permissions lapsed, superseded or gone, units changed,
  re-tagged (with who, when and why from ``tag_audit``);
- ``completion_changes``: completions in the monitoring year(s) since, completions added for years the
  earlier position covered (notified late), removed, re-tagged or with changed units;
- ``site_changes``: sites whose capacity, permitted, completed homes or flags changed;
- ``trajectory_changes``: by site or permission and monitoring year, homes and deliverable homes;
- ``settings_changes``: the plan settings changed;
- ``supply_bridge``: the five-year supply bridge (``core.supply_bridge``).

``write_comparison`` writes each as CSV and XLSX.
"""

import os
from collections import OrderedDict
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import schema
from .position_content import canonical
from .positions import load_position
from .reports.tables import Column, Table, decimal, homes
from .supply_bridge import NOT_GRANTED, Bridge, supply_bridge
from .translation import tr


class Side(NamedTuple):
    title: str  # the position's title, or "the store at <date>"
    result: Any  # MonitoringResult
    settings: Dict[str, Any]
    frozen_at: Optional[str]  # None: the live store
    position_id: Optional[str]


class Comparison(NamedTuple):
    earlier: Side
    later: Side
    tables: "OrderedDict[str, Table]"
    bridge: Optional[Bridge]
    messages: List[str]


def position_side(store, text: str) -> Side:
    frozen = load_position(store, text)
    p = frozen.position
    settings = {k: v for k, v in frozen.parts["plan_settings"]}
    return Side(p.title, frozen.result(), settings, p.frozen_at, p.position_id)


def live_side(store, base_date=None) -> Side:
    from .monitoring import compute_monitoring

    result = compute_monitoring(store, base_date)
    title = tr("the store at {}").format(result.base_date.isoformat())
    return Side(title, result, store.plan_settings().as_dict(), None, None)


def _by(frame, key: str) -> Dict[str, Dict[str, Any]]:
    return {r[key]: r for r in frame.to_dict("records")} if len(frame) else {}


def _int(value) -> Optional[int]:
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


def _audit(store) -> Dict[Tuple[str, str], List[Dict[str, Any]]]:
    rows: Dict[Tuple[str, str], List[Dict[str, Any]]] = {}
    fields = ["layer", "feature_key", "old_site_ref", "new_site_ref", "reason", "user", "at"]
    for row in store.read_rows(schema.TAG_AUDIT, fields, with_geometry=False):
        record = dict(zip(fields, row[2:]))
        rows.setdefault((record["layer"], record["feature_key"]), []).append(record)
    return rows


def _why(audit, layer: str, key: str, site_ref) -> Dict[str, Any]:
    """Who, when and why of the last audit row that gave the feature its present tag."""
    for record in reversed(audit.get((layer, key), [])):
        if (record["new_site_ref"] or None) == (site_ref or None):
            return {"who": record["user"], "when": record["at"], "why": record["reason"]}
    return {"who": None, "when": None, "why": None}


def permission_changes(a, b, audit) -> List[Dict[str, Any]]:
    # A permission decided after a base date is in the figures as "not granted": not there yet.
    before = {k: r for k, r in _by(a.permissions, "app_ref").items() if r["status"] != NOT_GRANTED}
    after = {k: r for k, r in _by(b.permissions, "app_ref").items() if r["status"] != NOT_GRANTED}
    out = []
    for ref in sorted(set(before) | set(after)):
        old, new = before.get(ref), after.get(ref)
        changes = []
        if old is None:
            changes.append(tr("new"))
        elif new is None:
            changes.append(tr("removed from the store"))
        else:
            ended = {"lapsed": tr("lapsed"), "superseded": tr("superseded")}
            if old["status"] != new["status"] and new["status"] in ended:
                changes.append(ended[new["status"]])
            elif old["status"] != new["status"]:
                changes.append(tr("now {}").format(new["status"]))
            if _int(old["counted_units"]) != _int(new["counted_units"]):
                changes.append(tr("units changed"))
            if (old["site_ref"] or None) != (new["site_ref"] or None):
                changes.append(tr("re-tagged"))
        if not changes:
            continue
        units_from = _int((old or {}).get("counted_units"))
        units_to = _int((new or {}).get("counted_units"))
        row = {
            "app_ref": ref,
            "change": ", ".join(changes),
            "site_ref_from": (old or {}).get("site_ref"),
            "site_ref_to": (new or {}).get("site_ref"),
            "status_from": (old or {}).get("status"),
            "status_to": (new or {}).get("status"),
            "units_from": units_from,
            "units_to": units_to,
            "units_change": (units_to or 0) - (units_from or 0),
        }
        retagged = old is not None and new is not None and row["site_ref_from"] != row["site_ref_to"]
        row.update(
            _why(audit if retagged else {}, schema.PERMISSIONS, ref, row["site_ref_to"])
        )  # re-tags only
        out.append(row)
    return out


def completion_changes(a, b, audit) -> List[Dict[str, Any]]:
    before, after = _by(a.completions, "completion_id"), _by(b.completions, "completion_id")
    covered = a.base_year
    out = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        changes = []
        if old is None:
            changes.append(tr("notified late") if int(new["year"]) <= covered else tr("in the year"))
        elif new is None:
            changes.append(tr("removed"))
        else:
            if int(old["units"]) != int(new["units"]):
                changes.append(tr("units changed"))
            if (old["site_ref"] or None) != (new["site_ref"] or None):
                changes.append(tr("re-tagged"))
        if not changes:
            continue
        any_row = new or old
        units_from = None if old is None else int(old["units"])
        units_to = None if new is None else int(new["units"])
        row = {
            "completion_id": key,
            "app_ref": any_row["app_ref"],
            "monitoring_year": any_row["monitoring_year"],
            "change": ", ".join(changes),
            "site_ref_from": (old or {}).get("site_ref"),
            "site_ref_to": (new or {}).get("site_ref"),
            "units_from": units_from,
            "units_to": units_to,
            "units_change": (units_to or 0) - (units_from or 0),
        }
        retagged = old is not None and new is not None and row["site_ref_from"] != row["site_ref_to"]
        row.update(
            _why(audit if retagged else {}, schema.COMPLETIONS, key, row["site_ref_to"])
        )  # re-tags only
        out.append(row)
    return out


SITE_FIGURES = ["capacity", "permitted", "completed", "under_construction", "not_started", "remaining"]


def site_changes(a, b) -> List[Dict[str, Any]]:
    before, after = _by(a.site_progress, "site_ref"), _by(b.site_progress, "site_ref")
    out = []
    for ref in sorted(set(before) | set(after)):
        old, new = before.get(ref) or {}, after.get(ref) or {}
        row = {"site_ref": ref, "site_name": new.get("site_name") or old.get("site_name")}
        changed = False
        for name in SITE_FIGURES:
            row[name + "_from"], row[name + "_to"] = _int(old.get(name)), _int(new.get(name))
            changed |= row[name + "_from"] != row[name + "_to"]
        row["flags_from"], row["flags_to"] = old.get("flags") or "", new.get("flags") or ""
        if changed or row["flags_from"] != row["flags_to"]:
            out.append(row)
    return out


def _trajectory(result) -> Dict[Tuple[str, str, str], List[int]]:
    out: Dict[Tuple[str, str, str], List[int]] = {}
    frame = result.trajectory
    for site, app, year, units, flag in zip(
        frame["site_ref"], frame["app_ref"], frame["monitoring_year"], frame["units"], frame["deliverable"]
    ):
        entry = out.setdefault((site or "", app or "", year), [0, 0])
        entry[0] += int(units)
        entry[1] += int(units) if flag == 1 else 0
    return out


def trajectory_changes(a, b) -> List[Dict[str, Any]]:
    before, after = _trajectory(a), _trajectory(b)
    out = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, [0, 0]), after.get(key, [0, 0])
        if old == new:
            continue
        out.append(
            {
                "site_ref": key[0] or None,
                "app_ref": key[1] or None,
                "monitoring_year": key[2],
                "units_from": old[0],
                "units_to": new[0],
                "units_change": new[0] - old[0],
                "deliverable_from": old[1],
                "deliverable_to": new[1],
                "deliverable_change": new[1] - old[1],
            }
        )
    return out


def settings_changes(a: Dict[str, Any], b: Dict[str, Any]) -> List[Dict[str, Any]]:
    out = []
    for key in sorted(set(a) | set(b)):
        old, new = a.get(key), b.get(key)
        if canonical(old) != canonical(new):
            out.append({"key": key, "from": canonical(old), "to": canonical(new)})
    return out


def _columns(keys: List[Tuple[str, str, bool]]) -> List[Column]:
    return [Column(k, heading, homes if numeric else _plain, numeric) for k, heading, numeric in keys]


def _plain(value) -> str:
    return "" if value is None else str(value)


def _homes_or_blank(value) -> str:
    return "" if value is None else decimal(value, 1)


def _tables(lists: Dict[str, List[Dict[str, Any]]], bridge: Optional[Bridge]) -> "OrderedDict[str, Table]":
    def col(key, heading, numeric=False):
        return (key, heading, numeric)

    units = [col("units_from", tr("Homes before"), True), col("units_to", tr("Homes now"), True)]
    units.append(col("units_change", tr("Change"), True))
    why = [col("who", tr("Who")), col("when", tr("When")), col("why", tr("Why"))]
    sites = [col("site_ref_from", tr("Site before")), col("site_ref_to", tr("Site now"))]
    status = [col("status_from", tr("Status before")), col("status_to", tr("Status now"))]
    site_figures = [col("site_ref", tr("Site")), col("site_name", tr("Name"))]
    for name in SITE_FIGURES:
        words = name.replace("_", " ")
        site_figures.append(col(name + "_from", tr("{} before").format(words), True))
        site_figures.append(col(name + "_to", tr("{} now").format(words), True))
    site_figures += [col("flags_from", tr("Flags before")), col("flags_to", tr("Flags now"))]
    deliverable = [
        col("deliverable_from", tr("Deliverable before"), True),
        col("deliverable_to", tr("Deliverable now"), True),
        col("deliverable_change", tr("Deliverable change"), True),
    ]
    specs = [
        (
            "permission_changes",
            tr("Permissions: new, lapsed, superseded, changed"),
            [col("app_ref", tr("Application")), col("change", tr("Change"))] + sites + status + units + why,
        ),
        (
            "completion_changes",
            tr("Completions: in the year, notified late, removed, re-tagged"),
            [col("completion_id", tr("Completion")), col("app_ref", tr("Application"))]
            + [col("monitoring_year", tr("Year")), col("change", tr("Change"))]
            + sites
            + units
            + why,
        ),
        ("site_changes", tr("Allocated sites whose figures changed"), site_figures),
        (
            "trajectory_changes",
            tr("Trajectory changes by site or permission and year"),
            [
                col("site_ref", tr("Site")),
                col("app_ref", tr("Application")),
                col("monitoring_year", tr("Year")),
            ]
            + units
            + deliverable,
        ),
        (
            "settings_changes",
            tr("Plan settings changed"),
            [col("key", tr("Setting")), col("from", tr("Before")), col("to", tr("Now"))],
        ),
    ]
    tables: OrderedDict[str, Table] = OrderedDict()
    for name, title, keys in specs:
        tables[name] = Table(name, title, _columns(keys), lists[name])
    if bridge is not None:
        tables["supply_bridge"] = Table(
            "supply_bridge",
            tr("Five-year supply bridge: what moved the years of supply"),
            [
                Column("component", tr("Component")),
                Column("years", tr("Years"), lambda v: decimal(v, 2), True),
                Column("supply_homes", tr("Supply (homes)"), _homes_or_blank, True),
                Column("requirement_homes", tr("Five-year requirement (homes)"), _homes_or_blank, True),
                Column("exact_years", tr("Years, unrounded"), _six_places, True),
            ],
            bridge.rows(),
        )
    return tables


def _six_places(value) -> str:
    return "" if value is None else "{:.6f}".format(value)


def compare_sides(store, earlier: Side, later: Side) -> Comparison:
    a, b = earlier.result, later.result
    messages = []
    if b.base_date < a.base_date:
        messages.append(
            tr("The later figures are at an earlier base date ({} before {}).").format(
                b.base_date, a.base_date
            )
        )
    audit = _audit(store)
    lists = {
        "permission_changes": permission_changes(a, b, audit),
        "completion_changes": completion_changes(a, b, audit),
        "site_changes": site_changes(a, b),
        "trajectory_changes": trajectory_changes(a, b),
        "settings_changes": settings_changes(earlier.settings, later.settings),
    }
    try:
        bridge = supply_bridge(a, b)
    except ValueError as exc:
        bridge = None
        messages.append(str(exc))
    return Comparison(earlier, later, _tables(lists, bridge), bridge, messages)


def compare_positions(store, from_text: str, to_text: Optional[str] = None, to_base_date=None) -> Comparison:
    """FROM a frozen position TO a later one, or (``to_text`` empty) the live store at ``to_base_date``."""
    earlier = position_side(store, from_text)
    later = position_side(store, to_text) if to_text else live_side(store, to_base_date)
    return compare_sides(store, earlier, later)


def write_comparison(
    comparison: Comparison, folder: str, store=None, parameter: str = "OUTPUT_FOLDER"
) -> Dict[str, List[str]]:
    """Each change list as ``<name>.csv`` and ``<name>.xlsx`` in ``folder``: {name: [csv, xlsx]}.
    Refused (OSError, nothing written) when a file would be ``store``'s."""
    from .output_guard import OutputRefused, Protected
    from .reports.sheet_writers import write_csvs, write_xlsx
    from .reports.writers import MissingDependencyError

    names = [n + ext for n in comparison.tables for ext in (".csv", ".xlsx")]
    try:
        Protected(store).check_folder(folder, parameter, names)
    except OutputRefused as exc:
        raise OSError(str(exc)) from None
    os.makedirs(folder, exist_ok=True)
    out: Dict[str, List[str]] = {}
    for name, table in comparison.tables.items():
        paths = write_csvs([table], folder)
        try:
            paths.append(write_xlsx([table], os.path.join(folder, name + ".xlsx")))
        except MissingDependencyError as exc:
            comparison.messages.append(str(exc))
        out[name] = paths
    return out
