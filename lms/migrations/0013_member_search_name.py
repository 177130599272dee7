from django.db import migrations, models

BATCH = 5000


def fold_existing_names(apps, schema_editor):
    """Every member's name folded for searching (lms.members.names.search_key), in batches
    by primary key so that a union of millions is not held in memory."""
    from lms.members.names import search_key

    Member = apps.get_model("lms", "Member")
    after = 0
    while True:
        batch = list(
            Member.objects.filter(pk__gt=after).order_by("pk").only("pk", "full_name")[:BATCH]
        )
        if not batch:
            return
        for member in batch:
            member.search_name = search_key(member.full_name)
        Member.objects.bulk_update(batch, ["search_name"], batch_size=1000)
        after = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0012_export_jobs"),
    ]

    operations = [
        migrations.AddField(
            model_name="member",
            name="search_name",
            field=models.CharField(db_default="", default="", editable=False, max_length=150),
        ),
        migrations.RunPython(fold_existing_names, migrations.RunPython.noop, elidable=True),
    ]
