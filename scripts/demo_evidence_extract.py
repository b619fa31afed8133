"""Completion evidence extracts for the demo (issue 13), made from the demo data: the EPC domestic
bulk open-data CSV (its real headings), council-tax new properties and building-control completion
certificates, as messy as they arrive.

For a sample of recent permissions with a red line, new homes that the store does not record yet:
an EPC "new dwelling" for most (abbreviations, lower case, flats and lettered numbers), a council-tax
record for many (the same UPRN, capitals, a band, the UPRN's coordinates inside the red line), a
building-control certificate for some (half with the planning reference). Also: EPCs of completions
the store already records (confirmations), EPC lodgements for sales and lettings (skipped on import),
homes on streets no permission names (not in the store), and a few council-tax records carrying
another home's UPRN (wrong UPRNs). Deterministic (seed 2026).

Usage: python scripts/demo_evidence_extract.py --source DIR_WITH_demo_source.gpkg --out DIR
"""

import argparse
import csv
import os
import random
import sys

from osgeo import gdal, ogr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from evidence_files import (  # noqa: E402
    BUILDING_CONTROL_HEADINGS,
    COUNCIL_TAX_HEADINGS,
    EPC_HEADINGS,
    epc_row,
)

from jlp_monitor_plugin.core.evidence_matching import address as ad  # noqa: E402

gdal.UseExceptions()
NEW_STREETS = ["Kestrel Way", "Skylark Rise", "Heron Close", "Orchard Drive", "Linnet Lane", "Wren Road"]
TOWNS = {"PLY": "Plymouth", "SHA": "Ivybridge", "WDE": "Tavistock"}
SAMPLED = 45
ABBREVIATIONS = [(" Road", " Rd"), (" Street", " St"), (" Lane", " Ln"), (" Close", " Cl"), (" Drive", " Dr")]


def read(path, name):
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    out = []
    for feature in ds.GetLayerByName(name):
        row = {k: feature.GetField(k) for k in feature.keys()}
        geometry = feature.GetGeometryRef()
        row["_geometry"] = geometry.Clone() if geometry is not None else None
        out.append(row)
    return out


def point_inside(polygon, rng):
    envelope = polygon.GetEnvelope()
    for _ in range(50):
        x, y = rng.uniform(envelope[0], envelope[1]), rng.uniform(envelope[2], envelope[3])
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        if polygon.Contains(point):
            return x, y
    centre = polygon.PointOnSurface()
    return centre.GetX(), centre.GetY()


def messy(text, rng):
    for long, short in ABBREVIATIONS:
        if long in text and rng.random() < 0.5:
            text = text.replace(long, short)
    return text.lower() if rng.random() < 0.1 else text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(2026)
    source = os.path.join(args.source, "demo_source.gpkg")
    red_lines = {r["app_ref"]: r["_geometry"] for r in read(source, "permission_boundaries")}
    permissions = [
        p
        for p in read(source, "permissions")
        if p["app_ref"] in red_lines and (p["net_units"] or 0) > 0 and str(p["decision_date"] or "") >= "2019"
    ]
    permissions.sort(key=lambda p: p["app_ref"])
    sample = rng.sample(permissions, min(SAMPLED, len(permissions)))
    epc, ctax, bc = [], [], []
    homes = []  # (uprn, address, postcode, lpa, app_ref, x, y)
    serial = 0
    for number, permission in enumerate(sample):
        parsed = ad.parse(permission["address"])
        lpa = permission["lpa"] or "PLY"
        town = TOWNS.get(lpa, "Plymouth")
        street = parsed.street.title() if parsed.street else NEW_STREETS[number % len(NEW_STREETS)]
        postcode = "PL{} {}{}".format(20 + number % 9, number % 10, "AB" if number % 2 else "DE")
        for house in range(1, min(permission["net_units"], 8) + 1):
            serial += 1
            uprn = str(100090000000 + serial)
            text = "{} {}, {}".format(house * 2, street, town)
            if not parsed.street and parsed.names:  # a development named in the permission
                text = "{}, {}".format(min(parsed.names).title(), text)
            x, y = point_inside(red_lines[permission["app_ref"]], rng)
            homes.append((uprn, text, postcode, lpa, permission["app_ref"], x, y))
    # homes the store knows nothing about
    for n in range(15):
        serial += 1
        homes.append(
            (
                str(100090000000 + serial),
                "{} Nowhere Lane, Yealmpton".format(n + 1),
                "PL8 2ZZ",
                "SHA",
                None,
                None,
                None,
            )
        )
    for index, (uprn, text, postcode, lpa, app_ref, x, y) in enumerate(homes):
        date = "2024-{:02d}-{:02d}".format(4 + index % 9, 1 + index % 27)
        if rng.random() < 0.85:
            parts = [p.strip() for p in messy(text, rng).split(",")]
            while len(parts) < 3:
                parts.append("")
            epc.append(
                epc_row(
                    "{:032x}".format(rng.getrandbits(128)),
                    *parts[:3],
                    postcode,
                    uprn,
                    date,
                    "new dwelling",
                    lpa if lpa in ("PLY", "SHA", "WDE") else "PLY",
                )
            )
        if x is not None and rng.random() < 0.6:
            wrong = index % 37 == 5  # a UPRN typed from another home
            shown = homes[(index + 3) % len(homes)][0] if wrong else uprn
            ctax.append(
                [
                    "CT{:06d}".format(index),
                    text.upper(),
                    postcode,
                    shown,
                    rng.choice("ABBCCD"),
                    "{}/{}/{}".format(date[8:], date[5:7], date[:4]),
                    round(x, 1),
                    round(y, 1),
                ]
            )
        if app_ref and rng.random() < 0.3:
            reference = app_ref if rng.random() < 0.5 else ""
            bc.append(
                [
                    "BC/{}/{:05d}".format(date[:4], index),
                    "Plot {}, {}".format(index % 50 + 1, text),
                    postcode if rng.random() < 0.7 else "",
                    "",
                    reference,
                    date,
                ]
            )
    # EPCs of homes already recorded, and lodgements that are not new homes
    completions = [c for c in read(source, "completions") if c["uprn"]]
    for c in rng.sample(completions, min(40, len(completions))):
        epc.append(
            epc_row(
                "{:032x}".format(rng.getrandbits(128)),
                c["address"] or "",
                "",
                "",
                "",
                c["uprn"],
                "2023-05-02",
                "new dwelling",
            )
        )
    for n in range(30):
        kind = ["marketed sale", "rental (private)", "ECO assessment", "rental (social)"][n % 4]
        epc.append(
            epc_row(
                "{:032x}".format(rng.getrandbits(128)),
                "{} Old Town Street".format(n + 1),
                "Plymouth",
                "",
                "PL1 1AA",
                str(100020000000 + n),
                "2024-03-01",
                kind,
            )
        )
    epc.append(epc[3])  # the register's bulk file repeats a certificate now and then
    paths = {
        "epc_certificates.csv": (EPC_HEADINGS, epc),
        "council_tax_new_properties.csv": (COUNCIL_TAX_HEADINGS, ctax),
        "building_control_certificates.csv": (BUILDING_CONTROL_HEADINGS, bc),
    }
    for name, (headings, rows) in paths.items():
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(headings)
            writer.writerows(rows)
    print(
        "Completion evidence in {}: {:,} EPC rows, {:,} council-tax new properties, {:,} building-control "
        "certificates ({:,} homes on {} permissions, 15 not in the store)".format(
            args.out, len(epc), len(ctax), len(bc), len(homes), len(sample)
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
