"""Prints what a monitoring store holds: rows per layer, allocations, completions by monitoring year.

Usage: python scripts/describe_store.py STORE.gpkg (the plugin package importable on PYTHONPATH).
"""

import sys
from collections import Counter

from qgis.core import QgsApplication

QgsApplication.setPrefixPath("/usr", True)


def main(path):
    app = QgsApplication([], False)
    app.initQgis()
    from jlp_monitor_plugin.core.monitoring_year import monitoring_year
    from jlp_monitor_plugin.core.store import Store

    store = Store.open(path)
    print("store: {}".format(store.path))
    for name, count in store.counts().items():
        print("   {:<22} {:>7,} rows".format(name, count))
    allocations = store.rows("allocations", ["lpa", "homes_capacity"])
    by_lpa = Counter()
    for row in allocations:
        by_lpa[row["lpa"]] += row["homes_capacity"] or 0
    print(
        "   allocation capacity by LPA: "
        + ", ".join("{} {:,}".format(k, v) for k, v in sorted(by_lpa.items()))
    )
    years = Counter()
    for row in store.rows("completions", ["completion_date", "monitoring_year", "units"]):
        year = monitoring_year(row["completion_date"]) if row["completion_date"] else row["monitoring_year"]
        years[year] += row["units"] or 0
    print(
        "   net completions by monitoring year: "
        + ", ".join("{} {:,}".format(k, v) for k, v in sorted(years.items()))
    )
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1])
