"""Plan definition files: a whole plan's settings in one JSON file, checked with plain messages.

A plan definition is a JSON object (UTF-8) whose keys are the store's plan settings (SPEC.md's
``plan_settings``) plus three of its own: ``jlp_monitor_plan`` (the format version, 1), ``plan_id``
(a short name: letters, digits, ``_`` and ``-``) and ``description`` (free text: where the figures come
from). ``docs/plan_file.md`` documents every key; ``KEYS`` below is the schema the file is checked
against. Required: ``plan_id``, ``plan_name``, ``plan_start``, ``plan_end``, ``lpas``, ``requirements``
(with ``PLAN``); every other key takes the default shown in the documentation when left out.

JSON, not YAML: PyYAML is not part of every QGIS installation, and a plan file must open on any.
The plugin ships its presets as such files (``jlp_monitor_plugin/plans/*.json``); ``jlp`` is one.
"""

import datetime
import difflib
import json
import os
import re
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple

from . import plan_settings as ps
from .translation import tr

PLAN = "PLAN"
FORMAT_KEY = "jlp_monitor_plan"
FORMAT_VERSION = 1
META_KEYS = (FORMAT_KEY, "plan_id", "description")
REQUIRED = ("plan_id", "plan_name", "plan_start", "plan_end", "lpas", "requirements")
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
GSS = re.compile(r"^[EWSN]\d{8}$")
PLANS_FOLDER = os.path.join(os.path.dirname(os.path.dirname(__file__)), "plans")


