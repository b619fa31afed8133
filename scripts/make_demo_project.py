"""Writes a QGIS project showing a monitoring store's layers, styled, with the plugin's docks open.

Usage: python scripts/make_demo_project.py --store STORE.gpkg --project OUT.qgz
The plugin package must be importable (PYTHONPATH=<folder holding jlp_monitor_plugin>).
"""

import argparse
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDatumTransform,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)

QgsApplication.setPrefixPath("/usr", True)


def _use_available_datum_transform(project):
    """Pin the best transformation to WGS84 that this machine can run (without the OSTN15 grid, the
    Helmert one), so QGIS does not warn about the missing grid whenever the project opens."""
    source = project.crs()
    target = QgsCoordinateReferenceSystem("EPSG:4326")
    for details in QgsDatumTransform.operations(source, target):
        if details.isAvailable:
            context = project.transformContext()
            context.addCoordinateOperation(source, target, details.proj)
            project.setTransformContext(context)
            return


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--project", required=True)
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from jlp_monitor_plugin.core.project import load_store_layers, write_dock_state
        from jlp_monitor_plugin.core.store import Store

        store = Store.open(args.store)
        project = QgsProject.instance()
        # Named first, so the store's path is recorded relative to the project (a copied folder works).
        project.setFileName(os.path.abspath(args.project))
        project.setCrs(store.layer("allocations").crs())
        # British National Grid measures planimetrically; an ellipsoid would ask for a datum grid
        # (OSTN15) that a fresh QGIS install lacks, and warn about it on opening.
        project.setEllipsoid("NONE")
        _use_available_datum_transform(project)
        project.setTitle("JLP Monitor demo — {}".format(store.plan_settings()["plan_name"]))
        layers = load_store_layers(store, project)
        extent = QgsRectangle(layers["areas"].extent())
        extent.grow(1000)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
        write_dock_state(
            project,
            {"JLPMonitorSitesDock": True, "JLPMonitorReviewDock": True, "JLPMonitorMonitoringDock": True},
        )
        if not project.write(os.path.abspath(args.project)):
            print("Could not write {}: {}".format(args.project, project.error()), file=sys.stderr)
            return 1
        print("project: {} ({} layers)".format(args.project, len(project.mapLayers())))
        return 0
    finally:
        QgsProject.instance().clear()
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
