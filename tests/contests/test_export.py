"""The round's workbook holds the figures of the pages, and of a hand-written table."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from tests.contests.pages import table_rows

# Winners of round 1 at the province: rank, full name, unit, right, time, prediction, distance.
WINNERS = [
    [1, "Lê Thị Mai", "Chi hội B", 10, "4:10.0", 10, 7],
    [2, "Nguyễn Thị Lan", "Chi hội A", 10, "5:00.0", 3, 0],
    [3, "Trần Thị Hoa", "Chi hội A", 10, "5:00.0", 2, 1],
    [4, "Phạm Thị Thu", "Chi hội E", 9, "1:40.0", 4, 1],
    [5, "Đỗ Thị Hằng", "Chi hội E", 9, "2:30.0", 3, 0],
    [6, "Bùi Thị Nga", "Chi hội A", 7, "0:50.0", None, None],
    [7, "Võ Thị Ngọc", "Chi hội F", 6, "1:30.0", 0, 3],
]
# Units of commune 1 in round 1: rank by rate, unit, members, contestants, rate, by contestants.
UNITS_C1 = [
    [1, "Chi hội F", 1, 1, 1.0, 2],
    [2, "Chi hội A", 4, 3, 0.75, 1],
    [3, "Chi hội B", 2, 1, 0.5, 3],
    [None, "Xã 1", 7, 5, 0.714, None],
]
# Participation at commune 1 per round: members, contestants, rate.
PARTICIPATION_C1 = [[1, 7, 5, 0.714], [2, 7, 2, 0.286], [3, 7, 1, 0.143]]


def _sheets(response):
    book = load_workbook(io.BytesIO(response.content))
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
        for sheet in book.worksheets
    }, book


def _rounded(rows, column):
    return [
        [round(v, 3) if i == column and isinstance(v, float) else v for i, v in enumerate(row)]
        for row in rows
    ]


def test_workbook_equals_the_hand_table_and_the_page(client, published, officials):
    client.force_login(officials["province"])
    slug, r1 = published["contest"].slug, published["r1"].pk
    response = client.get(reverse("contests:round_export", args=[slug, r1]) + "?unit=c1")
    assert response.status_code == 200
    sheets, book = _sheets(response)
    assert book.sheetnames == ["Đạt giải, vòng 1", "Đơn vị, vòng 1", "Tham gia theo vòng"]
    winners, units, participation = (sheets[name] for name in book.sheetnames)

    c1_winners = [row for row in WINNERS if row[2] != "Chi hội E"]
    assert [row[1:] for row in winners] == [row[1:] for row in c1_winners]
    assert [row[0] for row in winners] == [1, 2, 3, 4, 5]
    assert _rounded(units, 4) == UNITS_C1
    assert [[row[0], row[3], row[4], round(row[5], 3)] for row in participation] == (
        PARTICIPATION_C1
    )
    assert book.worksheets[1]["E2"].number_format == "0.0%"

    page = client.get(
        reverse("contests:round_rankings", args=[slug, r1]) + "?unit=c1"
    ).content.decode()
    page_members = table_rows(page, "members")
    assert [
        [int(cells[0]), cells[1].split("\n")[0], cells[1].split("\n")[1], int(cells[2]), cells[3]]
        for cells in page_members
    ] == [row[:5] for row in winners]
    assert [[c or None for c in cells[4:6]] for cells in page_members] == [
        [str(v) if v is not None else None for v in row[5:7]] for row in winners
    ]
    page_units = table_rows(page, "units")
    assert [[int(c[0]), c[1], int(c[2]), int(c[3]), c[4]] for c in page_units] == [
        [row[0], row[1], row[2], row[3], f"{row[4] * 100:.1f}%".replace(".", ",")]
        for row in units[:-1]
    ]
    total = table_rows(page, "units", section="tfoot")[0]
    assert [int(total[2]), int(total[3])] == units[-1][2:4]


def test_the_province_workbook_names_every_contestant(client, published, officials):
    client.force_login(officials["province"])
    url = reverse("contests:round_export", args=[published["contest"].slug, published["r1"].pk])
    sheets, book = _sheets(client.get(url))
    assert sheets[book.sheetnames[0]] == WINNERS


def test_export_is_refused_outside_her_node(client, published, officials):
    client.force_login(officials["d2"])
    url = reverse("contests:round_export", args=[published["contest"].slug, published["r1"].pk])
    assert client.get(url + "?unit=c1").status_code == 403
    sheets, book = _sheets(client.get(url))
    assert [row[1] for row in sheets[book.sheetnames[0]]] == ["Phạm Thị Thu", "Đỗ Thị Hằng"]