class PlanFileError(ValueError):
    """A plan definition that cannot be used; ``problems`` lists every reason, one a line."""

    def __init__(self, source: str, problems: List[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__(
            tr("The plan definition {} cannot be used:\n{}").format(
                source, "\n".join("- " + p for p in self.problems)
            )
        )


class Checked(NamedTuple):
    values: Dict[str, Any]  # every plan setting (defaults filled in), plus "preset" = plan_id
    warnings: List[str]


# -- checking one value ---------------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _date(value: Any) -> Optional[datetime.date]:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        return None


def _text(key, value):
    if not isinstance(value, str) or not value.strip():
        return tr("'{}' must be a text, e.g. \"{}\".").format(key, "Anytown Local Plan")
    return None


def _plan_id(key, value):
    if not isinstance(value, str) or not CODE.match(value):
        return tr("'{}' is {}: use letters, digits, _ and - only (e.g. \"anytown\").").format(
            key, json.dumps(value)
        )
    return None


def _a_date(key, value):
    if _date(value) is None:
        return tr("'{}' is {}: it must be a date written YYYY-MM-DD.").format(key, json.dumps(value))
    return None


def _date_or_null(key, value):
    return None if value is None else _a_date(key, value)


def _number(key, value):
    if not _is_number(value) or value < 0:
        return tr("'{}' is {}: it must be a number, 0 or more.").format(key, json.dumps(value))
    return None


def _number_or_null(key, value):
    return None if value is None else _number(key, value)


def _number_or_auto(key, value):
    return None if value == "auto" else _number(key, value)


def _bool(key, value):
    if not isinstance(value, bool):
        return tr("'{}' is {}: it must be true or false.").format(key, json.dumps(value))
    return None


def _choice(*options: str) -> Callable:
    def check(key, value):
        if value not in options:
            return tr("'{}' is {}: use one of {}.").format(key, json.dumps(value), ", ".join(options))
        return None

    return check


def _years(key, value):
    if not isinstance(value, list) or any(not isinstance(y, int) or not 1 <= y <= 5 for y in value):
        return tr("'{}' is {}: it must be a list of years 1 to 5, e.g. [4, 5].").format(
            key, json.dumps(value)
        )
    return None


def _sizes(*sizes: str) -> Callable:
    def check(key, value):
        if not isinstance(value, dict) or sorted(value) != sorted(sizes):
            return tr("'{}' must give exactly {}, e.g. {}.").format(
                key, ", ".join(sizes), json.dumps({s: 10 * (i + 1) for i, s in enumerate(sizes)})
            )
        for size in sizes:
            if _number(key, value[size]):
                return tr("'{}': {} is {}; it must be a number, 0 or more.").format(
                    key, size, json.dumps(value[size])
                )
        return None

    return check


def _logos(key, value):
    if not isinstance(value, dict) or any(not isinstance(v, str) for v in value.values()):
        return tr("'{}' must map LPA codes to image files, e.g. {}.").format(key, '{"ABC": "logos/abc.png"}')
    return None


def _code_list(with_gss: bool) -> Callable:
    def check(key, value):
        if not isinstance(value, list):
            return tr('\'{}\' must be a list of {{"code": …, "name": …}}.').format(key)
        problems = []
        seen = set()
        for number, item in enumerate(value, start=1):
            where = tr("'{}', item {}").format(key, number)
            if not isinstance(item, dict):
                problems.append(tr('{}: must be {{"code": …, "name": …}}.').format(where))
                continue
            allowed = {"code", "name", "gss"} if with_gss else {"code", "name"}
            for extra in sorted(set(item) - allowed):
                problems.append(
                    tr("{}: unknown key '{}' (known: {}).").format(where, extra, ", ".join(sorted(allowed)))
                )
            code = item.get("code")
            if not isinstance(code, str) or not CODE.match(code) or code.upper() == PLAN:
                problems.append(
                    tr("{}: 'code' is {}: use letters, digits, _ and - (not PLAN), e.g. \"ABC\".").format(
                        where, json.dumps(code)
                    )
                )
            elif code in seen:
                problems.append(tr("{}: the code {} is given twice.").format(where, code))
            seen.add(code)
            if not isinstance(item.get("name"), str) or not item.get("name", "").strip():
                problems.append(tr("{}: 'name' is missing.").format(where))
            gss = item.get("gss")
            if with_gss and gss not in (None, "") and (not isinstance(gss, str) or not GSS.match(gss)):
                problems.append(
                    tr("{}: 'gss' is {}: an ONS/GSS code is a letter and 8 digits, e.g. E07000044.").format(
                        where, json.dumps(gss)
                    )
                )
        return "\n".join(problems) or None

    return check


def _requirements(key, value):
    if not isinstance(value, dict):
        return tr('\'{}\' must map area codes to {{"total": …, "affordable": …}}.').format(key)
    problems = []
    for area, item in value.items():
        if not isinstance(item, dict) or set(item) - {"total", "affordable"}:
            problems.append(
                tr('\'{}\', {}: must be {{"total": homes, "affordable": homes or null}}.').format(key, area)
            )
            continue
        for part in ("total", "affordable"):
            if item.get(part) is not None and _number(part, item[part]):
                problems.append(
                    tr("'{}', {}: '{}' is {}; it must be a number of homes or null.").format(
                        key, area, part, json.dumps(item[part])
                    )
                )
    return "\n".join(problems) or None


def _stepped(key, value):
    if value is None:
        return None
    if not isinstance(value, dict):
        return tr("'{}' must be null or map area codes to {{\"2024/25\": homes, …}}.").format(key)
    problems = []
    for area, years in value.items():
        if not isinstance(years, dict):
            problems.append(tr("'{}', {}: must map monitoring years to homes.").format(key, area))
            continue
        for year, homes in years.items():
            if not re.match(r"^\d{4}/\d{2}$", str(year)) or (int(year[:4]) + 1) % 100 != int(year[5:]):
                problems.append(
                    tr("'{}', {}: '{}' is not a monitoring year such as 2024/25.").format(key, area, year)
                )
            elif _number(key, homes):
                problems.append(
                    tr("'{}', {}, {}: {} is not a number of homes.").format(
                        key, area, year, json.dumps(homes)
                    )
                )
    return "\n".join(problems) or None


class Key(NamedTuple):
    check: Callable[[str, Any], Optional[str]]
    default: Any


_JLP = ps.JLP_PRESET
# The schema: every key a plan definition may hold, its check and its default when left out.
KEYS: Dict[str, Key] = {
    "plan_id": Key(_plan_id, None),
    "description": Key(lambda k, v: None if isinstance(v, str) else _text(k, v), ""),
    "plan_name": Key(_text, None),
    "plan_start": Key(_a_date, None),
    "plan_end": Key(_a_date, None),
    "plan_adopted": Key(_date_or_null, None),
    "plan_review_date": Key(_date_or_null, None),
    "lpas": Key(_code_list(True), None),
    "policy_areas": Key(_code_list(False), []),
    "requirements": Key(_requirements, None),
    "stepped_requirement": Key(_stepped, None),
    "lhn_annual": Key(_number_or_null, None),
    "five_year_basis": Key(_choice("auto", "plan", "lhn"), "auto"),
    "shortfall_method": Key(_choice("sedgefield", "liverpool"), _JLP["shortfall_method"]),
    "buffer_pct": Key(_number_or_auto, _JLP["buffer_pct"]),
    "windfall_allowance_per_year": Key(_number, 0),
    "windfall_years": Key(_years, _JLP["windfall_years"]),
    "lapse_rate_pct": Key(_number, _JLP["lapse_rate_pct"]),
    "small_site_threshold": Key(_number, _JLP["small_site_threshold"]),
    "trajectory_defaults": Key(_bool, _JLP["trajectory_defaults"]),
    "trajectory_size_thresholds": Key(_sizes("medium", "large"), _JLP["trajectory_size_thresholds"]),
    "trajectory_lead_in_years": Key(_sizes("small", "medium", "large"), _JLP["trajectory_lead_in_years"]),
    "trajectory_build_out_rates": Key(_sizes("small", "medium", "large"), _JLP["trajectory_build_out_rates"]),
    "overlap_threshold": Key(_number, _JLP["overlap_threshold"]),
    "minor_overlap": Key(_number, _JLP["minor_overlap"]),
    "near_distance": Key(_number, _JLP["near_distance"]),
    "default_expiry_years": Key(_number, _JLP["default_expiry_years"]),
    "evidence_max_age_months": Key(_number, _JLP["evidence_max_age_months"]),
    "report_logos": Key(_logos, {}),
    "map_copyright": Key(_text, _JLP["map_copyright"]),
}


def _suggest(key: str) -> str:
    close = difflib.get_close_matches(key, list(KEYS) + [FORMAT_KEY], n=1)
    return tr(" (did you mean '{}'?)").format(close[0]) if close else ""


def check_definition(data: Any, source: str = "") -> Checked:
    """The plan settings of a definition (a dict read from JSON), every problem found at once.

    Raises PlanFileError naming each key and why; returns the settings, defaults filled in, with
    warnings (e.g. a five-year basis that will need a local housing need figure)."""
    source = source or tr("(plan definition)")
    if not isinstance(data, dict):
        raise PlanFileError(
            source, [tr("the file must hold one JSON object {{…}}, not {}.").format(type(data).__name__)]
        )
    problems: List[str] = []
    version = data.get(FORMAT_KEY, FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.append(
            tr("'{}' is {}: this version of JLP Monitor reads version {}.").format(
                FORMAT_KEY, json.dumps(version), FORMAT_VERSION
            )
        )
    for key in data:
        if key not in KEYS and key != FORMAT_KEY and not key.startswith("$"):
            problems.append(tr("unknown key '{}'{}.").format(key, _suggest(key)))
    for key in REQUIRED:
        if key not in data or data[key] is None:
            problems.append(tr("'{}' is missing; it is required.").format(key))
    values: Dict[str, Any] = {}
    for key, spec in KEYS.items():
        if key in data and not (data[key] is None and key in REQUIRED):
            problem = spec.check(key, data[key])
            if problem:
                problems.extend(problem.split("\n"))
            values[key] = data[key]
        elif spec.default is not None or key not in REQUIRED:
            values[key] = json.loads(json.dumps(spec.default))
    if not problems:
        problems.extend(_cross_checks(values))
    if problems:
        raise PlanFileError(source, problems)
    warnings = []
    if values["five_year_basis"] in ("auto", "lhn") and values.get("lhn_annual") is None:
        warnings.append(
            tr(
                "'five_year_basis' is {} and 'lhn_annual' is not set: figures at a base date five years "
                "or more after the plan's adoption (or review) are refused until the local housing need "
                "figure is entered."
            ).format(values["five_year_basis"])
        )
    settings = {k: v for k, v in values.items() if k not in ("plan_id", "description")}
    settings["preset"] = values["plan_id"]
    return Checked(settings, warnings)


def _cross_checks(values: Dict[str, Any]) -> List[str]:
    problems = []
    start, end = _date(values["plan_start"]), _date(values["plan_end"])
    if end <= start:
        problems.append(tr("'plan_end' ({}) must come after 'plan_start' ({}).").format(end, start))
    lpas = [item["code"] for item in values["lpas"]]
    if not lpas:
        problems.append(tr("'lpas' is empty: a plan has at least one local planning authority."))
    areas = [item["code"] for item in values["policy_areas"]]
    for code in set(lpas) & set(areas):
        problems.append(tr("the code {} is both an LPA and a policy area; codes must differ.").format(code))
    known = {"PLAN"} | set(lpas) | set(areas)
    requirements = values["requirements"]
    if "PLAN" not in requirements or (requirements.get("PLAN") or {}).get("total") is None:
        problems.append(tr("'requirements' has no PLAN total: the whole plan's requirement is required."))
    for area in requirements:
        if area not in known:
            problems.append(
                tr("'requirements' gives {}, which is not PLAN, an LPA or a policy area ({}).").format(
                    area, ", ".join(sorted(known))
                )
            )
    for area in values.get("stepped_requirement") or {}:
        if area not in known:
            problems.append(
                tr("'stepped_requirement' gives {}, which is not PLAN, an LPA or a policy area.").format(area)
            )
    if values["five_year_basis"] == "lhn" and values.get("lhn_annual") is None:
        problems.append(
            tr("'five_year_basis' is lhn but 'lhn_annual' is not set: give the local housing need a year.")
        )
    for key in ("plan_adopted", "plan_review_date"):
        day = _date(values.get(key))
        if day is not None and day > end:
            problems.append(tr("'{}' ({}) is after the end of the plan period ({}).").format(key, day, end))
    for code in values["report_logos"]:
        if code not in lpas:
            problems.append(
                tr("'report_logos' gives {}, which is not one of the LPAs ({}).").format(
                    code, ", ".join(lpas)
                )
            )
    return problems


# -- files -------------------------------------------------------------------------------------------------


def read_definition(path: str) -> Checked:
    """A plan definition file read and checked; PlanFileError says what is wrong with which key."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise PlanFileError(path, [tr("it cannot be read: {}.").format(exc.strerror or exc)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(path, [tr("it is not UTF-8 text; save it as UTF-8 JSON.")]) from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise PlanFileError(
            path,
            [
                tr("it is not valid JSON (line {}, column {}): {}.").format(
                    line, getattr(exc, "colno", "?"), getattr(exc, "msg", exc)
                )
            ],
        ) from None
    return check_definition(data, path)


def definition_of(settings: Dict[str, Any], description: str = "") -> Dict[str, Any]:
    """A plan definition (to save and share) from a store's plan settings."""
    out: Dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION, "plan_id": settings.get("preset") or "plan"}
    if description:
        out["description"] = description
    for key in KEYS:
        if key in settings and key not in META_KEYS:
            out[key] = settings[key]
    return out


def write_definition(data: Dict[str, Any], path: str) -> None:
    """Save a definition as UTF-8 JSON (checked first: a file that would not load is not written)."""
    check_definition(data, path)
    part = path + ".part"
    with open(part, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(part, path)


def shipped_plans() -> Dict[str, str]:
    """The plan definitions shipped with the plugin, {plan_id: path}."""
    out = {}
    for name in sorted(os.listdir(PLANS_FOLDER)):
        if name.endswith(".json"):
            out[os.path.splitext(name)[0]] = os.path.join(PLANS_FOLDER, name)
    return out


def settings_for(preset_or_path: str) -> Tuple[Dict[str, Any], List[str]]:
    """The plan settings of a shipped plan (by its id, e.g. ``jlp``) or of a definition file."""
    shipped = shipped_plans()
    if preset_or_path in shipped:
        checked = read_definition(shipped[preset_or_path])
    elif os.path.exists(preset_or_path) or preset_or_path.lower().endswith(".json"):
        checked = read_definition(preset_or_path)
    else:
        raise PlanFileError(
            preset_or_path,
            [
                tr("no such file, and not one of the plans shipped with the plugin ({}).").format(
                    ", ".join(shipped)
                )
            ],
        )
    return checked.values, checked.warnings
