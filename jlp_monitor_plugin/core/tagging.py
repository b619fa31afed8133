"""Tagging permissions and completions to allocation sites: DOMAIN.md section 3, exactly.

1. Locked tags (``tag_locked`` = 1) are never changed by an automatic run.
2. Completions: reference first. A completion whose ``app_ref`` matches a permission inherits that
   permission's ``site_ref`` (untagged included), ``tag_method`` = ``reference``; if its point lies in
   allocations none of which is the inherited site, ``tag_review`` = ``location_conflict`` and
   ``tag_candidate`` = the site it lies in.
3. Points: the allocation containing the point (boundary counts as inside), overlap 1; in two or
   more, the smallest-area one with ``multiple_sites`` (candidate: the next smallest).
4. Polygons (a permission's red-line boundary, when it has one): overlap f = area(feature ∩ site) /
   area(feature). Best f ≥ ``overlap_threshold``: tagged, overlap f, and ``multiple_sites`` when a
   second site has f ≥ ``minor_overlap`` (candidate: that site). 0 < best f < threshold: untagged,
   ``partial_overlap``, candidate the best site, overlap its f.
5. Overlapping no allocation but within ``near_distance`` of one: untagged, ``near_boundary``,
   candidate the nearest site.
6. Otherwise untagged (windfall), ``tag_method`` = ``none``, no review.
7. Invalid geometries are repaired for the test only; no usable geometry and no reference:
   untagged, ``no_geometry``.
8. Every change of ``site_ref`` appends a ``tag_audit`` row.

All features are read, tested in the allocations' CRS, and the changes written in one transaction:
a failure or a cancel leaves the store exactly as it was. A feature whose tag fields already hold
the result is not written (UNCHANGED), so running again changes nothing.
"""

import datetime
import getpass
import logging
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

from qgis.core import QgsApplication, QgsGeometry

from ..compat import POLYGON_GEOMETRY
from . import schema
from .store import Store
from .store_base import StaleEditError, read_for_update
from .tagging_rules import NO_GEOMETRY, NONE, OVERLAP_DECIMALS, REFERENCE, Sites, Tag, TagSettings, usable
from .translation import tr

LOG = logging.getLogger(__name__)

TARGETS = ["permissions", "completions", "both"]
TAG_RESULT_FIELDS = ["site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate"]
AUDIT_FIELDS = ["layer", "feature_key", "old_site_ref", "new_site_ref", "method", "reason", "user", "at"]
KEYS = {schema.PERMISSIONS: "app_ref", schema.COMPLETIONS: "completion_id"}


class TaggingCancelledError(Exception):
    """Tagging was cancelled; nothing was written."""


class TagCounts(NamedTuple):
    """A partition of the features considered: TAGGED, REVIEW and UNTAGGED count features whose tag
    changed in this run (REVIEW: now in the review queue, tagged or not); UNCHANGED counts those
    already right, locked ones included; HELD the completions left as they were because the permission
    they follow was changed by someone else while the run ran."""

    tagged: int = 0
    review: int = 0
    untagged: int = 0
    unchanged: int = 0
    held: int = 0  # completions left as they were: their permission changed while the run ran

    def __add__(self, other):
        return TagCounts(*(a + b for a, b in zip(self, other)))


class _Target(NamedTuple):
    fid: int
    key: str
    locked: bool
    current: Tag
    app_ref: Optional[str]
    geometry: Optional[QgsGeometry]


def _stored_tag(site, method, overlap, review, candidate) -> Tag:
    """A tag as read from the store (empty texts as None, the overlap rounded as compared)."""
    return Tag(
        site or None,
        method or None,
        None if overlap is None else round(float(overlap), OVERLAP_DECIMALS),
        review or None,
        candidate or None,
    )


def _check_unchanged(con, name: str, targets: List[_Target], updates: List[Tuple]) -> None:
    """Refuse the run (StaleEditError) when a feature it is about to write was changed by someone else
    since the run read it (an officer's manual tag, say): the officer's work is never overwritten."""
    by_fid = {t.fid: t for t in targets}
    fids = [row[-1] for row in updates]
    stored = read_for_update(con, name, ["tag_locked"] + TAG_RESULT_FIELDS, fids)
    changed = []
    for fid in fids:
        target = by_fid[fid]
        row = stored.get(fid)
        if row is None:
            continue  # deleted since: the UPDATE writes nothing
        if bool(row[0]) != target.locked or _stored_tag(*row[1:]).as_row() != target.current.as_row():
            changed.append("{} {}".format(name, target.key))
    if changed:
        shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
        raise StaleEditError(
            tr(
                "Tagging stopped: {} changed by someone else since this run read them ({}); nothing was "
                "written. Run tagging again."
            ).format(len(changed), shown)
        )


