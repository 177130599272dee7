"""Reading a page's table back as text rows (the figures the tests compare)."""

from html.parser import HTMLParser


class _Table(HTMLParser):
    def __init__(self, table_id):
        super().__init__()
        self.table_id, self.depth, self.rows, self.cell = table_id, 0, [], None
        self.section = None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and dict(attrs).get("id") == self.table_id:
            self.depth = 1
        elif self.depth:
            if tag in ("thead", "tbody", "tfoot"):
                self.section = tag
            elif tag == "tr":
                self.rows.append((self.section, []))
            elif tag in ("td", "th"):
                self.cell = []
            elif tag == "br" and self.cell is not None:
                self.cell.append("\n")

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "table":
            self.depth = 0
        elif tag in ("td", "th") and self.cell is not None:
            self.rows[-1][1].append(" ".join("".join(self.cell).split(" ")).strip())
            self.cell = None

    def handle_data(self, data):
        if self.depth and self.cell is not None:
            self.cell.append(data)


def table_rows(html, table_id, section="tbody"):
    parser = _Table(table_id)
    parser.feed(html)
    return [cells for part, cells in parser.rows if part == section]
