"""Tagging on PostGIS with the spatial work done by the database (DOMAIN.md §3, same results as in QGIS).

The database answers, in a few set-based queries on GiST-indexed tables, what the QGIS path asks its
spatial index and GEOS one feature at a time: which allocations contain each point (ST_Intersects),
what fraction of each red-line boundary lies in each allocation (ST_Area of ST_Intersection; 1 when
ST_Contains), and the nearest allocation within the near distance (ST_DWithin, ST_Distance). Geometries
are repaired as QGIS repairs them (ST_MakeValid where ST_IsValid fails), a permission's boundary parts
are merged (ST_Union), and layers in another CRS are transformed to the allocations' (ST_Transform).
The rules themselves — thresholds, orders, review reasons — are ``tagging_rules.Sites``' own methods, so the
two paths decide alike; ``SqlSites`` only answers their spatial questions from the query results.
"""

from typing import Dict, List, Optional, Tuple

from qgis.core import QgsGeometry

from ..compat import POLYGON_GEOMETRY
from . import schema
from .sql import quote_identifier
from .tagging_rules import Sites, usable

Key = Tuple[str, object]


class Shape:
    """A red-line boundary as the database measured it (what tag_permission and tag_polygon ask of it)."""

    def __init__(self, key: Key, area: float):
        self.key = key
        self._area = area

    def area(self) -> float:
        return self._area


class SqlSites(Sites):
    """The allocations, with the spatial relations of every target computed by PostGIS."""

    def __init__(self, refs: List[str], areas: List[float]):
        # Not Sites.__init__: no geometries here, no QGIS index; the database has them.
        self.refs = refs
        self.areas = areas
        self._focus: Optional[Key] = None
        self._containing: Dict[Key, List[int]] = {}
        self._overlaps: Dict[Key, List[Tuple[float, int]]] = {}
        self._near: Dict[Key, int] = {}
        self.boundaries: Dict[str, Shape] = {}

    def focus(self, key: Key) -> None:
        """The target whose questions come next (a point target: its layer and fid)."""
        self._focus = key

    # The spatial questions of Sites, answered from the queries.
    def containing(self, point) -> List[int]:
        return self._containing.get(self._key(point), [])

    def overlaps(self, polygon) -> List[Tuple[float, int]]:
        return self._overlaps.get(self._key(polygon), [])

    def nearest_within(self, geometry, distance: float) -> Optional[int]:
        return self._near.get(self._key(geometry))

    def _key(self, geometry) -> Optional[Key]:
        return geometry.key if isinstance(geometry, Shape) else self._focus

    @classmethod
    def from_store(cls, store, near_distance: float) -> "SqlSites":
        with store.transaction() as con:
            return cls._query(store, con, near_distance)

    @classmethod
    def _query(cls, store, con, near_distance: float) -> "SqlSites":
        srid = store.srid(schema.ALLOCATIONS)
        # Allocations: repaired as QGIS repairs them (the invalid ones, by QGIS itself), numbered in fid
        # order as Sites.from_store lists them, measured by QGIS.
        con.execute(
            "CREATE TEMP TABLE jlp_raw_sites ON COMMIT DROP AS SELECT fid, site_ref, geom::geometry AS g, "
            "ST_IsValid(geom) AS valid FROM allocations WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom) "
            "AND site_ref IS NOT NULL AND site_ref <> ''"
        )
        _repair(con, "jlp_raw_sites", srid, polygons_only=False)
        con.execute(
            "CREATE TEMP TABLE jlp_sites ON COMMIT DROP AS "
            "SELECT row_number() OVER (ORDER BY fid) - 1 AS idx, site_ref, g FROM jlp_raw_sites"
        )
        con.execute("CREATE INDEX ON jlp_sites USING GIST (g)")
        con.execute("ANALYZE jlp_sites")
        refs, areas, site_wkb = [], [], []
        for _idx, ref, wkb in con.execute("SELECT idx, site_ref, ST_AsBinary(g) FROM jlp_sites ORDER BY idx"):
            refs.append(str(ref))
            site_wkb.append(bytes(wkb))
            areas.append(_geometry(wkb).area())
        sites = cls(refs, areas)

        for name in (schema.PERMISSIONS, schema.COMPLETIONS):
            geometry = _in_srid(store, name, srid)
            table = quote_identifier(name)
            for fid, idx in con.execute(
                "SELECT t.fid, s.idx FROM {} t JOIN jlp_sites s ON ST_Intersects({}, s.g) "
                "WHERE t.geom IS NOT NULL AND NOT ST_IsEmpty(t.geom)".format(table, geometry)
            ):
                sites._containing.setdefault((name, fid), []).append(idx)
            for fid, idx in con.execute(
                "SELECT DISTINCT ON (t.fid) t.fid, s.idx FROM {0} t JOIN jlp_sites s "
                "ON ST_DWithin({1}, s.g, ?) WHERE t.geom IS NOT NULL AND NOT ST_IsEmpty(t.geom) "
                "AND NOT EXISTS (SELECT 1 FROM jlp_sites i WHERE ST_Intersects({1}, i.g)) "
                "ORDER BY t.fid, ST_Distance({1}, s.g), s.site_ref".format(table, geometry),
                (float(near_distance),),
            ):
                sites._near[(name, fid)] = idx  # asked only of points in no site

        # Red-line boundaries: each part in the allocations' CRS, repaired (by QGIS) when invalid, kept
        # when a (multi)polygon, merged per permission.
        con.execute(
            "CREATE TEMP TABLE jlp_parts ON COMMIT DROP AS SELECT fid, app_ref::text AS app_ref, g, "
            "ST_IsValid(g) AS valid FROM (SELECT fid, app_ref, ({})::geometry AS g "
            "FROM permission_boundaries "
            "WHERE app_ref IS NOT NULL AND app_ref::text <> '' AND geom IS NOT NULL AND NOT ST_IsEmpty(geom)"
            ") AS raw".format(_in_srid(store, schema.PERMISSION_BOUNDARIES, srid, alias=None))
        )
        _repair(con, "jlp_parts", srid, polygons_only=True)
        con.execute(
            "CREATE TEMP TABLE jlp_bounds ON COMMIT DROP AS "
            "SELECT app_ref, CASE WHEN count(*) = 1 THEN (array_agg(g))[1] ELSE ST_Union(g ORDER BY fid) END "
            "AS g "
            "FROM jlp_parts WHERE GeometryType(g) IN ('POLYGON', 'MULTIPOLYGON') GROUP BY app_ref"
        )
        con.execute("CREATE INDEX ON jlp_bounds USING GIST (g)")
        con.execute("ANALYZE jlp_bounds")
        for app_ref, area in con.execute("SELECT app_ref, ST_Area(g) FROM jlp_bounds"):
            sites.boundaries[app_ref] = Shape(("boundary", app_ref), float(area))
        # A boundary inside a site overlaps it wholly. For the pairs that cross a site's edge the shared
        # area is measured exactly as the QGIS engine measures it (GEOS through QGIS, the site
        # prepared), so that fractions on the rounding or threshold edge come out the same to the
        # last digit; the database has already found the pairs.
        partial: Dict[str, List[int]] = {}
        for app_ref, idx, inside in con.execute(
            "SELECT b.app_ref, s.idx, ST_Contains(s.g, b.g) FROM jlp_bounds b "
            "JOIN jlp_sites s ON ST_Intersects(s.g, b.g)"
        ):
            if inside:
                sites._overlaps.setdefault(("boundary", app_ref), []).append((1.0, idx))
            else:
                partial.setdefault(app_ref, []).append(idx)
        engines = {}
        for idx in sorted({idx for found in partial.values() for idx in found}):
            site = _geometry(site_wkb[idx])
            engine = QgsGeometry.createGeometryEngine(site.constGet())
            engine.prepareGeometry()
            engines[idx] = (site, engine)
        refs = sorted(partial)
        for start in range(0, len(refs), 1000):
            chunk = refs[start : start + 1000]
            for app_ref, wkb in con.execute(
                "SELECT app_ref, ST_AsBinary(g) FROM jlp_bounds WHERE app_ref IN ({})".format(
                    ", ".join("?" for _ in chunk)
                ),
                chunk,
            ):
                boundary = _geometry(wkb)
                area = boundary.area()
                for idx in partial[app_ref]:
                    shared = engines[idx][1].intersection(boundary.constGet())
                    fraction = (shared.area() / area) if (shared is not None and area > 0) else 0.0
                    sites._overlaps.setdefault(("boundary", app_ref), []).append((min(fraction, 1.0), idx))
        for app_ref, idx in con.execute(
            "SELECT DISTINCT ON (b.app_ref) b.app_ref, s.idx FROM jlp_bounds b JOIN jlp_sites s "
            "ON ST_DWithin(b.g, s.g, ?) "
            "WHERE NOT EXISTS (SELECT 1 FROM jlp_sites i WHERE ST_Contains(i.g, b.g)) "
            "ORDER BY b.app_ref, ST_Distance(b.g, s.g), s.site_ref",
            (float(near_distance),),
        ):
            sites._near[("boundary", app_ref)] = idx

        # The orders Sites' own methods give.
        for found in sites._containing.values():
            found.sort(key=lambda i: (sites.areas[i], sites.refs[i]))
        for pairs in sites._overlaps.values():
            pairs.sort(key=lambda pair: (-pair[0], sites.areas[pair[1]], sites.refs[pair[1]]))
        return sites


