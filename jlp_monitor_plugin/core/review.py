"""The review queue (DOMAIN.md §3): the permissions and completions with a ``tag_review``, and what the
officer sees of one of them — its details, its geometry and its sites' on the map, the sites it can be
retagged to.

Everything here reads; the decisions on the queue are in ``review_decisions`` (what they will change,
said before, in ``review_effects``; their undo and the audit trail in ``review_history``).
"""

from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from qgis.core import QgsExpression, QgsFeatureRequest, QgsGeometry

from . import schema
from .review_state import STATE_FIELDS, normalise, read_states
from .store import Store
from .tagging import KEYS
from .tagging_rules import (
    LOCATION_CONFLICT,
    MULTIPLE_SITES,
    NEAR_BOUNDARY,
    NO_GEOMETRY,
    PARTIAL_OVERLAP,
)
from .translation import tr
from .values import plain_value

# Queue order: the doubtful tags first, the features with nothing to go on last.
REASONS = [MULTIPLE_SITES, PARTIAL_OVERLAP, NEAR_BOUNDARY, LOCATION_CONFLICT, NO_GEOMETRY]
LAYERS = [schema.PERMISSIONS, schema.COMPLETIONS]


def reason_labels() -> Dict[str, str]:
    """What each review reason is called in the interface, translated."""
    return {
        MULTIPLE_SITES: tr("Multiple sites"),
        PARTIAL_OVERLAP: tr("Partial overlap"),
        NEAR_BOUNDARY: tr("Near boundary"),
        LOCATION_CONFLICT: tr("Location conflict"),
        NO_GEOMETRY: tr("No geometry"),
    }


class ReviewItem(NamedTuple):
    """One feature in the review queue."""

    layer: str
    fid: int
    key: str
    site_ref: Optional[str]
    tag_review: str
    tag_candidate: Optional[str]
    tag_overlap: Optional[float]
    tag_locked: bool


def feature_key(feature, name: str) -> str:
    """The key a permission or completion is known by in the queue and the audit (its app_ref or
    completion_id; its fid when it has none, the same fallback as tagging)."""
    return str(plain_value(feature[KEYS[name]]) or feature.id())


def review_queue(store: Store) -> List[ReviewItem]:
    """Permissions and completions with a review reason, by reason (REASONS order), layer and key."""
    items = []
    for name in LAYERS:
        layer = store.layer(name)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([KEYS[name]] + STATE_FIELDS, layer.fields())
        request.setFilterExpression('"tag_review" IS NOT NULL')
        for feature in layer.getFeatures(request):
            review = plain_value(feature["tag_review"])
            if not review:
                continue
            overlap = plain_value(feature["tag_overlap"])
            items.append(
                ReviewItem(
                    name,
                    feature.id(),
                    feature_key(feature, name),
                    plain_value(feature["site_ref"]) or None,
                    str(review),
                    plain_value(feature["tag_candidate"]) or None,
                    None if overlap is None else float(overlap),
                    bool(plain_value(feature["tag_locked"]) or 0),
                )
            )

    def order(item: ReviewItem):
        rank = REASONS.index(item.tag_review) if item.tag_review in REASONS else len(REASONS)
        return (rank, item.tag_review, LAYERS.index(item.layer), _natural(item.key), item.fid)

    return sorted(items, key=order)


def _natural(text: str) -> Tuple:
    """A sort key that puts P2 before P10."""
    parts: List[Any] = []
    number = ""
    word = ""
    for char in text:
        if char.isdigit():
            if word:
                parts.append((1, word))
                word = ""
            number += char
        else:
            if number:
                parts.append((0, int(number)))
                number = ""
            word += char
    if number:
        parts.append((0, int(number)))
    if word:
        parts.append((1, word))
    return tuple(parts)


def review_counts(store: Store, queue: Optional[List[ReviewItem]] = None) -> Dict[str, int]:
    """Features to review per reason, permissions and completions together; every reason present."""
    counts = {reason: 0 for reason in REASONS}
    for item in review_queue(store) if queue is None else queue:
        counts[item.tag_review] = counts.get(item.tag_review, 0) + 1
    return counts


