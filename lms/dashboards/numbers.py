"""How a completion rate is written, in one place for the page and both files.

- On the page: in the member's language, one decimal and a percent sign (vi ``14,3%``,
  en ``14.3%``), "—" when there is nobody to count.
- In Excel: a number, the fraction ``0.143``, with the number format ``0.0%``: Excel shows
  it in the reader's own regional format and it adds up, sorts and charts.
- In CSV: one fixed format whatever the language of the page: percent with one decimal and
  a dot (``14.3``), no percent sign, no thousands separator; the column's name ends in
  "(%)". An empty cell when there is nobody to count. (docs/dashboards.md says why.)
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format

XLSX_PERCENT_FORMAT = "0.0%"


@dataclass(frozen=True)
class Rate:
    """A rate in an export row (percent with one decimal, or None): each file writes it its way."""

    percent: Decimal | None


def page_percent(value):
    """``14,3%`` (vi) / ``14.3%`` (en), in the active language; "—" for None."""
    return "—" if value is None else f"{number_format(value, 1)}%"


def csv_percent(value):
    """``14.3``: percent, one decimal, a dot, whatever the language; "" for None."""
    return "" if value is None else f"{Decimal(value):.1f}"


def xlsx_fraction(value):
    """0.143 for 14.3 (shown as 14.3% by ``XLSX_PERCENT_FORMAT``); None for None."""
    return None if value is None else float(Decimal(value) / 100)
