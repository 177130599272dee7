# Offline lesson completions (helper C): the idempotency key her phone sends with a "done"
# tapped offline, unique per member.

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_coursepage_final_quiz_and_more"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="lessoncompletion",
            name="client_key",
            field=models.UUIDField(
                blank=True, editable=False, null=True, verbose_name="key from her phone"
            ),
        ),
        migrations.AddConstraint(
            model_name="lessoncompletion",
            constraint=models.UniqueConstraint(
                fields=("user", "client_key"), name="one_completion_per_client_key"
            ),
        ),
    ]
