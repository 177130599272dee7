"""Writing many rows fast: ``COPY`` on PostgreSQL, ``bulk_create`` elsewhere."""

from contextlib import contextmanager

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


@contextmanager
def deferred_indexes(models, *, log=None):
    """Drop the secondary indexes, unique and foreign-key constraints of ``models``' tables
    (PostgreSQL; elsewhere nothing), and build them again on exit: one sort per index and
    one join per foreign key instead of millions of per-row index inserts and deferred
    trigger events. Primary keys stay. Only for tables nothing reads meanwhile."""
    if connection.vendor != "postgresql" or not models:
        yield
        return
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE conrelid = ANY(%s::regclass[]) AND contype IN ('u', 'f') "
            "ORDER BY contype DESC, conname",  # unique ones first: foreign keys may need them
            [tables],
        )
        constraints = cursor.fetchall()
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid "
            "AND c.contype IN ('p', 'u', 'x')) ORDER BY 1",
            [tables],
        )
        indexes = cursor.fetchall()
        quote = connection.ops.quote_name
        # A table with pending deferred checks cannot be altered: run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table, name, _definition in reversed(constraints):  # foreign keys first
            cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {quote(name)}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute("SET maintenance_work_mem = '256MB'")
        for name, definition in indexes:
            if log:
                log(f"index {name}")
            cursor.execute(definition)
        for table, name, definition in constraints:
            if log:
                log(f"constraint {name}")
            cursor.execute(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")
        cursor.execute("RESET maintenance_work_mem")
