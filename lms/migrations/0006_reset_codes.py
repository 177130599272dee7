# Owner: helper E. Password reset codes a chapter leader gives a member (lms/resets.py).

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0005_certificates"),
    ]

    operations = [
        migrations.CreateModel(
            name="ResetCode",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code_hash", models.CharField(max_length=128)),
                ("issued_at", models.DateTimeField(verbose_name="issued at")),
                ("expires_at", models.DateTimeField(verbose_name="expires at")),
                ("wrong_tries", models.PositiveSmallIntegerField(default=0)),
                (
                    "issued_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="issued by",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reset_code",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name": "password reset code",
                "verbose_name_plural": "password reset codes",
            },
        ),
    ]
