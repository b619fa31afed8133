"""Writes a QGIS project showing a monitoring store's layers, styled, with the plugin's docks open.

Usage: python scripts/make_demo_project.py --store STORE.gpkg --project OUT.qgz
The plugin package must be importable (PYTHONPATH=<folder holding jlp_monitor_plugin>).
"""

import argparse
import os
import sys
import textwrap

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


def _show_attribution(project, layers, text):
    """The data attribution (the store's map_copyright) in the project's metadata, the areas layer's
    metadata and, visibly, as QGIS's copyright label at the foot of the map canvas."""
    metadata = project.metadata()
    metadata.setAbstract(
        "JLP Monitor demo: real council and ward boundaries (ONS), synthetic sites, permissions and "
        "completions. " + text
    )
    metadata.addKeywords("Licence", ["Open Government Licence v3.0"])
    project.setMetadata(metadata)
    areas = layers["areas"]
    layer_metadata = areas.metadata()
    layer_metadata.setRights([text])
    layer_metadata.setLicenses(["Open Government Licence v3.0"])
    areas.setMetadata(layer_metadata)
    # The desktop's View > Decorations > Copyright Label, remembered with the project.
    project.writeEntry("CopyrightLabel", "/Enabled", True)
    project.writeEntry("CopyrightLabel", "/Label", "\n".join(textwrap.wrap(text, 80)))
    project.writeEntry("CopyrightLabel", "/Placement", 0)  # bottom left: the sea off Plymouth


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
        _show_attribution(project, layers, store.plan_settings().get("map_copyright") or "")
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