TAGGED_LAYERS = (schema.ALLOCATIONS, schema.PERMISSIONS, schema.PERMISSION_BOUNDARIES, schema.COMPLETIONS)


def sql_ready(store) -> bool:
    """True when the store's tables are as createstore makes them (geometry column ``geom``), which the
    queries assume; a store made by another tool otherwise is tagged by the QGIS engine."""
    return all(store.geometry_column(name) == "geom" for name in TAGGED_LAYERS)


def _repair(con, table: str, srid: int, polygons_only: bool) -> None:
    """Repair the table's invalid geometries as the QGIS engine does (``tagging_rules.usable``); drop those
    with nothing usable left (and, for boundaries, those that are no longer polygons)."""
    for fid, wkb in con.execute(
        "SELECT fid, ST_AsBinary(g) FROM {} WHERE NOT valid".format(table)
    ).fetchall():
        geometry = usable(_geometry(wkb))
        if geometry is None or (polygons_only and geometry.type() != POLYGON_GEOMETRY):
            con.execute("DELETE FROM {} WHERE fid = ?".format(table), (fid,))
        else:
            con.execute(
                "UPDATE {} SET g = ST_GeomFromWKB(?, {}), valid = true WHERE fid = ?".format(
                    table, int(srid)
                ),
                (bytes(geometry.asWkb()), fid),
            )


def _geometry(wkb) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(wkb))
    return geometry


def _in_srid(store, name: str, srid: int, alias: Optional[str] = "t") -> str:
    """The layer's geometry column in the allocations' SRID (transformed when the layer has another)."""
    column = "{}.geom".format(alias) if alias else "geom"
    layer_srid = store.srid(name)
    if srid and layer_srid and layer_srid != srid:
        return "ST_Transform({}, {})".format(column, int(srid))
    return column
