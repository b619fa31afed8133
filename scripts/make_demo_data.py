"""Writes the JLP Monitor demo data: two GeoPackages following the monitoring data standard.

Usage: /usr/bin/python3 scripts/make_demo_data.py --out DIR [--seed 2014]

DIR/demo_source.gpkg holds allocations, areas, permissions, permission_boundaries, completions,
starts and trajectory in EPSG:27700; DIR/demo_source_wgs84.gpkg holds a further small extract of
permissions and completions in EPSG:4326, as data arriving from another system.

The plan area is real: the three councils' 2011 wards (ONS, Open Government Licence; copies in
scripts/demo_data/jlp-boundaries/) dissolved into the LPAs outside Dartmoor National Park, with
Plymouth and its South Hams fringe wards as the Plymouth Policy Area. The allocation references,
names and capacities of the real JLP sites are the plan's (DOMAIN.md section 1) and each site lies in
the wards of its real town or neighbourhood; everything else - the sites' outlines, the invented
sites, permissions, completions, starts and trajectory - is synthetic. Windfall falls in every ward
by a population proxy. The data deliberately contains the mess of real monitoring data
(red lines straddling two sites, near misses, invalid rings, orphan and unlocated completions) so
the plugin's tagging and review queue have work to do. Not for publication.

The script plays "another tool" writing the standard: it uses only the standard library and GDAL's
Python bindings (no QGIS), and is deterministic: the same seed gives the same rows and geometries.
"""

import argparse
import math
import os
import random
import sys
from datetime import date, timedelta
from typing import Dict, List, Optional, Tuple

from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from jlp_monitor_plugin.core import schema  # noqa: E402

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
# GeoPackage stamps gpkg_contents.last_change with the clock unless told otherwise.
gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-04-01T00:00:00.000Z")

DESCRIPTION = (
    "JLP Monitor demo data: real council boundaries (ONS, OGL v3.0; contains OS data (c) Crown copyright and "
    "database right), real JLP site references and capacities, SYNTHETIC site geometry and synthetic "
    "permissions/completions - not for publication"
)
MAIN_FILE = "demo_source.gpkg"
WGS84_FILE = "demo_source_wgs84.gpkg"
MAIN_LAYERS = [
    schema.ALLOCATIONS,
    schema.AREAS,
    schema.PERMISSIONS,
    schema.PERMISSION_BOUNDARIES,
    schema.COMPLETIONS,
    schema.STARTS,
    schema.TRAJECTORY,
]

FIELD_TYPES = {
    schema.TEXT: ogr.OFTString,
    schema.INTEGER: ogr.OFTInteger,
    schema.REAL: ogr.OFTReal,
    schema.DATE: ogr.OFTDate,
}
GEOMETRY_TYPES = {schema.POINT: ogr.wkbPoint, schema.MULTIPOLYGON: ogr.wkbMultiPolygon, None: ogr.wkbNone}

FIRST_DECISION = date(2012, 1, 1)
BASE_DATE = date(2025, 3, 31)
MONITORING_YEARS = list(range(2014, 2025))  # 2014/15 .. 2024/25, by the year they start
YEAR_TARGET_RANGE = (1280, 1540)  # net completions a year
FIXED_YEAR_TARGETS = {2018: 1388}  # DOMAIN.md: plan-area net completions in 2018/19
PPA_SHARE_RANGE = (0.68, 0.72)
TRAJECTORY_YEARS = ["2025/26", "2026/27", "2027/28", "2028/29", "2029/30"]

SITE_GAP = 60.0  # metres kept between allocations (the plugin's near_distance is 50)
AREA_MARGIN = 100.0  # metres kept between an allocation or a windfall scheme and its area's edge
DWELLINGS_PER_HECTARE = 35  # an allocation's size: its homes at this density
# The council and National Park outlines are generalised differently and disagree by metres where they
# run together: the Park is grown by PARK_SNAP before it is cut out, so no thin slivers are left along
# it, and the bits the cut leaves beside the Park under MIN_PART_M2 are dropped (islands are kept).
PARK_SNAP = 20.0
MIN_PART_M2 = 1e6

# The real boundaries (scripts/demo_data/jlp-boundaries/README.md): ONS Census Merged Wards 2011 of the
# three councils and Dartmoor National Park, WGS84 GeoJSON, Open Government Licence v3.0.
BOUNDARIES = os.path.join(ROOT, "scripts", "demo_data", "jlp-boundaries")
COUNCIL_FILES = {"PLY": "E06000026.geojson", "SHA": "E07000044.geojson", "WDE": "E07000047.geojson"}
NATIONAL_PARK_FILE = "dartmoor-national-park-dec2021.geojson"
# WGS84 to British National Grid by one fixed operation (EPSG:1314's Helmert, about 2 m), so the
# boundaries - and every site placed inside them - are the same whichever grids PROJ has installed.
WGS84_TO_BNG = (
    "+proj=pipeline +step +proj=axisswap +order=2,1 +step +proj=unitconvert +xy_in=deg +xy_out=rad "
    "+step +proj=push +v_3 +step +proj=cart +ellps=WGS84 +step +inv +proj=helmert +x=446.448 "
    "+y=-125.157 +z=542.06 +rx=0.15 +ry=0.247 +rz=0.842 +s=-20.489 +convention=position_vector "
    "+step +inv +proj=cart +ellps=airy +step +proj=pop +v_3 +step +proj=tmerc +lat_0=49 +lon_0=-2 "
    "+k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy"
)
# The Plymouth Policy Area is Plymouth and its South Hams fringe: the three South Hams wards next to
# the city that hold Woolwell (Bickleigh and Shaugh), Langage (Cornwood and Sparkwell) and Sherford
# (Wembury and Brixton). The rest of South Hams and all of West Devon are Thriving Towns and Villages.
PPA_FRINGE_WARDS = ("Bickleigh and Shaugh", "Cornwood and Sparkwell", "Wembury and Brixton")

# fmt: off
# Where the allocations go: real places (EPSG:27700, to a few hundred metres) and the 2011 wards
# holding them; a site lies inside its place's wards (outside the National Park, AREA_MARGIN from
# its area's edge) and as near the point as room allows.
# key: (address town, x, y, spread m, wards, street names)
SITE_PLACES = {
    "millbay": ("Plymouth", 247000, 54050, 400, ("St Peter and the Waterfront",), "plymouth"),
    "city_centre": ("Plymouth", 247700, 54500, 450, ("St Peter and the Waterfront",), "plymouth"),
    "stonehouse": ("Plymouth", 246400, 54150, 400, ("St Peter and the Waterfront",), "plymouth"),
    "sutton_harbour": ("Plymouth", 248400, 54650, 400,
                       ("St Peter and the Waterfront", "Sutton and Mount Gould"), "plymouth"),
    "devonport": ("Plymouth", 245200, 54600, 500, ("Devonport",), "plymouth"),
    "keyham": ("Plymouth", 246000, 56200, 500, ("Stoke",), "plymouth"),
    "cattedown": ("Plymouth", 249400, 54100, 500, ("Sutton and Mount Gould",), "plymouth"),
    "mount_batten": ("Plymstock, Plymouth", 248800, 53000, 500, ("Plymstock Radford",), "plymstock"),
    "seaton": ("Plymouth", 249300, 59200, 600, ("Moor View", "Budshead"), "derriford"),
    "derriford": ("Plymouth", 249800, 59800, 600, ("Moor View",), "derriford"),
    "leigham": ("Plymouth", 251000, 58500, 600, ("Moor View",), "derriford"),
    "estover": ("Plymouth", 251600, 59600, 500, ("Moor View",), "derriford"),
    "ernesettle": ("Plymouth", 244900, 59600, 600, ("Honicknowle",), "st_budeaux"),
    "st_budeaux": ("Plymouth", 245300, 58300, 700, ("St Budeaux",), "st_budeaux"),
    "whitleigh": ("Plymouth", 247400, 60300, 600, ("Budshead",), "whitleigh"),
    "southway": ("Plymouth", 248500, 61300, 600, ("Southway",), "whitleigh"),
    "plympton": ("Plympton, Plymouth", 254000, 57000, 900, ("Plympton St Mary", "Plympton Erle"), "plympton"),
    "chaddlewood": ("Plympton, Plymouth", 255600, 56300, 500, ("Plympton Chaddlewood",), "plympton"),
    "woolwell": ("Woolwell", 252000, 61900, 600, ("Bickleigh and Shaugh",), "woolwell"),
    "sherford": ("Sherford", 254300, 53000, 600, ("Wembury and Brixton",), "sherford"),
    "langage": ("Langage", 257000, 55300, 600, ("Cornwood and Sparkwell",), "langage"),
    "ivybridge": ("Ivybridge", 263400, 56300, 600, ("Ivybridge Central", "Ivybridge Woodlands"), "ivybridge"),
    "filham": ("Ivybridge", 264200, 56100, 500, ("Ivybridge Filham",), "ivybridge"),
    "totnes": ("Totnes", 280300, 60400, 700, ("Totnes Town", "Totnes Bridgetown"), "totnes"),
    "dartington": ("Dartington", 278500, 62400, 700, ("Dartington",), "dartington"),
    "dartmouth": ("Dartmouth", 287000, 51400, 700, ("Dartmouth Townstal", "Dartmouth and Kingswear"),
                  "dartmouth"),
    "kingsbridge": ("Kingsbridge", 273600, 44500, 700,
                    ("Kingsbridge East", "Kingsbridge North", "Westville and Alvington"), "kingsbridge"),
    "tavistock": ("Tavistock", 248200, 73900, 900,
                  ("Tavistock North", "Tavistock South", "Tavistock South West"), "tavistock"),
    "lamerton": ("Lamerton", 244800, 77000, 500, ("Tamarside",), "village"),
    "okehampton": ("Okehampton", 259300, 95300, 900, ("Okehampton East", "Okehampton West"), "okehampton"),
    "okehampton_east": ("Okehampton", 260200, 95400, 600, ("Okehampton East", "Lew Valley"), "okehampton"),
    "bere_alston": ("Bere Alston", 244600, 66700, 600, ("Bere Ferrers",), "bere_alston"),
}