def feature_item(store: Store, layer: str, key: str) -> ReviewItem:
    """Any permission or completion as a ReviewItem, queued or not: what the officer sees when deciding
    about it from the map (its tag as stored now; a change by someone else before OK is refused)."""
    with store.transaction() as con:
        states = read_states(con, normalise([(layer, key)]))
    name, fid, key, state = states[0]
    return ReviewItem(
        name,
        fid,
        key,
        state.site_ref or None,
        state.tag_review or "",
        state.tag_candidate or None,
        None if state.tag_overlap is None else float(state.tag_overlap),
        bool(state.tag_locked or 0),
    )


DETAIL_FIELDS = {
    schema.PERMISSIONS: ["address", "proposal", "net_units", "permission_type", "decision_date"],
    schema.COMPLETIONS: ["address", "units", "completion_date", "app_ref"],
}


def feature_details(store: Store, layer: str, key: str, fid: Optional[int] = None) -> Dict[str, Any]:
    """What the officer needs to recognise a feature under review: address, proposal, units, dates
    (plain values; absent fields left out) and whether it has a location."""
    source = store.layer(layer)
    fields = [f for f in DETAIL_FIELDS.get(layer, []) if source.fields().indexFromName(f) >= 0]
    features = _features(source, layer, key, fid)
    if not features:
        return {}
    feature = features[0]
    details = {name: plain_value(feature[name]) for name in fields}
    details["has_geometry"] = feature.hasGeometry() and not feature.geometry().isEmpty()
    return details


def _features(source, layer: str, key: str, fid: Optional[int]) -> List:
    """The feature ``fid`` of ``source`` when given (none when it is gone), else those with the key."""
    if fid is not None:
        feature = source.getFeature(fid)
        return [feature] if feature.isValid() else []
    request = QgsFeatureRequest().setFilterExpression(field_equals(KEYS[layer], str(key)))
    return list(source.getFeatures(request))


def allocation_sites(store: Store) -> List[Tuple[str, str]]:
    """(site_ref, site_name) of every allocation, in natural order of site_ref: the sites a feature can
    be retagged to."""
    layer = store.layer(schema.ALLOCATIONS)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["site_ref", "site_name"], layer.fields())
    sites = {}
    for feature in layer.getFeatures(request):
        ref = plain_value(feature["site_ref"])
        if ref:
            sites[str(ref)] = str(plain_value(feature["site_name"]) or "")
    return sorted(sites.items(), key=lambda item: _natural(item[0]))


# -- the geometries to show ------------------------------------------------------------------------


def field_equals(field: str, value: Any) -> str:
    """``"field" = 'value'`` quoted by QGIS itself: a key holding a quote or a backslash
    (``20\\00577``) is matched as written, never read as an escape or the end of the string."""
    return QgsExpression.createFieldEqualityExpression(field, value)


def feature_geometry(store: Store, layer: str, key: str, fid: Optional[int] = None):
    """(geometry, crs) the feature is tagged by: a permission's red-line boundary when it has one, else
    its point; (None, None) when it has neither."""
    if layer == schema.PERMISSIONS:
        boundaries = store.layer(schema.PERMISSION_BOUNDARIES)
        request = QgsFeatureRequest().setFilterExpression(field_equals("app_ref", str(key)))
        parts = [QgsGeometry(f.geometry()) for f in boundaries.getFeatures(request) if f.hasGeometry()]
        parts = [g for g in parts if not g.isEmpty()]
        if parts:
            geometry = parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)
            return geometry, boundaries.crs()
    source = store.layer(layer)
    for feature in _features(source, layer, key, fid):
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            return QgsGeometry(feature.geometry()), source.crs()
    return None, None


def site_geometry(store: Store, site_ref: Optional[str]):
    """(geometry, crs) of an allocation site; (None, None) when it is not in the store."""
    if not site_ref:
        return None, None
    sites = store.layer(schema.ALLOCATIONS)
    request = QgsFeatureRequest().setFilterExpression(field_equals("site_ref", site_ref))
    for feature in sites.getFeatures(request):
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            return QgsGeometry(feature.geometry()), sites.crs()
    return None, None
