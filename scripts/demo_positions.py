"""The demo's two published housing positions (issue 11), frozen as the monitoring year happened.

Usage: python scripts/demo_positions.py STORE   (the plugin importable: PYTHONPATH=<folder holding
jlp_monitor_plugin>; QGIS offscreen). On the tagged demo store:

1. the completions of the last LATE_DAYS days of 2023/24 are held back (the building-control
   notices arrived after the position was published) and the position at 31 March 2024 is frozen
   ("Housing Position Statement 2023/24, published");
2. the held-back completions arrive (late notifications, for a year the position already covered),
   and the officer trajectory of the site with the most deliverable homes in 2025/26 slips: half of
   its 2025/26 homes move to 2027/28 (a trajectory revision);
3. the position at 31 March 2025 is frozen ("Housing Position Statement 2024/25, published").

The report at 31 March 2025 then shows "Changes since the last position" with the supply bridge.
Prints what it did. Deterministic: the same store gives the same positions' figures.
"""

import datetime
import sys

LATE_DAYS = 14
FIRST = "Housing Position Statement 2023/24, published"
SECOND = "Housing Position Statement 2024/25, published"


def hold_back_late_completions(store):
    """Delete the completions dated in the last LATE_DAYS days of 2023/24; return them (features)."""
    from jlp_monitor_plugin.core import schema

    layer = store.layer(schema.COMPLETIONS)
    start = datetime.date(2024, 3, 31) - datetime.timedelta(days=LATE_DAYS - 1)
    late = []
    for feature in layer.getFeatures():
        day = feature["completion_date"]
        text = day.toString("yyyy-MM-dd") if hasattr(day, "toString") else str(day or "")
        if text and start.isoformat() <= text[:10] <= "2024-03-31":
            late.append(feature)
    if late and not layer.dataProvider().deleteFeatures([f.id() for f in late]):
        raise RuntimeError("Could not hold back the late completions of {}".format(store.path))
    return late


def revise_trajectory(store):
    """Half the 2025/26 homes of the site with the most deliverable officer homes then move to 2027/28."""
    from jlp_monitor_plugin.core import schema

    layer = store.layer(schema.TRAJECTORY)
    rows = [f for f in layer.getFeatures() if f["site_ref"] and f["monitoring_year"] == "2025/26"]
    rows = [f for f in rows if (f["deliverable"] or 0) == 1 and (f["source"] or "officer") == "officer"]
    if not rows:
        return None
    row = max(rows, key=lambda f: (int(f["units"] or 0), str(f["site_ref"])))
    site, units = row["site_ref"], int(row["units"])
    moved = units // 2
    units_index = layer.fields().indexOf("units")
    later = [f for f in layer.getFeatures() if f["site_ref"] == site and f["monitoring_year"] == "2027/28"]
    provider = layer.dataProvider()
    changes = {row.id(): {units_index: units - moved}}
    if later:
        changes[later[0].id()] = {units_index: int(later[0]["units"] or 0) + moved}
        provider.changeAttributeValues(changes)
    else:
        provider.changeAttributeValues(changes)
        from qgis.core import QgsFeature

        added = QgsFeature(layer.fields())
        for name in layer.fields().names():
            if name != "fid":
                added[name] = row[name]
        added["monitoring_year"] = "2027/28"
        added["units"] = moved
        provider.addFeatures([added])
    return site, units, moved


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from jlp_monitor_plugin.core import schema
    from jlp_monitor_plugin.core.positions import freeze_position
    from jlp_monitor_plugin.core.store import Store

    store = Store.open(args[0])
    late = hold_back_late_completions(store)
    first = freeze_position(
        store, "2024-03-31", FIRST, "Demo: published before {} late completions arrived.".format(len(late))
    )
    print("Froze {} ({} figure rows)".format(first.title, first.counts["figure_rows"]))
    if late:
        ok, error = store.add_features(schema.COMPLETIONS, late)
        if not ok:
            raise RuntimeError(error)
    print(
        "{} completions of 2023/24 notified late ({} homes)".format(
            len(late), sum(int(f["units"] or 0) for f in late)
        )
    )
    revised = revise_trajectory(store)
    if revised:
        print("Trajectory revised: site {} 2025/26 {} → {} homes ({} moved to 2027/28)".format(
            revised[0], revised[1], revised[1] - revised[2], revised[2]))  # fmt: skip
    second = freeze_position(store, "2025-03-31", SECOND)
    print("Froze {} ({} figure rows)".format(second.title, second.counts["figure_rows"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
