"""The trainer is called by one name on every page of a class: the scheduling form's label
(the union's word, "Tập huấn viên"), the organiser's class page and the officials' reports."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _text(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_the_trainer_has_the_forms_name_on_the_class_page_and_the_reports(
    client, tree, people, session
):
    client.force_login(people["leader_a"])
    form = _text(client.get(reverse("classes:new")))
    detail = _text(client.get(reverse("classes:detail", args=[session.pk])))
    client.force_login(tree["members"]["a"][2])
    client.post(reverse("classes:check_in", args=[session.code]))
    client.force_login(people["leader_a"])
    client.post(reverse("classes:close", args=[session.pk]))
    code = tree["a"].code
    held = _text(client.get(reverse("classes:report_sessions", args=[code])))
    came = _text(client.get(reverse("classes:report_attendance", args=[code, session.pk])))

    assert "Tập huấn viên" in form
    for page in (detail, held, came):
        assert "Tập huấn viên: Chị Lê Thị Hoa" in page
