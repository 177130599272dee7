"""Writing many rows fast: ``COPY`` on PostgreSQL, ``bulk_create`` elsewhere."""

from django.db import connection

from core.iterables import batched
from demo.scale_data.scale import BATCH


def insert_rows(model, names, rows):
    """Insert ``rows`` (tuples in the order of ``names``, attribute names such as
    ``user_id``); every other column takes its field default. COPY on PostgreSQL."""
    meta = model._meta
    given = [meta.get_field(name) for name in names]
    rest = [f for f in meta.concrete_fields if f not in given and not f.primary_key]
    defaults = tuple(f.get_default() for f in rest)
    if connection.vendor != "postgresql":
        attnames = [f.attname for f in given + rest]
        for batch in batched(rows, BATCH):
            model.objects.bulk_create(
                [model(**dict(zip(attnames, (*row, *defaults), strict=True))) for row in batch]
            )
        return
    from psycopg.types.json import Jsonb

    fields = given + rest
    json_at = [i for i, f in enumerate(fields) if f.get_internal_type() == "JSONField"]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    sql = f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN"  # noqa: S608 - names from _meta
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            row = (*row, *defaults)
            if json_at:
                row = list(row)
                for i in json_at:
                    row[i] = Jsonb(row[i])
            copy.write_row(row)