# Windfall falls in every ward outside the National Park, by a population proxy: a Plymouth ward
# holds about three times a town ward's people and five times a rural ward's (shrunk by the share
# of the ward inside the Park). ward: (address town, street names); Plymouth's wards by name below.
PLYMOUTH_WARD_STREETS = {
    "plymouth": ("St Peter and the Waterfront", "Stoke", "Devonport", "Drake", "Sutton and Mount Gould",
                 "Compton", "Peverell", "Efford and Lipson"),
    "plymstock": ("Plymstock Dunstone", "Plymstock Radford"),
    "derriford": ("Moor View", "Eggbuckland"),
    "st_budeaux": ("St Budeaux", "Ham", "Honicknowle"),
    "whitleigh": ("Budshead", "Southway"),
    "plympton": ("Plympton St Mary", "Plympton Erle", "Plympton Chaddlewood"),
}
WARD_TOWNS = {
    # South Hams
    "Allington and Loddiswell": ("Loddiswell", "village"), "Avon and Harbourne": ("Harbertonford", "village"),
    "Bickleigh and Shaugh": ("Roborough", "village"), "Charterlands": ("Modbury", "village"),
    "Cornwood and Sparkwell": ("Lee Mill", "village"), "Dartington": ("Dartington", "dartington"),
    "Dartmouth Townstal": ("Dartmouth", "dartmouth"), "Dartmouth and Kingswear": ("Dartmouth", "dartmouth"),
    "East Dart": ("Stoke Gabriel", "village"), "Eastmoor": ("Buckfastleigh", "village"),
    "Erme Valley": ("Ermington", "village"), "Ivybridge Central": ("Ivybridge", "ivybridge"),
    "Ivybridge Filham": ("Ivybridge", "ivybridge"), "Ivybridge Woodlands": ("Ivybridge", "ivybridge"),
    "Kingsbridge East": ("Kingsbridge", "kingsbridge"), "Kingsbridge North": ("Kingsbridge", "kingsbridge"),
    "Marldon": ("Marldon", "village"), "Newton and Noss": ("Newton Ferrers", "village"),
    "Salcombe and Malborough": ("Salcombe", "village"), "Saltstone": ("Frogmore", "village"),
    "Skerries": ("Blackawton", "village"), "South Brent": ("South Brent", "village"),
    "Stokenham": ("Stokenham", "village"), "Thurlestone": ("Thurlestone", "village"),
    "Totnes Bridgetown": ("Totnes", "totnes"), "Totnes Town": ("Totnes", "totnes"),
    "Wembury and Brixton": ("Brixton", "village"), "West Dart": ("Dittisham", "village"),
    "Westville and Alvington": ("West Alvington", "village"), "Yealmpton": ("Yealmpton", "village"),
    # West Devon
    "Bere Ferrers": ("Bere Alston", "bere_alston"), "Bridestowe": ("Bridestowe", "village"),
    "Buckland Monachorum": ("Yelverton", "village"), "Burrator": ("Meavy", "village"),
    "Chagford": ("Chagford", "village"), "Drewsteignton": ("Drewsteignton", "village"),
    "Exbourne": ("Exbourne", "village"), "Hatherleigh": ("Hatherleigh", "village"),
    "Lew Valley": ("Northlew", "village"), "Lydford": ("Brentor", "village"),
    "Mary Tavy": ("Mary Tavy", "village"), "Milton Ford": ("Milton Abbot", "village"),
    "North Tawton": ("North Tawton", "village"), "Okehampton East": ("Okehampton", "okehampton"),
    "Okehampton West": ("Okehampton", "okehampton"), "South Tawton": ("Sticklepath", "village"),
    "Tamarside": ("Gulworthy", "village"), "Tavistock North": ("Tavistock", "tavistock"),
    "Tavistock South": ("Tavistock", "tavistock"), "Tavistock South West": ("Tavistock", "tavistock"),
    "Thrushel": ("Lifton", "village"), "Walkham": ("Horrabridge", "village"),
}
WARD_WEIGHTS = {"city": 12.0, "town": 4.0, "rural": 2.5}  # people, roughly, in thousands

# Allocation sites: (site_ref, site_name, place, homes_capacity, employment_sqm, real JLP site).
# Real sites carry DOMAIN.md's references, names and capacities; the others are invented to make
# up a plan-sized set.
SITES = [
    ("PLY29", "Millbay", "millbay", 742, None, True),
    ("PLY6.1", "Colin Campbell Court", "city_centre", 300, None, False),
    ("PLY6.2", "Bretonside", "city_centre", 180, None, False),
    ("PLY6.3", "Civic Centre, Armada Way", "city_centre", 200, None, False),
    ("PLY21", "Stonehouse Barracks", "stonehouse", 300, None, False),
    ("PLY22", "Devonport Market Hall", "devonport", 60, None, False),
    ("PLY23", "South Yard, Devonport", "devonport", 220, 6000, False),
    ("PLY34", "Cattedown Wharves", "cattedown", 300, 4000, False),
    ("PLY35", "Sutton Harbour North", "sutton_harbour", 160, None, False),
    ("PLY36", "Mount Batten Peninsula", "mount_batten", 90, None, False),
    ("PLY37", "Former Ballard Centre, Stonehouse", "stonehouse", 55, None, False),
    ("PLY38", "Land at Prince Rock", "cattedown", 220, None, False),
    ("PLY39", "Tothill Road, St Judes", "cattedown", 65, None, False),
    ("PLY40", "Seaton Neighbourhood", "seaton", 933, 8000, True),
    ("PLY41", "Derriford Commercial Centre", "derriford", 600, 15000, False),
    ("PLY42", "Seaton Local Centre", "seaton", 40, 1500, False),
    ("PLY43", "Forder Valley Link, Leigham", "leigham", 350, None, False),
    ("PLY45", "Land at Estover Close", "estover", 70, None, False),
    ("PLY58.1", "Former Ernesettle Community School", "ernesettle", 60, None, False),
    ("PLY58.2", "Land at Ernesettle Lane", "ernesettle", 85, None, False),
    ("PLY58.3", "Coombe Way & Kings Tamerton Road", "st_budeaux", 40, None, True),
    ("PLY58.4", "Tamar Valley School, Barne Barton", "st_budeaux", 44, None, True),
    ("PLY58.5", "Weston Mill Drive", "st_budeaux", 35, None, False),
    ("PLY58.9", "Former Gas Works, St Levan Road", "keyham", 57, None, True),
    ("PLY59.1", "Former Woodlands School, Whitleigh", "whitleigh", 72, None, True),
    ("PLY59.2", "Land at Tamerton Foliot Road", "whitleigh", 150, None, False),
    ("PLY59.3", "Southway Drive", "southway", 50, None, False),
    ("PLY59.4", "Former Lancaster Gardens Depot", "whitleigh", 38, None, False),
    ("PLY60.1", "Redwood Drive, Chaddlewood", "chaddlewood", 190, None, True),
    ("PLY60.2", "Land at Newnham Road", "plympton", 120, None, False),
    ("PLY60.3", "Former Plympton Hospital", "plympton", 54, None, True),
    ("PLY60.4", "Colebrook Road", "plympton", 45, None, False),
    ("PLY60.5", "Land at Stoggy Lane", "plympton", 250, None, False),
    ("PLY60.6", "Land north of Ridgeway", "plympton", 80, None, False),
    ("PLY60.8", "Errill Retail Park", "plympton", 60, None, True),
    ("PLY44", "Land at Woolwell", "woolwell", 2000, None, True),
    ("PLY48", "Sherford New Community", "sherford", 5500, 40000, True),
    ("PLY49", "Langage Strategic Employment Site", "langage", 0, 51000, False),
    ("TTV7", "Land at Filham, Ivybridge", "filham", 200, None, True),
    ("TTV8", "Former Stowford Paper Mill, Ivybridge", "ivybridge", 90, None, False),
    ("TTV9", "Land at Godwell Lane, Ivybridge", "filham", 180, None, False),
    ("TTV10", "Land at Townstal, Dartmouth", "dartmouth", 220, None, False),
    ("TTV11", "Former Britannia Garage, Dartmouth", "dartmouth", 30, None, False),
    ("TTV12", "Land at West Alvington Hill, Kingsbridge", "kingsbridge", 250, None, False),
    ("TTV13", "Garden Mill Industrial Estate, Kingsbridge", "kingsbridge", 45, None, False),
    ("TTV14", "East of Okehampton", "okehampton_east", 775, None, True),
    ("TTV15", "Land at Plymouth Road, Tavistock", "tavistock", 450, None, False),
    ("TTV16", "Callington Road, Tavistock", "tavistock", 600, None, True),
    ("TTV17", "Exeter Road, Okehampton", "okehampton", 0, 35000, True),
    ("TTV18", "Butcher Park Hill, Tavistock", "tavistock", 110, None, False),
    ("TTV19", "Land at Crediton Road, Okehampton", "okehampton", 250, None, False),
    ("TTV20", "Land at Ashburton Road, Totnes", "totnes", 95, None, False),
    ("TTV21", "Baltic Wharf, Totnes", "totnes", 190, None, True),
    ("TTV22", "Former Dairy Crest Site, Totnes", "totnes", 220, None, False),
    ("TTV24.1", "Woolacombe Road, Bere Alston", "bere_alston", 30, None, True),
    ("TTV24.2", "Land at Station Road, Bere Alston", "bere_alston", 25, None, False),
    ("TTV24.3", "Land at Lamerton Cross, Lamerton", "lamerton", 28, None, False),
    ("TTV24.4", "Land at Belle Cross Road, Kingsbridge", "kingsbridge", 35, None, False),
    ("TTV24.5", "Broom Park, Dartington", "dartington", 80, None, True),
    ("TTV24.6", "Meadowbrook, Dartington", "dartington", 35, None, False),
]
# Pairs placed a road's width apart, so a red line can straddle both (the partial_overlap and
# multiple_sites cases of the tagging rules).
ADJACENT_PAIRS = [("PLY6.1", "PLY6.2"), ("PLY60.2", "PLY60.5"), ("TTV15", "TTV18"), ("PLY58.1", "PLY58.2")]
# The one deliberate overlap: a local centre inside its neighbourhood (the smallest-area rule).
OVERLAPPING_SITE = ("PLY42", "PLY40")
SELF_INTERSECTING_SITE = "PLY59.4"
BROWNFIELD_WORDS = ("Former", "Wharf", "Barracks", "Retail", "Gas Works", "Depot", "Millbay", "Mill",
                    "Civic", "Court", "Yard", "Market", "Industrial", "Bretonside", "Garage", "Centre")

STREETS = {
    "plymouth": ["Mayflower Street", "Union Street", "North Road East", "Mutley Plain", "Alexandra Road",
                 "Embankment Road", "Durnford Street", "Notte Street", "Lipson Road", "Beaumont Road",
                 "Albert Road", "Cobourg Street", "Stoke Road", "Lisson Grove", "Grenville Road",
                 "Vauxhall Street", "Looe Street", "Furzehill Road", "Mannamead Road", "Pound Street"],
    "plymstock": ["Dean Cross Road", "Church Road", "Billacombe Road", "Stentaway Road", "Radford Park Road",
                  "Pomphlett Road", "Elburton Road", "Staddon Lane"],
    "derriford": ["Derriford Road", "Crownhill Road", "Budshead Road", "Tavistock Road", "Plymbridge Lane",
                  "Morlaix Drive", "Eggbuckland Road", "Widey Lane"],
    "st_budeaux": ["Wolseley Road", "Victoria Road", "Kings Tamerton Road", "Ernesettle Lane",
                   "Normandy Way", "Barne Road", "Camels Head Road"],
    "whitleigh": ["Whitleigh Way", "Tamerton Foliot Road", "Southway Drive", "Lancaster Gardens",
                  "Rowan Close", "Chaucer Way"],
    "plympton": ["Ridgeway", "Station Road", "Glen Road", "Longcause", "Chaddlewood Close", "Newnham Road",
                 "Colebrook Road", "Underwood Road", "Moorland Road"],
    "woolwell": ["Woolwell Road", "Woolwell Crescent", "Bickleigh Down Road", "Pick Pie Drive"],
    "sherford": ["Sherford Road", "Hercules Road", "Main Street", "Brixton Road"],
    "langage": ["Lee Mill Road", "Holland Road", "Langage Road"],
    "ivybridge": ["Fore Street", "Exeter Road", "Western Road", "Cole Lane", "Rutt Lane", "Godwell Lane",
                  "Blachford Road", "Harford Road"],
    "totnes": ["Fore Street", "High Street", "Bridgetown", "Ashburton Road", "Plymouth Road", "Station Road",
               "Maudlin Road", "Weston Lane"],
    "dartington": ["Shinners Bridge", "Dartington Lane", "Totnes Road", "Warren Lane", "Meadowbrook"],
    "tavistock": ["West Street", "Plymouth Road", "Callington Road", "Bannawell Street", "Whitchurch Road",
                  "Dolvin Road", "Glanville Road"],
    "okehampton": ["Fore Street", "Exeter Road", "Crediton Road", "Station Road", "Mill Road", "Kempley Road",
                   "North Street"],
    "bere_alston": ["Fore Street", "Station Road", "Woolacombe Road", "Cornwall Street", "Bedford Street"],
    "dartmouth": ["Victoria Road", "Townstal Road", "Clarence Hill", "Church Road", "College Way",
                  "Mount Boone"],
    "kingsbridge": ["Fore Street", "Embankment Road", "West Alvington Hill", "Church Street",
                    "Belle Cross Road", "Wallingford Road"],
    "village": ["Fore Street", "Church Lane", "Mill Lane", "School Road", "Chapel Street", "The Green",
                "Station Road", "Vicarage Road"],
}

