# Certificates (helper B): one per member and course, issued on completion, revocable.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import lms.models.certificates


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_offline_completions"),
        ("lms", "0004_weekly_stats"),
    ]

    operations = [
        migrations.CreateModel(
            name="Certificate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        default=lms.models.certificates.new_certificate_code,
                        editable=False,
                        max_length=16,
                        unique=True,
                        verbose_name="verification code",
                    ),
                ),
                ("full_name", models.CharField(max_length=150, verbose_name="name")),
                (
                    "chapter_name",
                    models.CharField(blank=True, max_length=200, verbose_name="chapter"),
                ),
                ("completed_at", models.DateTimeField(verbose_name="completed at")),
                (
                    "issued_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="issued at"
                    ),
                ),
                (
                    "revoked_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="revoked at"),
                ),
                (
                    "course",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="courses.coursepage",
                        verbose_name="course",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="certificates",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "certificate",
                "verbose_name_plural": "certificates",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("user", "course"), name="one_certificate_per_course"
                    )
                ],
            },
        ),
    ]
