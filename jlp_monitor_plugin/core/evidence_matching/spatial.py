"""Which red line a point lies in, or near: the location rule of evidence matching."""

from typing import Dict, Optional, Tuple

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex


class RedLines:
    """The permissions' red lines in a spatial index. ``locate(x, y)`` gives (app_ref, distance): a red
    line containing the point (distance 0; the smallest when several, the most specific permission),
    else the nearest within ``near`` metres; None when there is none."""

    def __init__(self, boundaries: Dict[str, QgsGeometry], near: float):
        self.near = float(near)
        self.index = QgsSpatialIndex()
        self.shapes = {}  # type: Dict[int, Tuple[str, QgsGeometry, float]]
        for number, (app_ref, geometry) in enumerate(sorted(boundaries.items())):
            if geometry is None or geometry.isEmpty():
                continue
            self.shapes[number] = (app_ref, geometry, geometry.area())
            self.index.addFeature(number, geometry.boundingBox())

    def locate(self, x: float, y: float) -> Optional[Tuple[str, float]]:
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        box = QgsRectangle(x - self.near, y - self.near, x + self.near, y + self.near)
        best = None  # type: Optional[Tuple[float, float, str]]
        for number in self.index.intersects(box):
            app_ref, geometry, area = self.shapes[number]
            distance = 0.0 if geometry.contains(point) else geometry.distance(point)
            if distance > self.near:
                continue
            rank = (distance, area, app_ref)
            if best is None or rank < best:
                best = rank
        return (best[2], best[0]) if best else None