# Reference suffixes: Plymouth `19/01234/FUL`; South Hams and West Devon (one shared service)
# `4185/19/OPA`.
PLY_SUFFIX = {"full": "FUL", "outline": "OUT", "reserved_matters": "REM", "pip": "PIP",
              "technical_details": "TDC", "prior_approval": "PRIOR", "s73_variation": "S73", "other": "LDCE"}
SWD_SUFFIX = {"full": "FUL", "outline": "OPA", "reserved_matters": "ARM", "pip": "PIP",
              "technical_details": "TDC", "prior_approval": "PDM", "s73_variation": "VAR", "other": "CLE"}
# fmt: on
DELIVERING_TYPES = ("full", "reserved_matters", "prior_approval", "technical_details", "other")

TENURES_AFFORDABLE = ["social_rent", "affordable_rent", "shared_ownership"]
COMPLETION_SOURCES = [
    ("building_control", "BC", 60),
    ("council_tax", "CT", 22),
    ("site_visit", "SV", 8),
    ("developer", "DV", 8),
    ("other", "OT", 2),
]
SOURCE_WEIGHTS = [weight for _, _, weight in COMPLETION_SOURCES]
TRAJECTORY_EVIDENCE = [
    "Developer confirmed build programme, Feb 2025",
    "Reserved matters approved; site under construction (site visit, Mar 2025)",
    "Agent questionnaire returned, Jan 2025",
    "Housing association scheme with Homes England funding agreed",
    "Landowner intends to submit outline application in 2025",
    "Pre-application discussions under way; officer estimate",
    "Infrastructure works complete; first phase marketed",
    "No response to questionnaire; officer estimate from past build rate",
]

Coords = List[Tuple[float, float]]


class Area:
    """One piece of the plan area: an LPA's part of a policy area, outside the National Park."""

    def __init__(self, lpa: str, policy_area: str, geom: ogr.Geometry):
        self.lpa = lpa
        self.policy_area = policy_area
        self.geom = geom
        self.inner = self.geom.Buffer(-AREA_MARGIN)
        self.envelope = geom.GetEnvelope()

    def contains(self, x: float, y: float) -> bool:
        minx, maxx, miny, maxy = self.envelope
        return minx <= x <= maxx and miny <= y <= maxy and self.geom.Contains(point(x, y))


class Place:
    """Where schemes go: a named place (allocations) or a ward (windfall), and the land it offers."""

    def __init__(
        self,
        key: str,
        town: str,
        x: float,
        y: float,
        spread: float,
        streets: str,
        area: "Area",
        region: ogr.Geometry,
        weight: float = 0.0,
    ):
        self.key = key
        self.town = town
        self.x, self.y = x, y
        self.spread = spread
        self.streets = streets
        self.area = area
        self.region = region  # its wards, outside the Park, AREA_MARGIN inside its area's edge
        self.envelope = region.GetEnvelope()
        self.weight = weight
        self.city = area.lpa == "PLY"


class Boundaries:
    """The real wards of the three councils and Dartmoor National Park, in British National Grid."""

    def __init__(self, folder: str = BOUNDARIES):
        transform = osr.CoordinateTransformation(spatial_ref(4326), spatial_ref(27700), _fixed_operation())
        self.wards: Dict[str, Tuple[str, ogr.Geometry]] = {}  # name: (lpa, polygon)
        for lpa, filename in COUNCIL_FILES.items():
            for name, geom in read_polygons(os.path.join(folder, filename), "cmwd11nm", transform):
                self.wards[name] = (lpa, geom)
        parks = dict(read_polygons(os.path.join(folder, NATIONAL_PARK_FILE), "name", transform))
        self.national_park = parks["Dartmoor"]
        self.cut_out = self.national_park.Buffer(PARK_SNAP, 4)

    def council(self, lpa: str) -> ogr.Geometry:
        return dissolve(geom for code, geom in self.wards.values() if code == lpa)

    def areas(self) -> List["Area"]:
        """The plan area's pieces, (lpa, policy area), with PPA_FRINGE_WARDS in the PPA."""
        pieces = []
        for lpa, policy_area in (("PLY", "PPA"), ("SHA", "PPA"), ("SHA", "TTV"), ("WDE", "TTV")):
            wards = [
                geom
                for name, (code, geom) in self.wards.items()
                if code == lpa and (lpa != "SHA" or (name in PPA_FRINGE_WARDS) == (policy_area == "PPA"))
            ]
            geom = without_slivers(dissolve(wards).Difference(self.cut_out), self.cut_out)
            pieces.append(Area(lpa, policy_area, geom))
        return pieces


def _fixed_operation() -> osr.CoordinateTransformationOptions:
    options = osr.CoordinateTransformationOptions()
    options.SetOperation(WGS84_TO_BNG)
    return options


def read_polygons(path: str, name_field: str, transform) -> List[Tuple[str, ogr.Geometry]]:
    """(name, polygon in EPSG:27700 rounded to 0.1 m) of every feature of a GeoJSON file."""
    dataset = ogr.Open(path)
    found = []
    for feature in dataset.GetLayer():
        geom = feature.GetGeometryRef().Clone()
        geom.Transform(transform)
        found.append((feature.GetField(name_field), rounded(geom)))
    dataset = None
    return found


def rounded(geom: ogr.Geometry) -> ogr.Geometry:
    """The geometry with every vertex on a 0.1 m grid; shared vertices stay shared."""
    if geom.GetGeometryCount():
        for i in range(geom.GetGeometryCount()):
            rounded(geom.GetGeometryRef(i))
    else:
        for i in range(geom.GetPointCount()):
            geom.SetPoint_2D(i, round(geom.GetX(i), 1), round(geom.GetY(i), 1))
    return geom


def dissolve(geoms) -> ogr.Geometry:
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for geom in geoms:
        for part in parts(geom):
            collection.AddGeometry(part)
    # UnaryUnion from GDAL 3.7 on; UnionCascaded, its older name, warns there as deprecated.
    union = getattr(collection, "UnaryUnion", None) or collection.UnionCascaded
    return union()


def parts(geom: ogr.Geometry) -> List[ogr.Geometry]:
    if geom.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        return [geom]
    return [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())]


def without_slivers(geom: ogr.Geometry, cut_out: ogr.Geometry) -> ogr.Geometry:
    """A multipolygon of the geometry's polygons but the bits under MIN_PART_M2 beside the cut-out."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts(geom):
        if part.GetGeometryType() not in (ogr.wkbPolygon, ogr.wkbPolygon25D):
            continue
        if part.GetArea() >= MIN_PART_M2 or part.Distance(cut_out) > 1:
            out.AddGeometry(part)
    return out


class Site:
    def __init__(
        self, ref: str, name: str, place: str, capacity: int, employment: Optional[float], real: bool
    ):
        self.ref = ref
        self.name = name
        self.place = place
        self.capacity = capacity
        self.employment = employment
        self.real = real
        self.area: Optional[Area] = None
        self.geom: Optional[ogr.Geometry] = None  # valid polygon, used for every test here
        self.written: Optional[ogr.Geometry] = None  # what goes into the file (may be invalid)
        self.notes = ""

    @property
    def address(self) -> str:
        town = SITE_PLACES[self.place][0]
        return self.name if town.split(",")[0] in self.name else "{}, {}".format(self.name, town)

    @property
    def brownfield(self) -> int:
        return int(any(word in self.name for word in BROWNFIELD_WORDS))


class Permission:
    def __init__(self, app_ref: str, lpa: str, ptype: str, decision: date, proposed: int, existing: int = 0):
        self.app_ref = app_ref
        self.lpa = lpa
        self.ptype = ptype
        self.decision = decision
        self.units_proposed = proposed
        self.units_existing = existing
        self.address = ""
        self.proposal = ""
        self.parent_ref: Optional[str] = None
        self.expiry: Optional[date] = None
        self.affordable = 0
        self.brownfield = 0
        self.point: Tuple[float, float] = (0.0, 0.0)
        self.boundary: Optional[ogr.Geometry] = None  # valid red line, used for sampling
        self.boundary_written: Optional[ogr.Geometry] = None
        self.site: Optional[Site] = None
        self.region = "PPA"
        self.place: Optional[Place] = None
        self.flats = False
        self.demolish = False  # existing dwellings demolished and recorded as negative completions
        self.lapsed = False
        self.jitter = 8.0  # metres around the point where completions fall when there is no red line
        self.s73_child: Optional[Permission] = None
        self.locked_site: Optional[str] = None

    @property
    def net_units(self) -> int:
        return self.units_proposed - self.units_existing


class Build:
    """One delivering lineage (a permission and its s73 variations): what completions are drawn from."""

    def __init__(self, chain: List[Permission], rng: random.Random):
        self.chain = chain
        root, latest = chain[0], chain[-1]
        self.root = root
        self.region = root.region
        if latest.demolish:
            self.loss, self.gain = latest.units_existing, latest.units_proposed
        else:
            self.loss, self.gain = max(0, -latest.net_units), max(0, latest.net_units)
        self.extra = 0  # deliberate over-completion
        size = self.gain
        if root.ptype == "prior_approval":
            lead = rng.randint(100, 330)
        elif size <= 4:
            lead = rng.randint(120, 420)
        elif size <= 30:
            lead = rng.randint(210, 540)
        else:
            lead = rng.randint(330, 720)
        self.earliest = root.decision + timedelta(days=lead)
        self.order = self.earliest + timedelta(days=rng.randint(0, 150))
        if size < 10:
            self.rate = size
        elif size < 50:
            self.rate = rng.randint(20, 40)
        else:
            self.rate = rng.randint(35, 70)
        self.remaining = self.gain
        self.loss_done = self.loss == 0
        self.affordable_left = latest.affordable or 0
        self.plot = 0
        self.completed = 0
        self.rows: List[dict] = []

    def permission_at(self, day: date) -> Permission:
        """The lineage's permission in force on a day: completions quote the reference then current."""
        current = self.chain[0]
        for perm in self.chain[1:]:
            if perm.decision <= day:
                current = perm
        return current


# ---------------------------------------------------------------------------------------------
# Geometry helpers


def polygon(coords: Coords) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in coords:
        ring.AddPoint_2D(x, y)
    ring.AddPoint_2D(coords[0][0], coords[0][1])
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def point(x: float, y: float) -> ogr.Geometry:
    geom = ogr.Geometry(ogr.wkbPoint)
    geom.AddPoint_2D(x, y)
    return geom


def multi(geom: ogr.Geometry) -> ogr.Geometry:
    return ogr.ForceToMultiPolygon(geom.Clone())


def star_coords(
    rng: random.Random, cx: float, cy: float, area_m2: float, nmin: int = 5, nmax: int = 12
) -> Coords:
    """An irregular polygon of about area_m2: star-shaped around its centre, hence always simple."""
    n = rng.randint(nmin, nmax)
    step = 2 * math.pi / n
    base = rng.uniform(0, 2 * math.pi)
    stretch = rng.uniform(0.75, 1.35)
    turn = rng.uniform(0, math.pi)
    pts = []
    for i in range(n):
        angle = base + i * step + rng.uniform(-0.3, 0.3) * step
        radius = rng.uniform(0.7, 1.3)
        x, y = math.cos(angle) * radius * stretch, math.sin(angle) * radius / stretch
        pts.append((x * math.cos(turn) - y * math.sin(turn), x * math.sin(turn) + y * math.cos(turn)))
    area = abs(sum(pts[i][0] * pts[i - 1][1] - pts[i - 1][0] * pts[i][1] for i in range(n))) / 2
    scale = math.sqrt(area_m2 / area)
    return [(round(cx + x * scale, 1), round(cy + y * scale, 1)) for x, y in pts]


