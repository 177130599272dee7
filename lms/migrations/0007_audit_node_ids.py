"""Audit entries carry node ids (stable) beside the paths they were logged with."""

from django.db import migrations

STEP = 4


def add_node_ids(apps, schema_editor):
    Chapter = apps.get_model("lms", "Chapter")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ids = dict(Chapter.objects.values_list("path", "pk"))
    entries = LogEntry.objects.filter(content_type__app_label="lms", data__has_key="chapter_path")
    for entry in entries.iterator():
        data = entry.data
        if not isinstance(data, dict) or "chapter_nodes" in data:
            continue
        paths = [p for p in (data.get("chapter_path"), data.get("from_chapter_path")) if p]
        steps = {p[:end] for p in paths for end in range(STEP, len(p) + 1, STEP)}
        nodes = sorted(ids[step] for step in steps if step in ids)
        data["chapter_id"] = ids.get(data["chapter_path"])
        data["chapter_nodes"] = "," + ",".join(map(str, nodes)) + ","
        if data.get("from_chapter_path"):
            data["from_chapter_id"] = ids.get(data["from_chapter_path"])
        entry.data = data
        entry.save(update_fields=["data"])


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0006_reset_codes"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(add_node_ids, migrations.RunPython.noop)]
