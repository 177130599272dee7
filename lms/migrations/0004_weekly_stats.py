# Placeholder kept in the chain so parallel work cannot fork the migration graph.
# Owner: helper A (issue 5: report counters). Replace the operations with the real ones.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0003_member_consent"),
    ]

    operations = []
