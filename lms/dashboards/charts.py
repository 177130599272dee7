"""Server-rendered SVG charts: geometry as plain data, drawn by a template (no chart library)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0..100 (percent) or a count
    text: str  # what is written beside the bar
    x: float
    y: float
    width: float
    height: float
    label_y: float

    @property
    def text_x(self):
        return round(self.x + self.width + 6, 1)

    @property
    def text_y(self):
        return self.y + self.height - 4


def bar_chart(items, *, width=320, label_width=0, bar_height=18, gap=26, maximum=None):
    """Horizontal bars, one per (label, value, text); a label line above each bar.

    ``maximum`` defaults to the largest value (or 100 for rates use maximum=100).
    """
    items = [(label, float(value or 0), text) for label, value, text in items]
    top = maximum if maximum is not None else max((v for _l, v, _t in items), default=0)
    scale = (width - label_width - 60) / top if top else 0
    bars = []
    y = 0
    for label, value, text in items:
        label_y = y + 14
        bar_y = y + 20
        bars.append(
            Bar(
                label=label,
                value=value,
                text=text,
                x=label_width,
                y=bar_y,
                width=round(value * scale, 1),
                height=bar_height,
                label_y=label_y,
            )
        )
        y = bar_y + bar_height + gap - 16
    return {"bars": bars, "width": width, "height": y + 8}


@dataclass(frozen=True)
class Column:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float


def column_chart(items, *, width=320, height=140, gap=4):
    """Vertical columns, one per (label, value), e.g. completions per week."""
    items = list(items)
    if not items:
        return {"columns": [], "width": width, "height": height, "base": height}
    top = max(value for _label, value in items) or 1
    column_width = (width - gap * (len(items) - 1)) / len(items)
    plot = height - 20
    columns = []
    for index, (label, value) in enumerate(items):
        column_height = round(plot * value / top, 1)
        columns.append(
            Column(
                label=label,
                value=value,
                x=round(index * (column_width + gap), 1),
                y=round(plot - column_height, 1),
                width=round(column_width, 1),
                height=column_height,
            )
        )
    return {"columns": columns, "width": width, "height": height, "base": plot}
