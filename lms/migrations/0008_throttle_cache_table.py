"""The database cache table of the "throttles" cache, where production keeps it (without
Redis). Does nothing where no database cache is configured (development, tests)."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("lms", "0007_audit_node_ids")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