def _followers_of_changed_permissions(
    con, permissions: List[_Target], completions: List[_Target], results: Dict[int, Tag]
) -> frozenset:
    """The fids of the completions this run would tag by reference to a permission whose site_ref or
    lock someone changed (or that was deleted) since the run read it. The permissions are read locked
    (PostGIS: FOR UPDATE), so they cannot change again before the run commits."""
    by_ref = {t.key: t for t in permissions}
    followers = {}  # type: Dict[int, _Target]  # permission fid -> the permission as read
    followed = []  # type: List[Tuple[int, int]]  # (completion fid, permission fid)
    for target in completions:
        if target.locked or results[target.fid].as_row() == target.current.as_row():
            continue
        permission = by_ref.get(target.app_ref) if target.app_ref is not None else None
        if permission is None or results[target.fid].method != REFERENCE:
            continue
        followers[permission.fid] = permission
        followed.append((target.fid, permission.fid))
    if not followed:
        return frozenset()
    stored = read_for_update(con, schema.PERMISSIONS, ["site_ref", "tag_locked"], list(followers))
    changed = set()
    for fid, permission in followers.items():
        row = stored.get(fid)
        as_read = (permission.current.site_ref, permission.locked)
        if row is None or ((row[0] or None), bool(row[1])) != as_read:
            changed.add(fid)
    return frozenset(completion for completion, permission in followed if permission in changed)


def _read(store: Store, name: str, crs, feedback=None) -> List[_Target]:
    transform = store.transform_to(name, crs)
    fields = [KEYS[name], "app_ref", "tag_locked"] + TAG_RESULT_FIELDS
    out = []
    for n, (fid, geometry, key, app_ref, locked, site, method, overlap, review, candidate) in enumerate(
        store.read_rows(name, fields)
    ):
        if geometry is not None and transform is not None:
            try:
                geometry.transform(transform)
            except Exception:  # noqa: BLE001 - a point that cannot be transformed is not usable
                geometry = None
        current = _stored_tag(site, method, overlap, review, candidate)
        out.append(_Target(fid, str(key or fid), bool(locked), current, app_ref or None, usable(geometry)))
        if feedback is not None and n % 10000 == 0 and feedback.isCanceled():
            raise TaggingCancelledError()
    return out


def _boundaries(store: Store, crs) -> Dict[str, QgsGeometry]:
    """Red-line boundaries by app_ref (several parts of one permission merged), repaired."""
    transform = store.transform_to(schema.PERMISSION_BOUNDARIES, crs)
    parts: Dict[str, List[QgsGeometry]] = {}
    for _fid, geometry, app_ref in store.read_rows(schema.PERMISSION_BOUNDARIES, ["app_ref"]):
        if not app_ref or geometry is None:
            continue
        if transform is not None:
            geometry.transform(transform)
        geometry = usable(geometry)
        if geometry is not None and geometry.type() == POLYGON_GEOMETRY:
            parts.setdefault(str(app_ref), []).append(geometry)
    return {ref: (g[0] if len(g) == 1 else QgsGeometry.unaryUnion(g)) for ref, g in parts.items()}


def tag_permission(
    sites: Sites, settings: TagSettings, target: _Target, boundary: Optional[QgsGeometry]
) -> Tag:
    if boundary is not None and boundary.area() > 0:
        return sites.tag_polygon(boundary, settings)
    if target.geometry is not None:
        if target.geometry.type() == POLYGON_GEOMETRY:
            return sites.tag_polygon(target.geometry, settings)
        return sites.tag_point(target.geometry, settings)
    return Tag(None, NONE, None, NO_GEOMETRY)


def tag_completion(
    sites: Sites, settings: TagSettings, target: _Target, permission_tags: Dict[str, Tag]
) -> Tag:
    if target.app_ref is not None and target.app_ref in permission_tags:
        return sites.tag_by_reference(permission_tags[target.app_ref].site_ref, target.geometry)
    if target.geometry is not None:
        return sites.tag_point(target.geometry, settings)
    return Tag(None, NONE, None, NO_GEOMETRY)


def current_user() -> str:
    try:
        name = QgsApplication.userFullName() or QgsApplication.userLoginName()
    except Exception:  # noqa: BLE001 - no application (plain scripts)
        name = ""
    return name or getpass.getuser()


def _reason(tag: Tag) -> str:
    if tag.method == REFERENCE:
        return tr("automatic: follows its permission")
    if tag.site_ref is None:
        return tr("automatic: no longer in an allocation")
    return tr("automatic: lies in the allocation")


def _plan(
    name: str, targets: Iterable[_Target], results: Dict[int, Tag], user: str, at: str, held=frozenset()
):
    """Rows to write, audit rows and counts for one layer; the fids in ``held`` are left as they are."""
    updates, audit = [], []
    tagged = review = untagged = unchanged = 0
    for target in targets:
        new = results[target.fid]
        row = new.as_row()
        if target.locked or row == target.current.as_row():
            unchanged += 1
            continue
        if target.fid in held:
            continue
        updates.append(row + (target.fid,))
        if new.site_ref != target.current.site_ref:
            audit.append(
                (name, target.key, target.current.site_ref, new.site_ref, new.method, _reason(new), user, at)
            )
        if new.review:
            review += 1
        elif new.site_ref:
            tagged += 1
        else:
            untagged += 1
    return updates, audit, TagCounts(tagged, review, untagged, unchanged, len(held))


