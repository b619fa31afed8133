"""The demo store's attribution: its plan area is built from real ONS boundaries (Open Government Licence).

Usage: python scripts/demo_settings.py [--lhn-basis] STORE   (the plugin importable: PYTHONPATH=<folder
holding jlp_monitor_plugin>). Appends BOUNDARY_ATTRIBUTION to the store's ``map_copyright`` plan setting,
the line every report map prints (scripts/make_demo_project.py shows the same line in the demo
project), and sets the demo's local housing need figure (``lhn_annual``): the demo store is set to
``five_year_basis`` plan (the jlp preset's default is auto), so its figures stay on the plan
requirement and its statement says the plan is more than five years old; ``--lhn-basis`` sets
``five_year_basis`` to auto on the store given (demo.sh's copy), whose figures at 31 March 2025 are then
on the local housing need basis. Importing this module has no side effects and needs no QGIS.
"""

import sys

BOUNDARY_ATTRIBUTION = (
    "Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
    "Contains OS data © Crown copyright and database right."
)


# An illustrative figure for the demo (homes a year for the three councils), not a published one.
DEMO_LHN_ANNUAL = 1500


def set_demo_lhn(store, lhn_basis: bool = False) -> None:
    """The demo's local housing need figure and five-year basis: plan, or with ``lhn_basis`` auto (by the
    plan's age)."""
    values = {"lhn_annual": DEMO_LHN_ANNUAL, "five_year_basis": "auto" if lhn_basis else "plan"}
    store.write_plan_settings(values)


def add_boundary_attribution(store) -> str:
    """Appends the boundaries' attribution to the store's map_copyright (once); returns the new text."""
    current = store.plan_settings().get("map_copyright") or ""
    if BOUNDARY_ATTRIBUTION not in current:
        current = "{} {}".format(current, BOUNDARY_ATTRIBUTION).strip()
        store.write_plan_settings({"map_copyright": current})
    return current


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    lhn_basis = "--lhn-basis" in args
    args = [a for a in args if a != "--lhn-basis"]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from jlp_monitor_plugin.core.store import Store

        store = Store.open(args[0])
        if lhn_basis:
            set_demo_lhn(store, lhn_basis=True)
            print("five_year_basis: auto, lhn_annual: {}".format(DEMO_LHN_ANNUAL))
            return 0
        print("map_copyright: " + add_boundary_attribution(store))
        set_demo_lhn(store)
        print("lhn_annual: {}, five_year_basis: plan".format(DEMO_LHN_ANNUAL))
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
