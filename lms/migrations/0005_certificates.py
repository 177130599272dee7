# Placeholder kept in the chain so parallel work cannot fork the migration graph.
# Owner: helper B (certificates). Replace the operations with the real ones.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0004_weekly_stats"),
    ]

    operations = []
