# Offline quiz submissions (helper C): the idempotency key her phone sends with answers given
# offline, unique per member.

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0002_questions_own_empty_message"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="client_key",
            field=models.UUIDField(
                blank=True, editable=False, null=True, verbose_name="key from her phone"
            ),
        ),
        migrations.AddConstraint(
            model_name="attempt",
            constraint=models.UniqueConstraint(
                fields=("user", "client_key"), name="one_attempt_per_client_key"
            ),
        ),
    ]
