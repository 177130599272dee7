# Issue 5 (province-scale reports): completions per chapter, course and week, kept like
# ChapterCourseStats so that the dashboards' weekly chart sums small counter rows, and a
# member count per chapter. Both are filled from the facts already there.

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, TruncWeek


def fill_from_facts(apps, schema_editor):
    Chapter = apps.get_model("lms", "Chapter")
    Member = apps.get_model("lms", "Member")
    ChapterWeekStats = apps.get_model("lms", "ChapterWeekStats")
    Enrollment = apps.get_model("courses", "Enrollment")
    counts = (
        Member.objects.filter(chapter=OuterRef("pk"))
        .order_by()
        .values("chapter")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Chapter.objects.update(direct_member_count=Coalesce(Subquery(counts), 0))
    rows = (
        Enrollment.objects.filter(user__member__isnull=False, completed_at__isnull=False)
        .annotate(week=TruncWeek("completed_at"))
        .values("user__member__chapter_id", "course_id", "week")
        .annotate(n=Count("pk"))
    )
    ChapterWeekStats.objects.bulk_create(
        (
            ChapterWeekStats(
                chapter_id=row["user__member__chapter_id"],
                course_id=row["course_id"],
                week=row["week"].date() if hasattr(row["week"], "date") else row["week"],
                completed=row["n"],
            )
            for row in rows
        ),
        batch_size=2000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_coursepage_final_quiz_and_more"),
        ("lms", "0003_member_consent"),
    ]

    operations = [
        migrations.AddField(
            model_name="chapter",
            name="direct_member_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="members"),
        ),
        migrations.CreateModel(
            name="ChapterWeekStats",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("week", models.DateField(verbose_name="week")),
                ("completed", models.PositiveIntegerField(default=0, verbose_name="completed")),
                (
                    "chapter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="lms.chapter",
                    ),
                ),
                (
                    "course",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="courses.coursepage",
                    ),
                ),
            ],
            options={
                "verbose_name": "chapter weekly figures",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("chapter", "course", "week"), name="one_stats_row_per_course_week"
                    )
                ],
            },
        ),
        migrations.RunPython(fill_from_facts, migrations.RunPython.noop, elidable=True),
    ]
