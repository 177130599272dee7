"""What the page editor posts: the lesson form as Wagtail's editor sends it, by hand (the
``wagtail.test.utils.form_data`` helpers), for Publish and for autosave."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# The editor's autosave asks for JSON (Wagtail's w-autosave controller).
AUTOSAVE = {"HTTP_ACCEPT": "application/json"}
PUBLISH = {"action-publish": "action-publish"}


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def add_url(model_name, parent):
    return f"/admin/pages/add/courses/{model_name}/{parent.pk}/"


def text(html="<p>Không bao giờ đọc mã OTP cho người khác.</p>"):
    return ("text", rich_text(html))


def loaded_revision(page):
    """The hidden inputs the editor sends: which revision the form was loaded from."""
    revision = page.get_latest_revision()
    if revision is None:
        return {}
    return {
        "loaded_revision_id": str(revision.pk),
        "loaded_revision_created_at": revision.created_at.isoformat(),
    }


def lesson_form(lesson=None, body=(), *, title="Mật khẩu mạnh", slug="mat-khau-manh", **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Một bài học ngắn.",
            "minutes": "5",
            "body": streamfield(list(body)),
            "quiz": "",
            "comments": inline_formset([]),
        }
    )
    if lesson is not None:
        data.update(loaded_revision(lesson))
    data.update(extra)
    return data


def field_errors(response, field):
    """Every message the editor shows for ``field``, by where it shows it:
    {"0/steps/0/screenshot/alt_text": [...]} for a block deep in a StreamField, {"": [...]}
    for the field itself."""
    found = {}

    def walk(data, path):
        if data.get("messages"):
            found[path] = list(data["messages"])
        for key, child in (data.get("blockErrors") or {}).items():
            walk(child, f"{path}/{key}".lstrip("/"))

    for error in response.context["form"].errors.get(field, []).as_data():
        if hasattr(error, "as_json_data"):
            walk(error.as_json_data(), "")
        else:
            found.setdefault("", []).extend(error.messages)
    return found
