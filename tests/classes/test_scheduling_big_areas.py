"""A province official organises for a thousand units: the form on her phone lists the unit
it is around and two levels beneath it, with links up and down the tree, and refuses a unit
it did not list (nothing saved). Small areas list everything, as before."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from classes import selectors
from classes.models import TrainingSession
from lms.models import Chapter, Role
from tests.classes.test_scheduling import _form
from tests.lms.factories import ChapterFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def province(monkeypatch):
    """Province P > districts P1, P2 > two communes each > three chapters each: 19 units,
    above the limit of 10 set here (150 in the product)."""
    monkeypatch.setattr(selectors, "UNIT_CHOICES", 10)
    p = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh P", code="tp")
    units = {"p": p}
    for d in (1, 2):
        district = ChapterFactory(
            parent=p, kind=Chapter.Kind.DISTRICT, name=f"Huyện P{d}", code=f"p{d}"
        )
        units[f"p{d}"] = district
        for c in (1, 2):
            commune = ChapterFactory(
                parent=district, kind=Chapter.Kind.COMMUNE, name=f"Xã P{d}{c}", code=f"p{d}{c}"
            )
            units[f"p{d}{c}"] = commune
            for k in (1, 2, 3):
                units[f"p{d}{c}{k}"] = ChapterFactory(
                    parent=commune, name=f"Chi hội P{d}{c}{k}", code=f"p{d}{c}{k}"
                )
    official = UserFactory()
    Role.objects.create(user=official, node=p, kind=Role.Kind.OFFICIAL)
    return {**units, "official": official}


def listed(response):
    """The codes of the units the form offers as hosts, and the names of the links to move."""
    form = response.context["form"]
    hosts = sorted(unit.code for unit in form.fields["host"].queryset)
    page = BeautifulSoup(response.content, "html.parser")
    links = [a.get_text(strip=True) for a in page.select("nav .switch-links a")]
    return hosts, links


def test_the_form_lists_her_top_unit_and_two_levels_then_moves_down(client, province):
    client.force_login(province["official"])
    response = client.get(reverse("classes:new"))
    assert response.status_code == 200
    hosts, links = listed(response)
    assert hosts == ["p1", "p11", "p12", "p2", "p21", "p22", "tp"]  # no chapter yet
    assert links == ["Huyện P1", "Huyện P2"]

    response = client.get(reverse("classes:new"), {"host": province["p12"].pk})
    hosts, links = listed(response)
    assert hosts == ["p12", "p121", "p122", "p123"]
    assert links == ["Huyện P1", "Chi hội P121", "Chi hội P122", "Chi hội P123"]
    assert response.context["form"].initial["host"] == str(province["p12"].pk)


def test_she_schedules_for_a_chapter_from_its_commune_and_not_an_unlisted_one(
    client, province, tree, x_lessons
):
    client.force_login(province["official"])
    chapter = province["p122"]
    data = _form(tree, x_lessons, host=chapter.pk, invited=[chapter.pk])
    refused = client.post(reverse("classes:new"), data)  # listed around the province
    assert refused.status_code == 200 and "host" in refused.context["form"].errors
    assert not TrainingSession.objects.exists()

    url = reverse("classes:new") + f"?host={province['p12'].pk}"
    response = client.post(url, data)
    session = TrainingSession.objects.get()
    assert response.status_code == 302 and session.host == chapter
    # Changing it later lists the units around its host, its invited ones kept.
    edit = client.get(reverse("classes:edit", args=[session.pk]))
    assert listed(edit)[0] == ["p12", "p121", "p122", "p123"]


def test_a_small_area_lists_every_unit_and_no_links(client, tree, people):
    client.force_login(people["official_d1"])
    response = client.get(reverse("classes:new"))
    hosts, links = listed(response)
    assert links == [] and response.context["around"] is None
    assert len(hosts) == Chapter.objects.filter(path__startswith=tree["d1"].path).count()
    assert not re.search("hai cấp trực thuộc|two levels beneath", response.content.decode())
