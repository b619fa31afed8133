"""The demo store's attribution: its plan area is built from real ONS boundaries (Open Government Licence).

Usage: python scripts/demo_settings.py STORE   (the plugin importable: PYTHONPATH=<folder holding
jlp_monitor_plugin>). Appends BOUNDARY_ATTRIBUTION to the store's ``map_copyright`` plan setting, the
line every report map prints; scripts/make_demo_project.py shows the same line in the demo project.
Importing this module has no side effects and needs no QGIS.
"""

import sys

BOUNDARY_ATTRIBUTION = (
    "Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
    "Contains OS data © Crown copyright and database right."
)


def add_boundary_attribution(store) -> str:
    """Appends the boundaries' attribution to the store's map_copyright (once); returns the new text."""
    current = store.plan_settings().get("map_copyright") or ""
    if BOUNDARY_ATTRIBUTION not in current:
        current = "{} {}".format(current, BOUNDARY_ATTRIBUTION).strip()
        store.write_plan_settings({"map_copyright": current})
    return current


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from jlp_monitor_plugin.core.store import Store

        print("map_copyright: " + add_boundary_attribution(Store.open(args[0])))
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
