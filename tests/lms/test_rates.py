from decimal import Decimal

from lms.dashboards.charts import bar_chart, column_chart
from lms.dashboards.rates import child_prefix, overall_rate, rate


def test_rate_is_a_percent_with_one_decimal():
    assert rate(1, 3) == Decimal("33.3")
    assert rate(2, 3) == Decimal("66.7")
    assert rate(5, 5) == Decimal("100.0")


def test_rate_of_nobody_is_unknown_not_zero():
    assert rate(0, 0) is None


def test_overall_rate_counts_every_assigned_course():
    # 10 members, two courses: 4 and 6 finished -> 10 of 20 possible completions
    assert overall_rate({1: 4, 2: 6}, 10) == Decimal("50.0")
    assert overall_rate({}, 10) is None


def test_child_prefix_finds_the_child_above_a_deep_path():
    assert child_prefix("0001000200030004", parent_depth=1, steplen=4) == "00010002"


def test_bar_chart_scales_to_the_maximum():
    chart = bar_chart([("A", 50, "50%"), ("B", 100, "100%")], width=260, maximum=100)
    a, b = chart["bars"]
    assert b.width == 200 and a.width == 100
    assert b.y > a.y


def test_column_chart_tallest_column_fills_the_plot():
    chart = column_chart([("w1", 2), ("w2", 4)], width=100, height=120)
    first, second = chart["columns"]
    assert second.height == 100 and first.height == 50
    assert chart["columns"][0].x == 0