def tag_store(
    store: Store,
    targets: str = "both",
    feedback=None,
    user: Optional[str] = None,
    engine: Optional[str] = None,
) -> TagCounts:
    """Tag the store's permissions and/or completions in place (DOMAIN.md §3); one transaction.

    ``engine``: one of ``store.tagging_engines()``: "qgis" tests geometries in QGIS (GEOS, a spatial
    index); "sql" has PostGIS do the spatial work (``postgis_tagging``), with the same rules and
    results. Default: the store's first ("sql" on a PostGIS store createstore made, else "qgis").
    """
    if targets not in TARGETS:
        raise ValueError(tr("TARGETS must be one of {}, not '{}'").format(", ".join(TARGETS), targets))
    engines = store.tagging_engines()
    if engine is None:
        engine = engines[0]
    if engine not in engines:
        raise ValueError(tr("Tagging engine '{}' is not available for this store.").format(engine))
    settings = TagSettings.from_store(store)
    sites = store.sql_sites(settings.near_distance) if engine == "sql" else Sites.from_store(store)
    crs = store.layer(schema.ALLOCATIONS).crs()
    user = user or current_user()
    at = datetime.datetime.now().replace(microsecond=0).isoformat()

    def progress(value: float) -> None:
        if feedback is not None:
            if feedback.isCanceled():
                raise TaggingCancelledError()
            feedback.setProgress(value)

    # Permissions are tested even when only completions are tagged: completions follow them, and
    # untouched permissions keep their stored tags.
    permissions = _read(store, schema.PERMISSIONS, crs, feedback)
    progress(10)
    permission_tags: Dict[str, Tag] = {}
    permission_results: Dict[int, Tag] = {}
    if targets in ("permissions", "both"):
        boundaries = sites.boundaries if engine == "sql" else _boundaries(store, crs)
        progress(20)
        for n, target in enumerate(permissions):
            sites.focus((schema.PERMISSIONS, target.fid))
            tag = (
                target.current
                if target.locked
                else tag_permission(sites, settings, target, boundaries.get(target.key))
            )
            permission_results[target.fid] = tag
            if n % 2000 == 0:
                progress(20 + 30.0 * n / max(len(permissions), 1))
    else:
        permission_results = {t.fid: t.current for t in permissions}
    for target in permissions:
        permission_tags[target.key] = permission_results[target.fid]

    writes = []  # (layer, its targets, their results)
    counts = TagCounts()
    if targets in ("permissions", "both"):
        writes.append((schema.PERMISSIONS, permissions, permission_results))
    if targets in ("completions", "both"):
        completions = _read(store, schema.COMPLETIONS, crs, feedback)
        progress(60)
        results = {}
        for n, target in enumerate(completions):
            sites.focus((schema.COMPLETIONS, target.fid))
            results[target.fid] = (
                target.current if target.locked else tag_completion(sites, settings, target, permission_tags)
            )
            if n % 5000 == 0:
                progress(60 + 30.0 * n / max(len(completions), 1))
        writes.append((schema.COMPLETIONS, completions, results))

    progress(90)
    held_keys = []  # type: List[str]
    with store.transaction() as con:
        # One transaction; the rows to write are locked and checked first (no lost updates), and so are
        # the permissions the completions follow: a completion whose permission someone changed since
        # the run read it (an officer moved and locked it) is left as it is, not tagged to the old site.
        planned = []
        for name, layer_targets, layer_results in writes:
            held = frozenset()  # type: frozenset
            if name == schema.COMPLETIONS:
                held = _followers_of_changed_permissions(con, permissions, layer_targets, layer_results)
                held_keys.extend(t.key for t in layer_targets if t.fid in held)
            updates, audit, layer_counts = _plan(name, layer_targets, layer_results, user, at, held)
            _check_unchanged(con, name, layer_targets, updates)
            planned.append((name, updates, audit, layer_counts))
        for name, updates, audit, layer_counts in planned:
            con.update_rows(name, TAG_RESULT_FIELDS, updates)
            con.insert_rows(schema.TAG_AUDIT, AUDIT_FIELDS, audit)
            counts += layer_counts
        if feedback is not None and feedback.isCanceled():
            raise TaggingCancelledError()
    if held_keys:
        message = tr(
            "{} completions were left as they were: the permission they follow was changed by someone else "
            "while this run ran ({}). Run tagging again to have them follow it."
        ).format(len(held_keys), ", ".join(sorted(held_keys)[:5]) + (" …" if len(held_keys) > 5 else ""))
        LOG.warning(message)
        if hasattr(feedback, "pushWarning"):
            feedback.pushWarning(message)
    progress(100)
    LOG.info("Tagged %s in %s: %s", targets, store.path, dict(counts._asdict()))
    return counts