def closest_points(a: ogr.Geometry, b: ogr.Geometry) -> Tuple[Tuple[float, float], Tuple[float, float]]:
    """The points of a's and b's outlines nearest each other (to a metre or so)."""

    def nearest(geom: ogr.Geometry, target: ogr.Geometry) -> Tuple[float, float]:
        ring = geom.GetGeometryRef(0).Clone()
        ring.Segmentize(1.0)
        best = min(
            range(ring.GetPointCount()), key=lambda i: point(ring.GetX(i), ring.GetY(i)).Distance(target)
        )
        return ring.GetX(best), ring.GetY(best)

    pa = nearest(a, b)
    pb = nearest(b, point(*pa))
    return pa, pb


def is_valid(geom: ogr.Geometry) -> bool:
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GEOS explains an invalid ring on stderr
    try:
        return geom.IsValid()
    finally:
        gdal.PopErrorHandler()


def twisted(coords: Coords) -> ogr.Geometry:
    """The same outline with two neighbouring vertices swapped: a self-intersecting (bow-tie) ring."""
    for i in range(len(coords) // 2, len(coords) - 1):
        swapped = list(coords)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        geom = polygon(swapped)
        if not is_valid(geom):
            return geom
    raise RuntimeError("could not twist the ring")


def random_point_in(rng: random.Random, geom: ogr.Geometry) -> Tuple[float, float]:
    minx, maxx, miny, maxy = geom.GetEnvelope()
    for _ in range(100):
        x, y = round(rng.uniform(minx, maxx), 1), round(rng.uniform(miny, maxy), 1)
        if geom.Contains(point(x, y)):
            return x, y
    inside = geom.PointOnSurface()
    return round(inside.GetX(), 1), round(inside.GetY(), 1)


def surface_point(geom: ogr.Geometry) -> Tuple[float, float]:
    inside = geom.PointOnSurface()
    return round(inside.GetX(), 2), round(inside.GetY(), 2)


def random_date(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def monitoring_year(day: date) -> str:
    start = day.year if day.month >= 4 else day.year - 1
    return "{}/{:02d}".format(start, (start + 1) % 100)


def year_start(year: int) -> date:
    return date(year, 4, 1)


def year_end(year: int) -> date:
    return date(year + 1, 3, 31)


# ---------------------------------------------------------------------------------------------
# The generator


class DemoData:
    def __init__(self, seed: int, boundaries: Optional[Boundaries] = None):
        self.rng = random.Random(seed)
        self.seed = seed
        self.boundaries = boundaries or Boundaries()
        self.areas = self.boundaries.areas()
        self.places = self.make_places()
        self.ward_places = [p for p in self.places.values() if p.weight > 0]
        self.sites: List[Site] = []
        self.site_by_ref: Dict[str, Site] = {}
        self.permissions: List[Permission] = []
        self.used_numbers = set()
        self.builds: List[Build] = []
        self.completions: List[dict] = []
        self.starts: List[dict] = []
        self.trajectory: List[dict] = []
        self.evidence: List[dict] = []  # site_evidence (NPPF Annex 2), make_evidence
        self.gap_fillers = 0
        self.targets: Dict[Tuple[int, str], int] = {}  # net completions by (monitoring year, policy area)
        self.straddle_fractions: List[Tuple[str, float, float]] = []
        self.completion_seq = 0
        self.uprn_seq = 0
        self.keep_out: Optional[ogr.Geometry] = None  # allocations grown by SITE_GAP

    # -- areas and allocations ----------------------------------------------------------------

    def area_at(self, x: float, y: float) -> Optional[Area]:
        for area in self.areas:
            if area.contains(x, y):
                return area
        return None

    def area_of_ward(self, name: str) -> Area:
        lpa = self.boundaries.wards[name][0]
        policy_area = "PPA" if lpa == "PLY" or name in PPA_FRINGE_WARDS else "TTV"
        return next(a for a in self.areas if (a.lpa, a.policy_area) == (lpa, policy_area))

    def make_places(self) -> Dict[str, Place]:
        """The allocations' places (SITE_PLACES) and, for windfall, every ward with room outside the Park."""
        wards = self.boundaries.wards
        park = self.boundaries.national_park
        places: Dict[str, Place] = {}

        def land(names) -> Tuple[Area, ogr.Geometry]:
            (area,) = {self.area_of_ward(name) for name in names}
            return area, dissolve(wards[name][1] for name in names).Intersection(area.inner)

        for key, (town, x, y, spread, names, streets) in SITE_PLACES.items():
            area, region = land(names)
            places[key] = Place(key, town, x, y, spread, streets, area, region)
        city_streets = {ward: group for group, names in PLYMOUTH_WARD_STREETS.items() for ward in names}
        for name in sorted(wards):
            lpa, geom = wards[name]
            outside = geom.Difference(park).GetArea() / geom.GetArea()
            if outside < 0.01:
                continue  # wholly in the National Park: not the plan's
            area, region = land([name])
            if region.GetArea() < 100000:
                continue
            if lpa == "PLY":
                town = (
                    "Plympton, Plymouth"
                    if name.startswith("Plympton")
                    else ("Plymstock, Plymouth" if name.startswith("Plymstock") else "Plymouth")
                )
                streets, weight = city_streets[name], WARD_WEIGHTS["city"]
            else:
                town, streets = WARD_TOWNS[name]
                kind = "rural" if streets == "village" else "town"
                weight = WARD_WEIGHTS[kind] * min(1.0, 2 * outside)
            centre = region.PointOnSurface()
            places["ward:" + name] = Place(
                "ward:" + name, town, centre.GetX(), centre.GetY(), 0, streets, area, region, weight
            )
        return places

    def make_allocations(self) -> None:
        specs = {row[0]: row for row in SITES}
        second_of_pair = {b: a for a, b in ADJACENT_PAIRS}
        order = sorted(
            (ref for ref in specs if ref not in second_of_pair and ref != OVERLAPPING_SITE[0]),
            key=lambda ref: (-site_area_m2(specs[ref][3], specs[ref][4]), ref),
        )
        placed_order = []
        for ref in order:
            placed_order.append(ref)
            placed_order.extend(b for a, b in ADJACENT_PAIRS if a == ref)
            if ref == OVERLAPPING_SITE[1]:
                placed_order.append(OVERLAPPING_SITE[0])
        placed: Dict[str, Site] = {}
        for ref in placed_order:
            site = Site(*specs[ref])
            site.area = self.places[site.place].area
            if ref in second_of_pair:
                coords = self.place_beside(site, placed[second_of_pair[ref]], placed)
            elif ref == OVERLAPPING_SITE[0]:
                coords = self.place_inside(site, placed[OVERLAPPING_SITE[1]])
            else:
                coords = self.place_free(site, placed)
            site.geom = polygon(coords)
            site.written = multi(twisted(coords) if ref == SELF_INTERSECTING_SITE else site.geom)
            placed[ref] = site
        self.sites = [placed[row[0]] for row in SITES]
        self.site_by_ref = placed
        for site in self.sites:
            site.notes = self.site_notes(site)
        keep_out = ogr.Geometry(ogr.wkbMultiPolygon)
        for site in self.sites:
            keep_out.AddGeometry(site.geom)
        self.keep_out = keep_out.Buffer(SITE_GAP, 4)

    def site_notes(self, site: Site) -> str:
        notes = [
            "JLP site: reference, name and capacity from the plan" if site.real else "Invented demo site"
        ]
        notes.append(
            "geometry synthetic, in {} ({})".format(
                SITE_PLACES[site.place][0], ", ".join(SITE_PLACES[site.place][4])
            )
        )
        if site.ref == OVERLAPPING_SITE[0]:
            notes.append("deliberately lies inside {} (test case)".format(OVERLAPPING_SITE[1]))
        if site.ref == SELF_INTERSECTING_SITE:
            notes.append("boundary ring self-intersects (test case)")
        return "; ".join(notes)

    def site_fits(self, site: Site, geom: ogr.Geometry, placed: Dict[str, Site], ignore=()) -> bool:
        if not self.places[site.place].region.Contains(geom):
            return False
        for other in placed.values():
            if other.ref in ignore:
                continue
            if geom.Distance(other.geom) < SITE_GAP:
                return False
        return True

    def place_free(self, site: Site, placed: Dict[str, Site]) -> Coords:
        place = self.places[site.place]
        x0, y0, spread = place.x, place.y, place.spread
        area_m2 = site_area_m2(site.capacity, site.employment)
        for attempt in range(3000):
            reach = spread * (1 + attempt / 300)
            angle, dist = self.rng.uniform(0, 2 * math.pi), reach * math.sqrt(self.rng.random())
            cx, cy = x0 + dist * math.cos(angle), y0 + dist * math.sin(angle)
            coords = star_coords(self.rng, cx, cy, area_m2, *((9, 14) if area_m2 > 300000 else (5, 12)))
            if self.site_fits(site, polygon(coords), placed):
                return coords
        raise RuntimeError("no room for " + site.ref)

    def place_beside(self, site: Site, partner: Site, placed: Dict[str, Site]) -> Coords:
        """A site 5-25 m from its partner, found by sliding it in along a random bearing."""
        area_m2 = site_area_m2(site.capacity, site.employment)
        centre = partner.geom.Centroid()
        cx, cy = centre.GetX(), centre.GetY()
        for _ in range(500):
            shape = star_coords(self.rng, 0, 0, area_m2, 6, 10)
            angle = self.rng.uniform(0, 2 * math.pi)
            dx, dy = math.cos(angle), math.sin(angle)
            near, far = 0.0, 3000.0
            for _ in range(30):
                mid = (near + far) / 2
                gap = polygon([(cx + x + dx * mid, cy + y + dy * mid) for x, y in shape]).Distance(
                    partner.geom
                )
                if gap < 12:
                    near = mid
                else:
                    far = mid
            coords = [(round(cx + x + dx * far, 1), round(cy + y + dy * far, 1)) for x, y in shape]
            geom = polygon(coords)
            if 5 <= geom.Distance(partner.geom) <= 25 and self.site_fits(site, geom, placed, {partner.ref}):
                return coords
        raise RuntimeError("no room beside " + partner.ref)

    def place_inside(self, site: Site, parent: Site) -> Coords:
        area_m2 = site_area_m2(site.capacity, site.employment)
        room = parent.geom.Buffer(-20)
        for _ in range(1000):
            cx, cy = random_point_in(self.rng, room)
            coords = star_coords(self.rng, cx, cy, area_m2, 5, 8)
            if room.Contains(polygon(coords)):
                return coords
        raise RuntimeError("no room inside " + parent.ref)

    # -- permissions ----------------------------------------------------------------------------

    def new_ref(self, lpa: str, ptype: str, decision: date) -> str:
        received = decision - timedelta(days=self.rng.randint(40, 320 if ptype == "outline" else 200))
        yy = received.year % 100
        group = "PLY" if lpa == "PLY" else "SWD"
        while True:
            number = self.rng.randint(1, 2600 if group == "PLY" else 4800)
            if (group, yy, number) not in self.used_numbers:
                self.used_numbers.add((group, yy, number))
                break
        if group == "PLY":
            return "{:02d}/{:05d}/{}".format(yy, number, PLY_SUFFIX[ptype])
        return "{:04d}/{:02d}/{}".format(number, yy, SWD_SUFFIX[ptype])

    def new_permission(
        self,
        ptype: str,
        decision: date,
        proposed: int,
        existing: int = 0,
        *,
        site: Optional[Site] = None,
        place: Optional[Place] = None,
        xy=None,
        boundary: Optional[ogr.Geometry] = None,
        register: bool = True,
    ) -> Permission:
        if site is not None:
            area = site.area
            place = self.places[site.place]
        else:
            area = (self.area_at(*xy) if xy else None) or place.area
        perm = Permission(
            self.new_ref(area.lpa, ptype, decision), area.lpa, ptype, decision, proposed, existing
        )
        perm.site = site
        perm.place = place
        perm.region = area.policy_area
        perm.boundary = boundary
        perm.boundary_written = multi(boundary) if boundary is not None else None
        if boundary is not None:
            perm.point = surface_point(boundary if site is None else boundary.Intersection(site.geom))
        elif xy is not None:
            perm.point = xy
        if proposed >= 10:
            perm.affordable = (
                0 if self.rng.random() < 0.15 else int(round(proposed * self.rng.uniform(0.2, 0.3)))
            )
        if register:
            self.permissions.append(perm)
        return perm

    def add_s73(self, parent: Permission, change: int = 0) -> Optional[Permission]:
        decision = parent.decision + timedelta(days=self.rng.randint(90, 540))
        if decision > BASE_DATE:
            return None
        units = max(1, parent.units_proposed + change)
        child = self.new_permission(
            "s73_variation",
            decision,
            units,
            parent.units_existing,
            site=parent.site,
            place=parent.place,
            xy=parent.point,
            boundary=parent.boundary,
        )
        child.point = parent.point
        child.boundary_written = parent.boundary_written
        child.parent_ref = parent.app_ref
        child.address, child.brownfield, child.flats = parent.address, parent.brownfield, parent.flats
        child.demolish = parent.demolish
        condition = self.rng.choice([2, 3, 5, 12, 14, 21])
        if units == parent.units_proposed:
            child.proposal = "Variation of condition {} (approved plans) of {} to amend house types".format(
                condition, parent.app_ref
            )
        else:
            child.proposal = (
                "Variation of condition {} (approved plans) of {}: {} dwellings instead of {}".format(
                    condition, parent.app_ref, units, parent.units_proposed
                )
            )
        child.affordable = min(units, parent.affordable)
        parent.s73_child = child
        return child

    def parcel(self, site: Site, units: int, taken: List[ogr.Geometry]) -> ogr.Geometry:
        """A red line for one phase of a site: mostly inside it, avoiding earlier phases where it can."""
        density = 110 if site.brownfield and site.area.lpa == "PLY" else 35  # dwellings a hectare
        area_m2 = max(1500.0, units / density * 10000)
        best, best_score = None, -1.0
        for _ in range(25):
            cx, cy = random_point_in(self.rng, site.geom)
            geom = polygon(star_coords(self.rng, cx, cy, area_m2, 4, 8))
            inside = geom.Intersection(site.geom).GetArea() / geom.GetArea()
            if inside < 0.8:
                continue
            clash = sum(geom.Intersection(t).GetArea() for t in taken if geom.Intersects(t)) / geom.GetArea()
            score = inside - clash
            if score > best_score:
                best, best_score = geom, score
            if clash < 0.05:
                break
        if best is None:
            best = site.geom.Buffer(-3)
        taken.append(best)
        return best

    def site_permissions(self, site: Site, no_permission: List[str], over_sites: List[str]) -> None:
        rng = self.rng
        if site.capacity <= 0 or site.ref in no_permission:
            return
        cap = site.capacity
        if site.ref == "PLY48":
            start = random_date(rng, date(2012, 2, 1), date(2012, 10, 31))
        elif site.ref == "PLY44":
            start = random_date(rng, date(2021, 5, 1), date(2022, 6, 30))
        elif cap >= 500:
            start = random_date(rng, date(2012, 3, 1), date(2016, 12, 31))
        else:
            start = random_date(rng, date(2012, 1, 15), date(2021, 12, 31))
        whole = site.geom.Buffer(-3)
        taken: List[ogr.Geometry] = []
        delivering: List[Permission] = []
        outline_mode = cap >= 300 or (cap >= 150 and rng.random() < 0.5)
        if outline_mode:
            units = cap if site.ref in ("PLY48", "PLY44") else int(round(cap * rng.uniform(0.92, 1.08)))
            outline = self.new_permission("outline", start, units, site=site, boundary=whole)
            outline.address = site.address
            outline.proposal = (
                "Outline application for up to {} dwellings with all matters reserved except access"
            ).format(units)
            if site.employment:
                outline.proposal += ", and up to {:,.0f} sq m of employment floorspace".format(
                    site.employment
                )
            outline.brownfield = site.brownfield
            if rng.random() < 0.6:
                outline.expiry = start + timedelta(days=365 * (5 if units >= 500 else 3))
            factor = rng.uniform(1.03, 1.12) if site.ref in over_sites else rng.uniform(0.75, 0.98)
            target = units * factor
            if cap >= 1000:
                sizes, steps = (12, 45), (20, 60)
            elif cap >= 300:
                sizes, steps = (10, 35), (45, 150)
            else:
                sizes, steps = (8, 25), (60, 200)
            day = start + timedelta(days=rng.randint(240, 540))
            total, phase = 0, 1
            while total < target and day <= BASE_DATE:
                n = min(rng.randint(*sizes), max(5, int(round(target - total))))
                rm = self.new_permission(
                    "reserved_matters", day, n, site=site, boundary=self.parcel(site, n, taken)
                )
                rm.parent_ref = outline.app_ref
                rm.address = "Phase {}, {}".format(phase, outline.address)
                rm.proposal = (
                    "Reserved matters (appearance, landscaping, layout and scale) for phase {}: {} "
                    "dwellings, pursuant to outline {}"
                ).format(phase, n, outline.app_ref)
                rm.brownfield = site.brownfield
                rm.flats = site.brownfield == 1 and site.area.lpa == "PLY"
                delivering.append(rm)
                total += n
                phase += 1
                day += timedelta(days=rng.randint(*steps))
        else:
            target = cap * rng.uniform(0.75, 1.12)
            day = start
            total, phase = 0, 1
            while total < target and day <= BASE_DATE:
                remaining = int(round(target - total))
                n = remaining if cap < 60 and phase == 1 else min(rng.randint(8, 30), max(5, remaining))
                boundary = whole if n >= 0.6 * cap else self.parcel(site, n, taken)
                full = self.new_permission("full", day, n, site=site, boundary=boundary)
                full.address = site.address if phase == 1 else "Phase {}, {}".format(phase, site.address)
                full.flats = site.brownfield == 1 and site.area.lpa == "PLY"
                kind = "flats" if full.flats else "dwellings"
                full.proposal = "Erection of {} {} with access, parking and landscaping".format(n, kind)
                if site.brownfield and rng.random() < 0.5:
                    full.proposal = (
                        "Demolition of existing buildings and " + full.proposal[0].lower() + full.proposal[1:]
                    )
                full.brownfield = site.brownfield
                if rng.random() < 0.05:
                    full.expiry = day + timedelta(days=365 * 3)
                delivering.append(full)
                total += n
                phase += 1
                day += timedelta(days=rng.randint(150, 540))
        for perm in delivering:
            if rng.random() < 0.12:
                perm.boundary = None
                perm.boundary_written = None
                perm.point = random_point_in(rng, site.geom.Buffer(-10))
            if rng.random() < 0.25:
                change = 0 if rng.random() < 0.6 else rng.randint(-3, 5)
                child = self.add_s73(perm, change)
                if child is not None and rng.random() < 0.12:
                    self.add_s73(child, 0 if rng.random() < 0.5 else rng.randint(-2, 3))
        self.minor_site_permissions(site, start, taken)

    def minor_site_permissions(self, site: Site, start: date, taken: List[ogr.Geometry]) -> None:
        """Small schemes on a site: self-build plots on greenfield, conversions on brownfield."""
        rng = self.rng
        for _ in range(int(round(site.capacity / rng.uniform(35, 55)))):
            day = random_date(rng, start, BASE_DATE)
            if site.brownfield:
                ptype = "prior_approval" if rng.random() < 0.4 else "full"
                units = rng.randint(2, 6)
                proposal = (
                    "Prior approval for change of use from offices (Class E) to {} flats"
                    if ptype == "prior_approval"
                    else "Change of use of upper floors to {} flats"
                ).format(units)
            else:
                ptype, units = "full", 1
                proposal = "Erection of self-build dwelling on serviced plot"
            cx, cy = random_point_in(rng, site.geom.Buffer(-15))
            boundary = polygon(star_coords(rng, cx, cy, rng.uniform(350, 900), 4, 6))
            perm = self.new_permission(ptype, day, units, site=site, boundary=boundary)
            perm.address = (
                "Plot {}, {}".format(rng.randint(1, site.capacity), site.address)
                if units == 1
                else "Unit {}, {}".format(rng.randint(1, 60), site.address)
            )
            perm.proposal = proposal
            perm.brownfield = site.brownfield
            perm.flats = units > 1
            if rng.random() < 0.15:
                perm.boundary = perm.boundary_written = None

    def windfall_xy(self, place: Place, radius: float) -> Tuple[float, float]:
        """A point anywhere in a place's land (its wards, inside its area) well away from every allocation."""
        minx, maxx, miny, maxy = place.envelope
        for _ in range(5000):
            x, y = round(self.rng.uniform(minx, maxx), 1), round(self.rng.uniform(miny, maxy), 1)
            pt = point(x, y)
            if not place.region.Contains(pt) or pt.Buffer(radius, 4).Intersects(self.keep_out):
                continue
            return x, y
        raise RuntimeError("no room for a windfall scheme in " + place.key)

    def pick_place(self, region: Optional[str] = None) -> Place:
        """A ward, by population proxy (WARD_WEIGHTS), in a policy area or anywhere."""
        places = [p for p in self.ward_places if region is None or p.area.policy_area == region]
        return self.rng.choices(places, [p.weight for p in places])[0]

    def windfall_units(self, place: Place) -> int:
        roll = self.rng.random()
        city = place.city
        if roll < 0.32:
            return 1
        if roll < 0.56:
            return self.rng.randint(2, 4)
        if roll < 0.72:
            return self.rng.randint(5, 9)
        if roll < 0.90:
            return self.rng.randint(10, 30)
        return self.rng.randint(31, 150) if city else self.rng.randint(20, 45)

    def street_address(self, place: Place, units: int = 1) -> str:
        street = self.rng.choice(STREETS[place.streets])
        town = place.town
        roll = self.rng.random()
        if units >= 10:  # schemes of any size are on land, not at a house number
            return "{} {}, {}".format(
                self.rng.choice(["Land at", "Land off", "Former garage site,"]), street, town
            )
        if roll < 0.55:
            return "{} {}, {}".format(self.rng.randint(1, 180), street, town)
        if roll < 0.8:
            return "Land adjacent to {} {}, {}".format(self.rng.randint(1, 120), street, town)
        return "Land at {}, {}".format(street, town)

    def windfall_permission(
        self,
        decision: date,
        place: Place,
        ptype: str = "full",
        units: Optional[int] = None,
        register: bool = True,
        with_boundary: Optional[bool] = None,
    ) -> Permission:
        """A permission on no allocation: text, lineage-free, with a red line 85% of the time."""
        rng = self.rng
        city = place.city
        rural = place.area.policy_area == "TTV"
        units = units or self.windfall_units(place)
        flats = units >= 3 and ((city and rng.random() < 0.7) or rng.random() < 0.3)
        existing, demolish = 0, False
        address = self.street_address(place, units)
        if ptype == "full":
            roll = rng.random()
            if roll < 0.08 and units <= 12:
                # Replacement schemes: net zero or a small gain.
                existing, demolish = rng.randint(1, min(units, 3)), True
                kind = "bungalow" if existing == 1 else "{} flats".format(existing)
                proposal = "Demolition of {} and erection of {}".format(
                    kind,
                    "replacement dwelling"
                    if units == 1
                    else "{} {}".format(units, "flats" if flats else "houses"),
                )
            elif roll < 0.15 and city:
                existing = 1
                units = max(units, 2)
                flats = True
                proposal = "Conversion of dwelling into {} self-contained flats".format(units)
            elif units == 1:
                proposal = rng.choice(
                    [
                        "Erection of detached dwelling",
                        "Erection of dwelling in rear garden",
                        "Conversion of outbuilding to dwelling",
                        "Change of use of shop to dwelling (Class C3)",
                    ]
                )
            elif flats:
                proposal = "Erection of {} flats with parking and bin store".format(units)
            else:
                proposal = "Erection of {} dwellings with access".format(units)
        elif ptype == "prior_approval":
            if rural and rng.random() < 0.7:
                units = rng.randint(1, 2)
                flats = False
                proposal = "Prior approval for change of use of agricultural building to {} (Class Q)".format(
                    "dwelling" if units == 1 else "{} dwellings".format(units)
                )
            else:
                units = max(units, 2)
                flats = True
                proposal = "Prior approval for change of use from offices (Class E) to {} flats".format(units)
        elif ptype == "outline":
            units = max(units, 3)
            proposal = "Outline application for up to {} dwellings (all matters reserved)".format(units)
        elif ptype == "pip":
            units = min(max(units, 1), 9)
            proposal = "Permission in principle for {} dwelling{}".format(units, "s" if units > 1 else "")
        elif ptype == "technical_details":
            units = min(max(units, 1), 9)
            proposal = "Technical details consent for {} dwelling{} following permission in principle".format(
                units, "s" if units > 1 else ""
            )
        else:  # other
            units = rng.randint(1, 3)
            proposal = "Certificate of lawfulness for existing use as {} self-contained flat{}".format(
                units, "s" if units > 1 else ""
            )
            flats = units > 1
        has_boundary = rng.random() < 0.86 if with_boundary is None else with_boundary
        size = max(300.0, units * (90 if flats else 350))
        radius = math.sqrt(size / math.pi) * 1.35
        xy = self.windfall_xy(place, radius)
        boundary = polygon(star_coords(rng, xy[0], xy[1], size, 4, 7)) if has_boundary else None
        perm = self.new_permission(
            ptype, decision, units, existing, place=place, xy=xy, boundary=boundary, register=register
        )
        perm.address, perm.proposal, perm.flats, perm.demolish = address, proposal, flats, demolish
        if boundary is None:
            perm.point = xy
        class_q = "Class Q" in proposal
        perm.brownfield = int(
            not class_q
            and (existing > 0 or ptype == "prior_approval" or rng.random() < (0.7 if city else 0.35))
        )
        if (
            ptype in ("pip", "prior_approval")
            or (ptype == "outline" and rng.random() < 0.5)
            or rng.random() < 0.03
        ):
            perm.expiry = decision + timedelta(days=365 * 3)
        return perm

    def make_permissions(self) -> None:
        rng = self.rng
        housing = [s for s in self.sites if s.capacity > 0]
        special = {a for pair in ADJACENT_PAIRS for a in pair} | set(OVERLAPPING_SITE) | {"PLY44", "PLY48"}
        candidates = [s.ref for s in housing if not s.real and s.capacity < 200 and s.ref not in special]
        no_permission = rng.sample(candidates, 5)
        over_sites = rng.sample([s.ref for s in housing if 150 <= s.capacity < 1000], 3)
        for site in housing:
            self.site_permissions(site, no_permission, over_sites)
        self.make_straddling_permissions()
        types = (
            ["full"] * 70
            + ["prior_approval"] * 12
            + ["outline"] * 4
            + ["pip"] * 3
            + ["technical_details"] * 2
            + ["other"] * 4
        )
        for _ in range(760):
            ptype = rng.choice(types)
            place = self.pick_place()
            # Completions in the first monitoring years come from permissions granted before them.
            last = date(2014, 6, 30) if rng.random() < 0.3 else BASE_DATE
            perm = self.windfall_permission(random_date(rng, FIRST_DECISION, last), place, ptype)
            if ptype == "full" and perm.units_proposed >= 1 and rng.random() < 0.07:
                self.add_s73(perm, 0 if rng.random() < 0.7 else rng.randint(-1, 2))
            elif ptype == "outline" and rng.random() < 0.6:
                self.add_reserved_matters(perm)
            if perm.ptype in DELIVERING_TYPES and perm.decision < date(2021, 6, 1) and rng.random() < 0.08:
                perm.lapsed = True
        self.make_losses()
        self.make_near_misses()
        self.make_awkward_permissions()

    def add_reserved_matters(self, outline: Permission) -> None:
        """Reserved matters on a windfall outline: children summing to less or more than the parent."""
        rng = self.rng
        pieces = 1 if outline.units_proposed < 6 else rng.randint(1, 3)
        total = max(pieces, int(round(outline.units_proposed * rng.choice([0.6, 0.8, 1.0, 1.0, 1.2]))))
        day = outline.decision
        shares = [total // pieces + (1 if i < total % pieces else 0) for i in range(pieces)]
        for i, units in enumerate(shares):
            day = day + timedelta(days=rng.randint(150, 500))
            if day > BASE_DATE:
                return
            rm = self.new_permission(
                "reserved_matters",
                day,
                units,
                place=outline.place,
                xy=outline.point,
                boundary=outline.boundary,
            )
            rm.point, rm.boundary_written = outline.point, outline.boundary_written
            rm.parent_ref = outline.app_ref
            rm.address = outline.address if pieces == 1 else "Phase {}, {}".format(i + 1, outline.address)
            rm.proposal = "Reserved matters for {} dwellings pursuant to outline {}".format(
                units, outline.app_ref
            )
            rm.brownfield = outline.brownfield

    def make_losses(self) -> None:
        """Permissions with a net loss: demolitions and mergers (negative completions)."""
        rng = self.rng
        for i in range(36):
            place = self.pick_place()
            decision = random_date(rng, date(2013, 1, 1), date(2024, 6, 30))
            perm = self.windfall_permission(decision, place, "full", units=1)
            roll = i % 4
            if roll == 0:
                perm.units_existing = rng.randint(4, 12)
                perm.units_proposed = rng.randint(1, perm.units_existing - 1)
                perm.demolish = True
                perm.proposal = "Demolition of {} flats and erection of {} houses".format(
                    perm.units_existing, perm.units_proposed
                )
            elif roll == 1:
                perm.units_existing, perm.units_proposed = rng.randint(2, 3), 1
                perm.proposal = "Conversion of {} flats into a single dwelling".format(perm.units_existing)
            elif roll == 2:
                perm.units_existing, perm.units_proposed = 1, 0
                perm.proposal = "Change of use of dwelling to children's home (Class C2)"
            else:
                perm.units_existing, perm.units_proposed = rng.randint(1, 6), 0
                perm.demolish = True
                perm.proposal = "Demolition of {} dwelling{} to form open space".format(
                    perm.units_existing, "s" if perm.units_existing > 1 else ""
                )
            perm.affordable = 0
            perm.brownfield = 1
        # Estate regeneration: demolitions (in batches of up to 12) and more homes built back.
        for _ in range(6):
            decision = random_date(rng, date(2012, 6, 1), date(2019, 12, 31))
            ward = rng.choice(["Devonport", "St Budeaux", "Budshead", "Honicknowle", "Ham"])
            place = self.places["ward:" + ward]
            existing = rng.randint(18, 40)
            perm = self.windfall_permission(decision, place, "full", units=existing + rng.randint(8, 30))
            perm.units_existing, perm.demolish, perm.flats = existing, True, True
            perm.proposal = "Estate regeneration: demolition of {} flats and erection of {} homes".format(
                existing, perm.units_proposed
            )
            perm.affordable = int(round(perm.units_proposed * 0.4))
            perm.brownfield = 1

    def make_straddling_permissions(self) -> None:
        """Red lines across the gap between adjacent sites, with different splits."""
        targets = [(0.6, 0.4), (0.55, 0.3), (0.72, 0.2), (0.4, 0.35)]  # shares in site A and site B
        for (ref_a, ref_b), (target_a, target_b) in zip(ADJACENT_PAIRS, targets):
            site_a, site_b = self.site_by_ref[ref_a], self.site_by_ref[ref_b]
            (pax, pay), (pbx, pby) = closest_points(site_a.geom, site_b.geom)
            gx, gy = (pax + pbx) / 2, (pay + pby) / 2
            length = math.hypot(pbx - pax, pby - pay)
            ux, uy = (pbx - pax) / length, (pby - pay) / length
            shape = star_coords(self.rng, 0, 0, self.rng.uniform(9000, 14000), 6, 9)
            best, best_miss = None, 2.0
            for along in range(-50, 51, 4):  # negative: towards site A
                for across in range(-40, 41, 10):
                    dx, dy = ux * along - uy * across, uy * along + ux * across
                    geom = polygon([(round(gx + x + dx, 1), round(gy + y + dy, 1)) for x, y in shape])
                    fa = geom.Intersection(site_a.geom).GetArea() / geom.GetArea()
                    fb = geom.Intersection(site_b.geom).GetArea() / geom.GetArea()
                    miss = abs(fa - target_a) + abs(fb - target_b)
                    if fb >= 0.1 and miss < best_miss:
                        best, best_miss = (geom, fa, fb), miss
            geom, fa, fb = best
            units = self.rng.randint(20, 40)
            decision = random_date(self.rng, date(2014, 1, 1), date(2020, 12, 31))
            perm = self.new_permission("full", decision, units, site=site_a, boundary=geom)
            perm.point = surface_point(geom)
            perm.site = None  # it belongs to no single site: that is the point of it
            perm.address = "Land between {} and {}".format(site_a.name, site_b.address)
            perm.proposal = "Erection of {} dwellings with access road across both sites".format(units)
            perm.brownfield = site_a.brownfield
            self.straddle_fractions.append((perm.app_ref, round(fa, 2), round(fb, 2)))
            if len(self.straddle_fractions) == 1:
                perm.locked_site = ref_b  # an officer decided it belongs to the smaller share

    def make_near_misses(self) -> None:
        """Points 5-40 m outside a site's edge with no red line: the near_boundary review."""
        rng = self.rng
        excluded = (
            {a for pair in ADJACENT_PAIRS for a in pair} | set(OVERLAPPING_SITE) | {SELF_INTERSECTING_SITE}
        )
        sites = [s for s in self.sites if s.ref not in excluded]
        made = 0
        while made < 7:
            site = rng.choice(sites)
            ring = site.geom.GetGeometryRef(0)
            i = rng.randrange(ring.GetPointCount() - 1)
            vx, vy = ring.GetX(i), ring.GetY(i)
            centre = site.geom.Centroid()
            dx, dy = vx - centre.GetX(), vy - centre.GetY()
            norm = math.hypot(dx, dy)
            offset = rng.uniform(8, 40)
            x, y = round(vx + dx / norm * offset, 1), round(vy + dy / norm * offset, 1)
            pt = point(x, y)
            gap = pt.Distance(site.geom)
            if not 5 <= gap <= 40 or not site.area.inner.Contains(pt):
                continue
            if any(other is not site and pt.Distance(other.geom) < SITE_GAP for other in self.sites):
                continue
            decision = random_date(rng, date(2013, 1, 1), date(2023, 12, 31))
            perm = self.windfall_permission(
                decision, self.places[site.place], "full", units=rng.randint(1, 4), with_boundary=False
            )
            perm.point = (x, y)
            perm.region = site.area.policy_area
            perm.lpa = site.area.lpa
            perm.jitter = 0.0
            perm.address = "Land adjacent to {}".format(site.address)
            if made < 2:
                perm.locked_site = site.ref
            made += 1

    def make_awkward_permissions(self) -> None:
        rng = self.rng
        # Proposal text with markup, for the report's escaping.
        perm = self.windfall_permission(date(2019, 7, 16), self.places["ward:Stoke"], "full", units=4)
        perm.proposal = "Erection of 4 <b>flats</b> & parking <script>alert(1)</script>"
        perm.flats = True
        # A red line whose ring crosses itself.
        perm = self.windfall_permission(
            date(2016, 9, 2), self.places["ward:Tavistock North"], "full", units=6, with_boundary=True
        )
        ring = perm.boundary.GetGeometryRef(0)
        coords = [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount() - 1)]
        perm.boundary_written = multi(twisted(coords))
        # Officer-locked tags on allocated schemes.
        allocated = [
            p for p in self.permissions if p.site is not None and p.ptype in ("full", "reserved_matters")
        ]
        for perm in rng.sample(allocated, 2):
            perm.locked_site = perm.site.ref

    # -- completions ------------------------------------------------------------------------------

    def make_builds(self) -> None:
        rng = self.rng
        for perm in self.permissions:
            if perm.ptype not in DELIVERING_TYPES or perm.lapsed:
                continue
            chain = [perm]
            while chain[-1].s73_child is not None:
                chain.append(chain[-1].s73_child)
            build = Build(chain, rng)
            if build.gain or build.loss:
                self.builds.append(build)
        small = [
            b
            for b in self.builds
            if b.root.site is None and 1 <= b.gain <= 3 and b.loss == 0 and b.root.decision < date(2015, 6, 1)
        ]
        for build in rng.sample(small, 2):
            build.extra = rng.randint(1, 2)  # completed more than permitted: a data error to flag
            build.remaining += build.extra

    def schedule_completions(self) -> None:
        """Fill each monitoring year's net target for each policy area from the permissions in force.

        Older permissions build first, each at its own rate; a year the permissions cannot fill is
        topped up with small windfall schemes permitted shortly before it (gap fillers).
        """
        rng = self.rng
        for year in MONITORING_YEARS:
            total = FIXED_YEAR_TARGETS.get(year) or rng.randint(*YEAR_TARGET_RANGE)
            ppa = int(round(total * rng.uniform(*PPA_SHARE_RANGE)))
            self.targets[(year, "PPA")] = ppa
            self.targets[(year, "TTV")] = total - ppa
        for year in MONITORING_YEARS:
            first, last = year_start(year), year_end(year)
            for region in ("PPA", "TTV"):
                need = self.targets[(year, region)]
                pool = [
                    b
                    for b in self.builds
                    if b.region == region and b.earliest <= last and (b.remaining > 0 or not b.loss_done)
                ]
                pool.sort(key=lambda b: (b.order, b.root.app_ref))
                for build in pool:
                    lo = max(build.earliest, first)
                    if not build.loss_done:
                        self.loss_rows(build, lo, last)
                        need += build.loss
                    if need <= 0 or build.remaining <= 0:
                        continue
                    share = ((last - lo).days + 1) / 365.0
                    allowed = build.remaining if build.rate <= 9 else max(1, int(build.rate * share))
                    take = min(build.remaining, allowed, need)
                    self.gain_rows(build, take, lo, last)
                    need -= take
                while need > 0:
                    build = self.gap_filler(year, region)
                    take = min(build.remaining, need)
                    self.gain_rows(build, take, max(build.earliest, first), last)
                    need -= take

    def gap_filler(self, year: int, region: str) -> Build:
        rng = self.rng
        decision = max(FIRST_DECISION, year_start(year) - timedelta(days=rng.randint(120, 420)))
        place = self.pick_place(region)
        perm = self.windfall_permission(decision, place, "full", units=rng.randint(2, 9))
        build = Build([perm], rng)
        build.earliest = min(build.earliest, year_end(year) - timedelta(days=60))
        self.builds.append(build)
        self.gap_fillers += 1
        return build

    def completion_row(
        self, build: Build, day: date, units: int, address: str, tenure: str, affordable: int
    ) -> dict:
        rng = self.rng
        self.completion_seq += 1
        source, prefix, _ = rng.choices(COMPLETION_SOURCES, SOURCE_WEIGHTS)[0]
        perm = build.permission_at(day)
        uprn = None
        if abs(units) == 1 and rng.random() < 0.9:
            self.uprn_seq += rng.randint(1, 40)
            uprn = str(100040000000 + self.uprn_seq)
        if build.root.boundary is not None:
            x, y = random_point_in(rng, build.root.boundary)
        else:
            x, y = build.root.point
            if build.root.jitter:
                x = round(x + rng.uniform(-1, 1) * build.root.jitter, 1)
                y = round(y + rng.uniform(-1, 1) * build.root.jitter, 1)
        row = {
            "completion_id": "{}-{}-{:06d}".format(prefix, day.year, self.completion_seq),
            "app_ref": perm.app_ref,
            "uprn": uprn,
            "address": address,
            "completion_date": day,
            "monitoring_year": None,
            "units": units,
            "affordable_units": affordable,
            "tenure": tenure,
            "source": source,
            "_xy": (x, y),
            "_build": build,
            "_perm": perm,
        }
        build.rows.append(row)
        build.completed += units
        self.completions.append(row)
        return row

    def loss_rows(self, build: Build, first: date, last: date) -> None:
        day = min(last, first + timedelta(days=self.rng.randint(0, 60)))
        left = build.loss
        n = 0
        while left > 0:
            chunk = min(12, left)
            n += 1
            address = build.root.address if build.loss == 1 else "Block {}, {}".format(n, build.root.address)
            tenure = "social_rent" if build.root.affordable else "market"
            self.completion_row(build, day, -chunk, address + " (demolished)", tenure, 0)
            left -= chunk
        build.loss_done = True

    def gain_rows(self, build: Build, units: int, first: date, last: date) -> None:
        rng = self.rng
        while units > 0:
            # Building control mostly certifies dwelling by dwelling; a block of flats now and then.
            size = min(units, rng.randint(2, 10)) if build.root.flats and rng.random() < 0.03 else 1
            day = random_date(rng, first, last)
            start = build.plot + 1
            build.plot += size
            noun = "Flat" if build.root.flats else "Plot"
            label = "{} {}".format(noun, start) if size == 1 else "Flats {}-{}".format(start, build.plot)
            left = max(1, build.remaining)
            affordable = 0
            if build.affordable_left >= size and rng.random() < build.affordable_left / left:
                affordable = size
                build.affordable_left -= size
            tenure = rng.choice(TENURES_AFFORDABLE) if affordable else "market"
            self.completion_row(
                build, day, size, "{}, {}".format(label, build.root.address), tenure, affordable
            )
            build.remaining -= size
            units -= size

    def make_completion_mess(self) -> None:
        """Orphan references, rows with no location, rows with only a monitoring year, boundary dates."""
        rng = self.rng
        refs = {p.app_ref for p in self.permissions}
        rows = sorted(self.completions, key=lambda r: r["completion_id"])
        pool = [r for r in rows if r["units"] > 0]
        picked = rng.sample(pool, 25 + 40 + 15 + 20 + 3 + 8)
        orphans, unlocated = picked[:25], picked[25:65]
        year_only, no_ref = picked[65:80], picked[80:100]
        nothing, boundary_dates = picked[100:103], picked[103:]
        for row in orphans:
            ref = row["app_ref"]
            while ref in refs:
                if "/" in ref and ref[2] == "/":  # Plymouth style: typo'd number or an unknown one
                    ref = "{}/{:05d}/{}".format(ref[:2], rng.randint(3000, 9999), ref.split("/")[2])
                else:
                    ref = "{:04d}/{}".format(rng.randint(5000, 9999), ref.split("/", 1)[1])
            row["app_ref"] = ref
        for row in unlocated:
            row["_xy"] = None
        for row in year_only:
            row["monitoring_year"] = monitoring_year(row["completion_date"])
            row["completion_date"] = None
        for row in no_ref:
            row["app_ref"] = None
            row["source"] = "council_tax"
        for row in nothing:
            row["app_ref"] = None
            row["_xy"] = None
            row["source"] = "council_tax"
        # Year-boundary cases: the last and first day of a monitoring year, same year either way.
        for i, row in enumerate(boundary_dates):
            day = row["completion_date"]
            start = year_start(int(monitoring_year(day)[:4]))
            edge = start if i % 2 else date(start.year + 1, 3, 31)
            if row["_perm"].decision <= edge:
                row["completion_date"] = edge

    def make_starts(self) -> None:
        rng = self.rng
        for build in self.builds:
            latest = build.chain[-1]
            if latest.net_units <= 0:
                continue
            dated = [r["completion_date"] or year_start(int(r["monitoring_year"][:4])) for r in build.rows]
            if dated:
                if rng.random() > 0.38:
                    continue
                first = min(dated)
                lo = build.root.decision + timedelta(days=7)
                start = max(lo, first - timedelta(days=rng.randint(30, 400)))
                if start >= first:
                    continue
            else:
                if build.root.decision < date(2022, 4, 1) or rng.random() > 0.45:
                    continue
                start = build.root.decision + timedelta(days=rng.randint(30, 400))
                if start > BASE_DATE:
                    continue
            perm = build.permission_at(start)
            units = perm.net_units
            if units >= 60 and rng.random() < 0.4:
                units = max(build.completed, int(units * rng.uniform(0.5, 0.9)), 1)
            if perm.net_units > 0:
                self.starts.append(
                    {"app_ref": perm.app_ref, "start_date": start, "units": min(units, perm.net_units)}
                )

    def make_trajectory(self) -> None:
        rng = self.rng
        completed: Dict[str, int] = {}
        permitted: Dict[str, bool] = {}
        for build in self.builds:
            site = build.root.site
            if site is not None:
                completed[site.ref] = completed.get(site.ref, 0) + build.completed
                permitted[site.ref] = True
        candidates = [s for s in self.sites if s.capacity > completed.get(s.ref, 0)]
        for site in sorted(rng.sample(candidates, min(40, len(candidates))), key=lambda s: s.ref):
            left = site.capacity - completed.get(site.ref, 0)
            if site.capacity >= 1000:
                rate = rng.randint(150, 240)
            elif site.capacity >= 300:
                rate = rng.randint(60, 110)
            elif site.capacity >= 100:
                rate = rng.randint(35, 60)
            else:
                rate = rng.randint(15, 35)
            lead = 0 if permitted.get(site.ref) else rng.randint(1, 3)
            evidence = rng.choice(
                TRAJECTORY_EVIDENCE[:4] if permitted.get(site.ref) else TRAJECTORY_EVIDENCE[4:]
            )
            for i, year in enumerate(TRAJECTORY_YEARS):
                if i < lead or left <= 0:
                    continue
                units = min(left, rate if i > lead else max(5, rate // 2))
                left -= units
                self.trajectory.append(
                    {
                        "site_ref": site.ref,
                        "app_ref": None,
                        "monitoring_year": year,
                        "units": units,
                        "deliverable": int(bool(permitted.get(site.ref)) and i < 3),
                        "source": "officer",
                        "evidence": evidence,
                    }
                )

    # -- the WGS84 extract -------------------------------------------------------------------------

    def make_wgs84_extract(self) -> Tuple[List[Permission], List[dict]]:
        """About 20 permissions and 50 completions from another system, in lon/lat."""
        rng = self.rng
        perms = []
        for i in range(20):
            decision = random_date(rng, date(2016, 1, 1), date(2023, 6, 30))
            if i < 3:
                # Inside an allocation once transformed back: well inside, so datum shifts don't matter.
                site = rng.choice(
                    [s for s in self.sites if s.capacity >= 100 and s.ref != OVERLAPPING_SITE[1]]
                )
                xy = random_point_in(rng, site.geom.Buffer(-40))
                perm = self.new_permission(
                    "full", decision, rng.randint(4, 12), site=site, xy=xy, register=False
                )
                perm.point = xy
                perm.address = "Plot {}, {}".format(rng.randint(1, 40), site.address)
                perm.proposal = "Erection of {} dwellings".format(perm.units_proposed)
                perm.brownfield = site.brownfield
            else:
                perm = self.windfall_permission(
                    decision,
                    self.pick_place(),
                    "full",
                    units=rng.randint(1, 9),
                    register=False,
                    with_boundary=False,
                )
            perms.append(perm)
        rows: List[dict] = []
        builds = [Build([perm], rng) for perm in perms]
        while len(rows) < 50:
            for build in builds:
                if len(rows) < 50 and build.completed < build.gain:
                    day = random_date(rng, max(build.earliest, date(2017, 4, 1)), BASE_DATE)
                    address = "Plot {}, {}".format(len(build.rows) + 1, build.root.address)
                    rows.append(self.completion_row(build, day, 1, address, "market", 0))
        # These rows went to self.completions via completion_row; they belong to the other file.
        ids = {r["completion_id"] for r in rows}
        self.completions = [r for r in self.completions if r["completion_id"] not in ids]
        return perms, rows

    def make_evidence(self) -> None:
        _make_evidence(self)

    def generate(self) -> None:
        self.make_allocations()
        self.make_permissions()
        self.make_builds()
        self.schedule_completions()
        self.make_completion_mess()
        self.make_starts()
        self.make_trajectory()
        self.wgs84_permissions, self.wgs84_completions = self.make_wgs84_extract()
        self.make_evidence()


def _make_evidence(data: "DemoData") -> None:
    """Deliverability evidence for the sites with an officer trajectory (NPPF Annex 2): a third with a
    written agreement, a third with a questionnaire return, both within the 12 months before 31 March
    2025; every fifth also an older site assessment (too old to count) or an officer's judgement (never
    clear evidence alone). Its own random stream, so the rest of the demo is as it was."""
    rng = random.Random(data.seed * 7 + 12)
    sites = sorted({r["site_ref"] for r in data.trajectory if r["site_ref"]})
    developers = ["Baker Estates", "Linden Homes", "Taylor Wimpey South West", "Persimmon Homes South West",
                  "Cavanna Homes", "Plymouth Community Homes", "Barratt David Wilson Homes"]  # fmt: skip
    for i, ref in enumerate(sites):
        developer = developers[i % len(developers)]
        kind = i % 3
        if kind == 0:
            day = random_date(rng, date(2024, 6, 1), date(2025, 3, 15))
            data.evidence.append(
                {"site_ref": ref, "evidence_type": "written_agreement", "evidence_date": day,
                 "source": "Statement of common ground, {}".format(day.strftime("%B %Y")),
                 "contact_organisation": developer, "summary": "start on site and 50 homes a year agreed",
                 "recorded_by": "demo", "recorded_at": "2025-03-31T12:00:00"}
            )  # fmt: skip
        elif kind == 1:
            day = random_date(rng, date(2024, 11, 1), date(2025, 3, 20))
            data.evidence.append(
                {"site_ref": ref, "evidence_type": "developer_questionnaire", "evidence_date": day,
                 "source": "questionnaire_{}.xlsx".format(ref), "contact_organisation": developer,
                 "summary": "trajectory confirmed", "recorded_by": "demo",
                 "recorded_at": "2025-03-31T12:00:00"}
            )  # fmt: skip
        if i % 5 == 2:
            data.evidence.append(
                {"site_ref": ref, "evidence_type": "site_assessment", "evidence_date": date(2023, 6, 1),
                 "source": "SHLAA 2023", "summary": "suitable, available", "recorded_by": "demo",
                 "recorded_at": "2023-07-01T12:00:00"}
            )  # fmt: skip
        elif i % 5 == 4:
            data.evidence.append(
                {"site_ref": ref, "evidence_type": "officer_judgement", "evidence_date": date(2025, 2, 1),
                 "summary": "likely to come forward", "recorded_by": "demo",
                 "recorded_at": "2025-02-01T12:00:00"}
            )  # fmt: skip


def write_returns(data: "DemoData", folder: str) -> List[str]:
    """Three returned questionnaire workbooks (core/questionnaires.py's layout) for sites without
    evidence yet: two filled in, one without a reply date (rejected whole when imported)."""
    os.makedirs(folder, exist_ok=True)
    evidenced = {r["site_ref"] for r in data.evidence if r["evidence_type"] != "officer_judgement"}
    sites = sorted(
        {r["site_ref"] for r in data.trajectory if r["site_ref"] and r["site_ref"] not in evidenced}
    )
    paths = []
    for n, ref in enumerate(sites[:3]):
        path = os.path.join(folder, "return_{}.xlsx".format(ref.replace("/", "_")))
        if os.path.exists(path):
            os.remove(path)
        ds = ogr.GetDriverByName("XLSX").CreateDataSource(path)
        sheet = ds.CreateLayer("Trajectory", geom_type=ogr.wkbNone)
        for name, kind in (("site_ref", ogr.OFTString), ("app_ref", ogr.OFTString),
                           ("monitoring_year", ogr.OFTString), ("current_units", ogr.OFTInteger),
                           ("your_units", ogr.OFTInteger)):  # fmt: skip
            sheet.CreateField(ogr.FieldDefn(name, kind))
        for row in [r for r in data.trajectory if r["site_ref"] == ref]:
            feature = ogr.Feature(sheet.GetLayerDefn())
            feature.SetField("site_ref", ref)
            feature.SetField("monitoring_year", row["monitoring_year"])
            feature.SetField("current_units", row["units"])
            feature.SetField("your_units", max(row["units"] - 5 * n, 0))
            sheet.CreateFeature(feature)
        answers = ds.CreateLayer("Evidence", geom_type=ogr.wkbNone)
        for name in ("question_id", "question", "answer"):
            answers.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        reply = "" if n == 2 else "2025-03-{:02d}".format(10 + n)
        for key, answer in (("reply_date", reply), ("organisation", "Demo Developments Ltd"),
                            ("start_on_site", "2025-06"), ("build_out_rate", "40")):  # fmt: skip
            feature = ogr.Feature(answers.GetLayerDefn())
            feature.SetField("question_id", key)
            feature.SetField("question", key.replace("_", " "))
            feature.SetField("answer", answer)
            answers.CreateFeature(feature)
        ds = None
        paths.append(path)
    return paths


def site_area_m2(capacity: int, employment: Optional[float]) -> float:
    """capacity / DWELLINGS_PER_HECTARE ha for housing, employment_sqm / 4000 ha for employment; 0.5 ha
    at least."""
    hectares = capacity / DWELLINGS_PER_HECTARE if capacity else (employment or 0) / 4000.0
    return max(0.5, hectares) * 10000


# ---------------------------------------------------------------------------------------------
# Rows and writing


def permission_attrs(perm: Permission) -> dict:
    return {
        "app_ref": perm.app_ref,
        "lpa": perm.lpa,
        "address": perm.address,
        "proposal": perm.proposal,
        "permission_type": perm.ptype,
        "decision_date": perm.decision,
        "expiry_date": perm.expiry,
        "parent_ref": perm.parent_ref,
        "units_proposed": perm.units_proposed,
        "units_existing": perm.units_existing,
        "net_units": perm.net_units,
        "affordable_units": perm.affordable,
        "brownfield": perm.brownfield,
        "site_ref": perm.locked_site,
        "tag_locked": 1 if perm.locked_site else None,
    }


def completion_attrs(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def layer_rows(data: DemoData) -> Dict[str, list]:
    rows = {
        schema.ALLOCATIONS: [
            (
                {
                    "site_ref": s.ref,
                    "policy_ref": s.ref.split(".")[0],
                    "site_name": s.name,
                    "lpa": s.area.lpa,
                    "policy_area": s.area.policy_area,
                    "homes_capacity": s.capacity,
                    "employment_sqm": s.employment,
                    "notes": s.notes,
                },
                s.written,
            )
            for s in data.sites
        ],
        schema.AREAS: [({"lpa": a.lpa, "policy_area": a.policy_area}, multi(a.geom)) for a in data.areas],
        schema.PERMISSIONS: [(permission_attrs(p), point(*p.point)) for p in data.permissions],
        schema.PERMISSION_BOUNDARIES: [
            ({"app_ref": p.app_ref}, p.boundary_written)
            for p in data.permissions
            if p.boundary_written is not None
        ],
        schema.COMPLETIONS: [
            (completion_attrs(r), point(*r["_xy"]) if r["_xy"] else None)
            for r in sorted(
                data.completions, key=lambda r: (r["completion_date"] or date(1, 1, 1), r["completion_id"])
            )
        ],
        schema.STARTS: [
            (r, None) for r in sorted(data.starts, key=lambda r: (r["start_date"], r["app_ref"]))
        ],
        schema.TRAJECTORY: [(r, None) for r in data.trajectory],
        schema.SITE_EVIDENCE: [(r, None) for r in data.evidence],
    }
    return rows


def spatial_ref(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def write_gpkg(path: str, layers: Dict[str, list], srs: osr.SpatialReference) -> None:
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name, rows in layers.items():
        definition = schema.LAYERS[name]
        geometry_type = GEOMETRY_TYPES[definition.geometry]
        layer = ds.CreateLayer(
            name,
            srs if definition.geometry else None,
            geometry_type,
            options=["FID=fid", "DESCRIPTION=" + DESCRIPTION],
        )
        for field in definition.fields:
            layer.CreateField(ogr.FieldDefn(field.name, FIELD_TYPES[field.kind]))
        layer_defn = layer.GetLayerDefn()
        ds.StartTransaction()
        for attrs, geom in rows:
            feature = ogr.Feature(layer_defn)
            for field in definition.fields:
                value = attrs.get(field.name)
                if value is None:
                    continue
                if isinstance(value, date):
                    feature.SetField(field.name, value.year, value.month, value.day, 0, 0, 0, 0)
                else:
                    feature.SetField(field.name, value)
            if geom is not None:
                feature.SetGeometry(geom)
            layer.CreateFeature(feature)
        ds.CommitTransaction()
    ds = None


def to_wgs84(rows: list) -> list:
    transform = osr.CoordinateTransformation(spatial_ref(27700), spatial_ref(4326))
    out = []
    for attrs, geom in rows:
        if geom is not None:
            lon, lat, _ = transform.TransformPoint(geom.GetX(), geom.GetY())
            geom = point(round(lon, 7), round(lat, 7))
        out.append((attrs, geom))
    return out


def summary(data: DemoData, layers: Dict[str, list]) -> str:
    lines = [
        "JLP Monitor demo data (real council boundaries, synthetic sites; real JLP site references and "
        "capacities)"
    ]
    for name, rows in layers.items():
        lines.append("   {:<22} {:>6,} rows".format(name, len(rows)))
    lines.append(
        "   WGS84 extract: {} permissions, {} completions".format(
            len(data.wgs84_permissions), len(data.wgs84_completions)
        )
    )
    totals: Dict[str, int] = {}
    ppa = located = 0
    for row in data.completions:
        year = row["monitoring_year"] or monitoring_year(row["completion_date"])
        totals[year] = totals.get(year, 0) + row["units"]
        if row["_xy"] is not None:
            located += row["units"]
            if row["_build"].region == "PPA":
                ppa += row["units"]
    lines.append(
        "   net completions by monitoring year: "
        + ", ".join("{} {:,}".format(year, totals[year]) for year in sorted(totals))
    )
    lines.append("   PPA share of located completions: {:.1%}".format(ppa / located))
    lines.append(
        "   plan area (outside Dartmoor National Park): "
        + ", ".join(
            "{}/{} {:,.1f} km²".format(a.lpa, a.policy_area, a.geom.GetArea() / 1e6) for a in data.areas
        )
    )
    lines.append("   allocated homes capacity: {:,}".format(sum(s.capacity for s in data.sites)))
    lines.append(
        "   straddling red lines (app_ref, share in each site): "
        + "; ".join("{} {:.2f}/{:.2f}".format(*f) for f in data.straddle_fractions)
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder to write the two GeoPackages into")
    parser.add_argument("--seed", type=int, default=2014, help="random seed (default 2014)")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)

    data = DemoData(args.seed)
    data.generate()
    layers = layer_rows(data)
    write_gpkg(os.path.join(args.out, MAIN_FILE), layers, spatial_ref(27700))
    wgs84_layers = {
        schema.PERMISSIONS: to_wgs84(
            [(permission_attrs(p), point(*p.point)) for p in data.wgs84_permissions]
        ),
        schema.COMPLETIONS: to_wgs84(
            [(completion_attrs(r), point(*r["_xy"])) for r in data.wgs84_completions]
        ),
    }
    write_gpkg(os.path.join(args.out, WGS84_FILE), wgs84_layers, spatial_ref(4326))
    write_returns(data, os.path.join(args.out, "returns"))
    print(summary(data, layers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
