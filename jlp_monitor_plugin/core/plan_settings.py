"""Plan settings: the keys of SPEC.md's plan_settings table and the presets they fall back to."""

import copy
import json
from typing import Any, Dict, Iterable, Tuple

JLP_PRESET: Dict[str, Any] = {
    "plan_name": "Plymouth and South West Devon Joint Local Plan",
    "plan_start": "2014-04-01",
    "plan_end": "2034-03-31",
    "lpas": [
        {"code": "PLY", "name": "Plymouth City Council", "gss": "E06000026"},
        {"code": "SHA", "name": "South Hams District Council", "gss": "E07000044"},
        {"code": "WDE", "name": "West Devon Borough Council", "gss": "E07000047"},
    ],
    "policy_areas": [
        {"code": "PPA", "name": "Plymouth Policy Area"},
        {"code": "TTV", "name": "Thriving Towns and Villages Policy Area"},
    ],
    "requirements": {
        "PLAN": {"total": 26700, "affordable": 6600},
        "PPA": {"total": 19000, "affordable": 4550},
        "TTV": {"total": 7700, "affordable": 2050},
        "PLY": {"total": 13200, "affordable": None},
        "SHA": {"total": 10300, "affordable": None},
        "WDE": {"total": 3200, "affordable": None},
    },
    "stepped_requirement": None,
    "lhn_annual": None,
    "five_year_basis": "plan",
    "shortfall_method": "sedgefield",
    "buffer_pct": "auto",
    "windfall_allowance_per_year": 0,
    "windfall_years": [4, 5],
    "lapse_rate_pct": 10,
    "small_site_threshold": 5,
    "trajectory_defaults": True,
    # Default build-out (core/monitoring/trajectory.py): a site of at least "medium" (or "large")
    # homes is medium (large); lead-in years before its first completion, then homes a year.
    "trajectory_size_thresholds": {"medium": 50, "large": 500},
    "trajectory_lead_in_years": {"small": 1, "medium": 2, "large": 3},
    "trajectory_build_out_rates": {"small": 25, "medium": 50, "large": 100},
    "overlap_threshold": 0.5,
    "minor_overlap": 0.1,
    "near_distance": 50,
    "default_expiry_years": 3,
    # NPPF Annex 2 (core/monitoring/annex2.py): deliverability evidence counts when dated within this
    # many months before the base date.
    "evidence_max_age_months": 12,
    # Reports (core/reports): each council's logo, {lpa code: image path}; a relative path is read
    # from the store's folder. The copyright line printed on every report map.
    "report_logos": {},
    "map_copyright": "Contains public sector information licensed under the Open Government Licence v3.0.",
}

PRESETS: Dict[str, Dict[str, Any]] = {"jlp": JLP_PRESET}


def preset(name: str) -> Dict[str, Any]:
    """A copy of a named preset; raises KeyError with the known names when it does not exist."""
    try:
        return copy.deepcopy(PRESETS[name])
    except KeyError:
        raise KeyError(
            "Unknown plan settings preset '{}'; known presets: {}".format(name, ", ".join(sorted(PRESETS)))
        ) from None


class PlanSettings:
    """Stored plan settings over a preset: a key absent from the store takes the preset's value."""

    def __init__(self, stored: Dict[str, Any], preset_name: str = "jlp"):
        self._stored = dict(stored)
        self._preset = preset(preset_name)

    def __getitem__(self, key: str) -> Any:
        if key in self._stored:
            return copy.deepcopy(self._stored[key])
        if key in self._preset:
            return copy.deepcopy(self._preset[key])
        raise KeyError("No plan setting '{}'".format(key))

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def is_stored(self, key: str) -> bool:
        return key in self._stored

    def as_dict(self) -> Dict[str, Any]:
        merged = copy.deepcopy(self._preset)
        merged.update(copy.deepcopy(self._stored))
        return merged

    def lpa_name(self, code: str) -> str:
        for lpa in self["lpas"]:
            if lpa.get("code") == code:
                return lpa.get("name") or code
        return code


def encode_rows(values: Dict[str, Any]) -> Iterable[Tuple[str, str]]:
    """(key, JSON text) rows for the plan_settings table, in a stable order."""
    for key in sorted(values):
        yield key, json.dumps(values[key], sort_keys=True)


def decode_value(key: str, text: Any) -> Any:
    """A stored JSON value; a value that is not JSON is kept as the plain text it is."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text
