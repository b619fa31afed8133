"""Allocations coloured by percentage complete: the band of each percentage and the rules' filters."""

from qgis.core import QgsFeature, QgsGeometry, QgsRenderContext, QgsVectorLayer

from jlp_monitor_plugin.core import styling


def test_progress_band_edges():
    # 0 and 100 have their own bands; the others are [low, high).
    assert styling.progress_band(0) == 0
    assert styling.progress_band(0.1) == 1
    assert styling.progress_band(24.99) == 1
    assert styling.progress_band(25) == 2
    assert styling.progress_band(74.9) == 3
    assert styling.progress_band(75) == 4
    assert styling.progress_band(99.9) == 4
    assert styling.progress_band(100) == 5
    assert styling.progress_band(130) == 5  # over-delivery is still complete
    assert styling.progress_band(None) == -1
    assert styling.progress_band(float("nan")) == -1


def test_apply_progress_style_colours_each_site_by_its_band():
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=site_ref:string", "allocations", "memory")
    features = []
    for index, ref in enumerate(["A1", "B'2", "C3", "D4"]):  # a quote in a ref must not break the filter
        feature = QgsFeature(layer.fields())
        feature["site_ref"] = ref
        feature.setGeometry(
            QgsGeometry.fromWkt(
                "POLYGON(({0} 0,{1} 0,{1} 10,{0} 10,{0} 0))".format(index * 20, index * 20 + 10)
            )
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    styling.apply_progress_style(layer, {"A1": 0.0, "B'2": 60.0, "C3": 100.0})

    renderer = layer.renderer()
    rules = renderer.rootRule().children()
    assert [r.label() for r in rules] == [
        "Not started (0%) (1)",
        "Under 25% complete (0)",
        "25% to under 50% (0)",
        "50% to under 75% (1)",
        "75% to under 100% (0)",
        "Complete (100%) (1)",
        "No figure",
    ]
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    colours = {}
    for feature in layer.getFeatures():
        symbols = renderer.symbolsForFeature(feature, context)
        assert len(symbols) == 1, feature["site_ref"]
        colours[feature["site_ref"]] = symbols[0].color().name()
    renderer.stopRender(context)
    assert colours == {"A1": "#f1f3f5", "B'2": "#339af0", "C3": "#0b3d6e", "D4": "#ced4da"}
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "site_ref"
