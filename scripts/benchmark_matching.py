"""Completion-evidence matching speed and memory (issue 13): 200,000 EPC rows against 20,000
permissions with their red lines, through the plugin's matching engine (core/evidence_matching).

The permissions are "Land off <street>, <town>" and "<number> <street>" schemes with a red line each
(60 m squares on a grid); a quarter list UPRNs. The EPC rows are homes on those streets (abbreviated,
flats, lettered numbers, lower case), a tenth of them with a UPRN a permission lists, a third with a
point (the UPRN's coordinates) in or near a red line, a fifth on streets no permission names (homes not
in the store), and every tenth repeats an earlier dwelling from a second source (merged).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/benchmark_matching.py [--permissions 20000]
       [--records 200000] [--seed 13]
Prints the time of each step, the peak memory (the process's resident set) and the
candidates by strength. Pure Python, no fuzzy-matching library.
"""

import argparse
import os
import random
import resource
import sys
import time

from qgis.core import QgsApplication, QgsGeometry, QgsRectangle

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
QgsApplication.setPrefixPath("/usr", True)

STREETS = (
    "High Mill Church Station Park Victoria Kestrel Meadow Quarry Orchard Fore Market Harbour Vicarage "
    "School Chapel Castle Bridge Manor Green"
).split()
TYPES = [
    ("Street", "St"),
    ("Road", "Rd"),
    ("Lane", "Ln"),
    ("Close", "Cl"),
    ("Avenue", "Ave"),
    ("Drive", "Dr"),
]
TOWNS = ["Plymouth", "Plympton", "Ivybridge", "Totnes", "Tavistock", "Okehampton", "Kingsbridge", "Dartmouth"]
LPAS = ["PLY", "SHA", "WDE"]
PITCH = 100.0
SIZE = 60.0


def make_permissions(count, rng):
    from jlp_monitor_plugin.core.evidence_matching.engine import Permission

    permissions, shapes, streets = [], {}, []
    columns = int(count**0.5) + 1
    for i in range(count):
        name, kind = STREETS[i % len(STREETS)], TYPES[(i // len(STREETS)) % len(TYPES)]
        street = "{} {} {}".format(name, i // (len(STREETS) * len(TYPES)), kind[0])  # unique street names
        town, lpa = TOWNS[i % len(TOWNS)], LPAS[i % len(LPAS)]
        address = (
            "Land off {}, {}".format(street, town) if i % 3 else "{} {}, {}".format(2 + i % 40, street, town)
        )
        uprns = tuple(str(300000000000 + i * 10 + k) for k in range(3)) if i % 4 == 0 else ()
        app_ref = "{:02d}/{:05d}/FUL".format(15 + i % 10, i)
        permissions.append(Permission(app_ref, lpa, address, 1 + i % 30, uprns))
        x, y = 220000 + (i % columns) * PITCH, 40000 + (i // columns) * PITCH
        shapes[app_ref] = QgsGeometry.fromRect(QgsRectangle(x, y, x + SIZE, y + SIZE))
        streets.append((street, kind, town, lpa, i % 3 == 0, 2 + i % 40, (x, y), uprns))
    return permissions, shapes, streets


def make_records(count, streets, rng):
    from jlp_monitor_plugin.core.evidence_matching.engine import Record

    records = []
    for n in range(count):
        if n % 10 == 9 and records:  # the same dwelling from a second source
            twin = records[rng.randrange(len(records))]
            records.append(twin._replace(source="council_tax", evidence_id="CT{}".format(n), band="C"))
            continue
        street, kind, town, lpa, numbered, number, (x, y), uprns = streets[rng.randrange(len(streets))]
        if n % 5 == 4:  # a home on a street no permission names
            street, uprns, x, y = "Nowhere {}".format(n % 997), (), x + 5000, y + 5000
        shown = street.replace(kind[0], kind[1]) if n % 2 else street
        house = number if numbered else 1 + n % 80
        flat = "Flat {}, ".format(1 + n % 6) if n % 7 == 0 else ""
        letter = "a" if n % 11 == 0 else ""
        address = "{}{}{} {}, {}".format(flat, house, letter, shown, town)
        if n % 13 == 0:
            address = address.lower()
        uprn = uprns[n % len(uprns)] if uprns and n % 10 == 0 else str(400000000000 + n)
        point = (
            (x + rng.uniform(-20, SIZE + 20), y + rng.uniform(-20, SIZE + 20)) if n % 3 == 0 else (None, None)
        )
        postcode = "PL{} {}AB".format(1 + n % 9, n % 10)
        records.append(
            Record("epc", "E{}".format(n), uprn, address, postcode, None, lpa, None, "2024-06-01", *point)
        )
    return records


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--permissions", type=int, default=20000)
    parser.add_argument("--records", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    from jlp_monitor_plugin.core.evidence_matching.engine import Matcher, counts_by_strength
    from jlp_monitor_plugin.core.evidence_matching.spatial import RedLines

    rng = random.Random(args.seed)
    permissions, shapes, streets = make_permissions(args.permissions, rng)
    records = make_records(args.records, streets, rng)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    started = time.perf_counter()
    red_lines = RedLines(shapes, 50.0)
    matcher = Matcher(permissions, (), red_lines.locate)
    indexed = time.perf_counter()
    candidates = matcher.run(records)
    done = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    rules = {}
    for c in candidates:
        rules[c.rule or "none"] = rules.get(c.rule or "none", 0) + 1
    print("{:,} EPC rows against {:,} permissions (with red lines)".format(len(records), len(permissions)))
    print("  index permissions and red lines: {:.1f} s".format(indexed - started))
    print(
        "  match and merge:                 {:.1f} s ({:,.0f} rows/s)".format(
            done - indexed, len(records) / (done - indexed)
        )
    )
    print("  total:                           {:.1f} s".format(done - started))
    print(
        "  peak memory: {:,.0f} MB resident ({:,.0f} MB with the inputs made, before matching)".format(
            rss, before
        )
    )
    print(
        "  candidates: {:,} ({})".format(
            len(candidates),
            ", ".join("{} {:,}".format(k, v) for k, v in counts_by_strength(candidates).items()),
        )
    )
    print(
        "  first rule that matched: {}".format(
            ", ".join("{} {:,}".format(k, v) for k, v in sorted(rules.items()))
        )
    )
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
