"""Plan settings: the keys of SPEC.md's plan_settings table and the presets they fall back to."""

import copy
import json
import os
from typing import Any, Dict, Iterable, Tuple

_PLANS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "plans")
# Keys of a plan definition file that are not plan settings (core/plan_definition.py).
_FILE_ONLY = ("jlp_monitor_plan", "plan_id", "description")


def _shipped(name: str) -> Dict[str, Any]:
    """A plan definition shipped with the plugin (plans/NAME.json), as plan settings."""
    with open(os.path.join(_PLANS, name + ".json"), encoding="utf-8") as handle:
        return {k: v for k, v in json.load(handle).items() if k not in _FILE_ONLY}


# The Plymouth and South West Devon Joint Local Plan (plans/jlp.json, DOMAIN.md section 1).
JLP_PRESET: Dict[str, Any] = _shipped("jlp")

PRESETS: Dict[str, Dict[str, Any]] = {"jlp": JLP_PRESET}
# What a store made from another plan's definition falls back to for a key it lacks: the settings
# that are not the JLP's own (a plan definition's defaults).
PLAN_OWN_KEYS = ("plan_name", "plan_start", "plan_end", "lpas", "policy_areas", "requirements")
GENERIC: Dict[str, Any] = {k: v for k, v in JLP_PRESET.items() if k not in PLAN_OWN_KEYS}
GENERIC.update(
    plan_adopted=None,
    plan_review_date=None,
    stepped_requirement=None,
    lhn_annual=None,
    five_year_basis="auto",
    report_logos={},
)


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
        self._preset = preset(preset_name) if preset_name in PRESETS else copy.deepcopy(GENERIC)

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
