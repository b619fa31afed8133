"""Charts painted with QPainter (core/charts.py): where the bars go, their colours, axes and NaN years."""

import math
from collections import OrderedDict

import pytest
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor

from jlp_monitor_plugin.core import charts

NAN = float("nan")


def _year(year, completions, projected, deliverable, cumulative, cumulative_requirement):
    return {
        "monitoring_year": "{}/{}".format(year, str(year + 1)[2:]),
        "year": year,
        "completions": completions,
        "requirement": 800.0,
        "projected": NAN if projected is None else projected,
        "projected_deliverable": NAN if deliverable is None else deliverable,
        "cumulative": cumulative,
        "cumulative_requirement": cumulative_requirement,
    }


# two completed years, then two projected years (a DataFrame's NaN where a value does not apply)
SERIES = [
    _year(2023, 1000.0, None, None, 1000.0, 800.0),
    _year(2024, 500.0, None, None, 1500.0, 1600.0),
    _year(2025, None, 900.0, 600.0, 2400.0, 2400.0),
    _year(2026, None, 300.0, 300.0, 2700.0, 3200.0),
]


@pytest.mark.parametrize(
    "largest, step, top", [(0, 1, 1), (7, 2, 8), (980, 200, 1000), (1000, 200, 1000), (2270, 500, 2500)]
)
def test_axis_steps_are_round(largest, step, top):
    assert charts.nice_step(largest) == step
    assert charts.axis_top(largest) == top


def test_number_treats_none_nan_and_text_as_missing():
    assert [charts.number(x) for x in (None, NAN, "x", "12", 3)] == [None, None, None, 12.0, 3.0]


def test_trajectory_bars_are_proportional_and_projected_years_are_split():
    geometry = charts.trajectory_geometry(QRectF(0, 0, 800, 400), SERIES)
    bars = {(year, kind): rect for year, kind, rect in geometry["bars"]}
    assert set(bars) == {
        (2023, "completions"), (2024, "completions"),
        (2025, "deliverable"), (2025, "projected"), (2026, "deliverable"), (2026, "projected"),
    }  # fmt: skip
    # 1,000 completions is twice 500; 900 projected = 600 deliverable + 300 developable stacked on it
    assert bars[(2023, "completions")].height() == pytest.approx(2 * bars[(2024, "completions")].height())
    assert bars[(2025, "deliverable")].height() == pytest.approx(2 * bars[(2025, "projected")].height())
    assert bars[(2025, "projected")].bottom() == pytest.approx(bars[(2025, "deliverable")].top())
    assert bars[(2026, "projected")].height() == pytest.approx(0)
    # every bar stands on the x axis or on the bar below it, inside the plot
    plot = geometry["plot"]
    assert bars[(2023, "completions")].bottom() == pytest.approx(plot.bottom())
    assert all(plot.contains(rect.center()) for rect in bars.values() if rect.height() > 0)
    # the projected years are shaded from the left edge of the first projected slot
    assert (
        bars[(2024, "completions")].right() < geometry["projected_from"] < bars[(2025, "deliverable")].left()
    )
    # the y axis runs to 1,000 (the tallest value, 1,000, is already round)
    assert bars[(2023, "completions")].top() == pytest.approx(plot.top())


def _colour_at(image, point):
    return QColor(image.pixel(int(point.x()), int(point.y()))).name()


def test_painted_trajectory_has_each_bar_in_its_colour():
    image = charts.render_image(800, 400, charts.paint_trajectory_chart, SERIES, "Trajectory")
    geometry = charts.trajectory_geometry(QRectF(0, 0, 800, 400), SERIES, "Trajectory")
    colours = {"completions": charts.COMPLETIONS_COLOUR, "deliverable": charts.DELIVERABLE_COLOUR,
               "projected": charts.PROJECTED_COLOUR}  # fmt: skip
    checked = 0
    for _year, kind, rect in geometry["bars"]:
        if rect.height() < 12:
            continue
        # a point in the bar clear of the requirement and cumulative lines
        point = rect.center()
        for fraction in (0.2, 0.5, 0.8, 0.35, 0.65):
            point.setY(rect.top() + rect.height() * fraction)
            if _colour_at(image, point) == colours[kind]:
                break
        assert _colour_at(image, point) == colours[kind], kind
        checked += 1
    assert checked == 5  # 2023, 2024, 2025 deliverable and developable, 2026 deliverable
    # outside the plot, the image is white; the shaded projected area is grey
    assert _colour_at(image, geometry["plot"].topLeft() - QRectF(0, 0, 5, 5).bottomRight()) == "#ffffff"
    shade = geometry["plot"].topRight()
    assert _colour_at(image, shade + QRectF(0, 0, -3, 40).bottomRight()) == charts.PROJECTED_SHADE


def test_stacked_bars_stack_in_order_with_their_colours():
    stacks = OrderedDict([("PLY", [100, 0]), ("SHA", [100, 50]), ("WDE", [-5, math.nan])])
    colours = {"PLY": "#112233", "SHA": "#445566", "WDE": "#778899"}
    image = charts.render_image(600, 300, charts.paint_stacked_bars, ["2023/24", "2024/25"], stacks, colours)
    found = {}
    for y in range(0, 300, 2):  # walk up the centre of the first bar
        for x in (150, 300):
            found.setdefault(x, []).append(QColor(image.pixel(x, y)).name())
    first = [c for c in found[150] if c in colours.values()]
    assert first[0] == "#445566" and first[-1] == "#112233"  # SHA on top of PLY
    assert "#778899" not in found[150] + found[300]  # negative and NaN values draw nothing
    assert first.count("#445566") == pytest.approx(first.count("#112233"), abs=2)  # 100 and 100
