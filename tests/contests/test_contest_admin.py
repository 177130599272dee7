"""Officials set up contests for their own nodes in the admin; the form refuses what would
break a contest (overlapping rounds, a mix the bank cannot fill, changes under contestants)."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from contests.models import Contest, ContestEntry
from lms.models import Chapter, Role
from tests.contests.bank_factories import (
    ContestFactory,
    ContestQuestionFactory,
    DrawRuleFactory,
    RoundFactory,
)
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/contests/manage/"


@pytest.fixture
def tree():
    province = ChapterFactory(name="Tỉnh", code="p", kind=Chapter.Kind.PROVINCE)
    district_a = ChapterFactory(parent=province, name="Huyện A", code="a", kind="district")
    district_b = ChapterFactory(parent=province, name="Huyện B", code="b", kind="district")
    commune_a = ChapterFactory(parent=district_a, name="Xã A1", code="a1", kind="commune")
    return {"province": province, "a": district_a, "b": district_b, "a1": commune_a}


@pytest.fixture
def official(client, tree):
    user = UserFactory(is_staff=True)
    Role.objects.create(user=user, node=tree["a"], kind=Role.Kind.OFFICIAL)
    from lms.chapters.groups import ensure_officials_group

    ensure_officials_group()
    client.force_login(user)
    return user


@pytest.fixture
def bank():
    for _i in range(4):
        ContestQuestionFactory(topic="safety", difficulty="easy")
    ContestQuestionFactory(topic="safety", difficulty="easy", live=False)  # a draft: not drawn
    for _i in range(2):
        ContestQuestionFactory(topic="selling", difficulty="hard")


def at(days, hours=0):
    moment = timezone.localtime() + datetime.timedelta(days=days, hours=hours)
    return moment.strftime("%Y-%m-%d %H:%M")


def contest_form(node, rounds=None, mix=None, **fields):
    data = {
        "title": "Cuộc thi Phụ nữ an toàn trên mạng",
        "slug": "phu-nu-an-toan",
        "node": str(node.pk),
        "intro": "Mỗi tuần một vòng, 10 câu hỏi.",
        "rules": rich_text("<p>Mỗi vòng được thi hai lần, lần cao nhất được tính.</p>"),
        "prizes": "Giải nhất: 500.000 đồng",
        "picture": "",
        "time_limit_seconds": "600",
        "attempts_per_round": "2",
        "prediction_question": "Bao nhiêu người trả lời đúng hết?",
        "rounds": inline_formset(
            rounds if rounds is not None else [{"starts_at": at(1), "ends_at": at(8)}]
        ),
        "draw_rules": inline_formset(
            mix if mix is not None else [{"topic": "safety", "difficulty": "easy", "count": "3"}]
        ),
    }
    data.update(fields)
    return nested_form_data(data)


def form_errors(response):
    form = response.context["form"]
    errors = {name: list(messages) for name, messages in form.errors.items()}
    for name, formset in form.formsets.items():
        for index, child in enumerate(formset.forms):
            for field, messages in child.errors.items():
                errors[f"{name}-{index}-{field}"] = list(messages)
    return errors


def test_official_creates_a_contest_for_her_district(client, official, tree, bank):
    response = client.post(BASE + "new/", contest_form(tree["a1"], live="on"))
    assert response.status_code == 302, form_errors(response)
    contest = Contest.objects.get()
    assert contest.node == tree["a1"] and contest.live and contest.created_by == official
    assert contest.rounds.count() == 1
    assert list(contest.draw_rules.values_list("topic", "difficulty", "count")) == [
        ("safety", "easy", 3)
    ]


def test_node_chooser_lists_only_her_nodes(client, official, tree):
    response = client.get(BASE + "new/")
    assert response.status_code == 200
    choices = {value for value, _label in response.context["form"].fields["node"].choices if value}
    assert {int(str(value)) for value in choices} == {tree["a"].pk, tree["a1"].pk}


def test_official_may_not_create_for_another_district(client, official, tree, bank):
    response = client.post(BASE + "new/", contest_form(tree["b"]))
    assert response.status_code == 200
    assert "node" in form_errors(response)
    assert not Contest.objects.exists()


def test_official_sees_and_edits_only_contests_beneath_her(client, official, tree):
    mine = ContestFactory(node=tree["a1"], title="Cuộc thi xã A1")
    theirs = ContestFactory(node=tree["b"], title="Cuộc thi huyện B")
    above = ContestFactory(node=tree["province"], title="Cuộc thi cả tỉnh")
    listing = client.get(BASE).content.decode()
    assert "Cuộc thi xã A1" in listing
    assert "Cuộc thi huyện B" not in listing and "Cuộc thi cả tỉnh" not in listing
    assert client.get(f"{BASE}edit/{mine.pk}/").status_code == 200
    for contest in (theirs, above):
        # Wagtail answers a refused permission with its "no permission" message and home page.
        assert client.get(f"{BASE}edit/{contest.pk}/")["Location"] == "/admin/"
        assert client.post(f"{BASE}delete/{contest.pk}/")["Location"] == "/admin/"
        assert client.get(f"{BASE}history/{contest.pk}/")["Location"] == "/admin/"
    assert client.get(f"{BASE}history/{mine.pk}/").status_code == 200
    assert Contest.objects.count() == 3


def test_members_and_leaders_are_kept_out(client, tree):
    leader = UserFactory(is_staff=True)
    Role.objects.create(user=leader, node=tree["a1"], kind=Role.Kind.LEADER)
    from lms.chapters.groups import ensure_officials_group

    ensure_officials_group()
    client.force_login(leader)
    assert client.get(BASE).status_code in (302, 403)
    assert client.get(BASE + "new/").status_code in (302, 403)


def test_superuser_sees_every_contest(client, tree):
    ContestFactory(node=tree["b"], title="Cuộc thi huyện B")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert "Cuộc thi huyện B" in client.get(BASE).content.decode()


def test_rounds_must_close_after_they_open_and_not_overlap(client, official, tree, bank):
    rounds = [
        {"starts_at": at(1), "ends_at": at(8)},
        {"starts_at": at(7), "ends_at": at(14)},  # overlaps the first
        {"starts_at": at(20), "ends_at": at(19)},  # closes before it opens
    ]
    response = client.post(BASE + "new/", contest_form(tree["a"], rounds=rounds))
    errors = form_errors(response)
    assert errors["rounds-1-starts_at"][0].startswith("Vòng này trùng với vòng từ")
    assert errors["rounds-2-ends_at"] == ["Vòng thi phải kết thúc sau khi bắt đầu."]
    assert "rounds-0-starts_at" not in errors
    assert not Contest.objects.exists()


def test_mix_must_be_drawn_from_live_questions_of_the_bank(client, official, tree, bank):
    mix = [
        {"topic": "safety", "difficulty": "easy", "count": "5"},  # 4 live (+1 draft)
        {"topic": "selling", "difficulty": "hard", "count": "2"},  # exactly 2: fine
        {"topic": "social", "difficulty": "medium", "count": "1"},  # none
    ]
    response = client.post(BASE + "new/", contest_form(tree["a"], mix=mix))
    errors = form_errors(response)
    assert errors["draw_rules-0-count"] == [
        "Ngân hàng chỉ có 4 câu đã đăng về “An toàn tài khoản” ở mức “Dễ”. "
        "Hãy đăng thêm câu hỏi hoặc lấy ít câu hơn."
    ]
    assert "draw_rules-1-count" not in errors
    assert errors["draw_rules-2-count"][0].startswith("Ngân hàng chỉ có 0 câu")


def test_live_needs_a_round_and_a_mix_and_a_sensible_time_limit(client, official, tree):
    data = contest_form(tree["a"], rounds=[], mix=[], live="on", time_limit_seconds="10")
    errors = form_errors(client.post(BASE + "new/", data))
    assert errors["live"] == [
        "Hãy thêm ít nhất một vòng thi trước khi mở cuộc thi.",
        "Hãy thêm ít nhất một dòng vào cơ cấu câu hỏi trước khi mở cuộc thi.",
    ]
    assert errors["time_limit_seconds"] == [
        "Thời gian làm bài phải từ 30 giây đến 3 giờ (10800 giây)."
    ]
    # A draft may wait for its rounds.
    data = contest_form(tree["a"], rounds=[], mix=[])
    assert client.post(BASE + "new/", data).status_code == 302


def _entered(contest, round_):
    member = MemberFactory(chapter=contest.node)
    ContestEntry.objects.create(
        round=round_,
        user=member.user,
        chapter=contest.node,
        number=1,
        snapshot={"questions": []},
        deadline_at=round_.ends_at,
        total=3,
    )


def _edit_data(contest, rounds, mix):
    data = contest_form(contest.node, rounds=[], mix=[], slug=contest.slug, title=contest.title)
    data.update(nested_form_data({"rounds": inline_formset(rounds, initial=len(rounds))}))
    data.update(nested_form_data({"draw_rules": inline_formset(mix, initial=len(mix))}))
    return data


def test_a_round_with_entries_cannot_be_removed(client, official, tree, bank):
    contest = ContestFactory(node=tree["a"])
    now = timezone.now()
    closed = RoundFactory(
        contest=contest,
        starts_at=now - datetime.timedelta(days=14),
        ends_at=now - datetime.timedelta(days=7),
    )
    rule = DrawRuleFactory(contest=contest, count=2)
    _entered(contest, closed)
    rounds = [
        {
            "id": str(closed.pk),
            "starts_at": timezone.localtime(closed.starts_at).strftime("%Y-%m-%d %H:%M"),
            "ends_at": timezone.localtime(closed.ends_at).strftime("%Y-%m-%d %H:%M"),
            "DELETE": "1",
        }
    ]
    mix = [{"id": str(rule.pk), "topic": "safety", "difficulty": "easy", "count": "2"}]
    response = client.post(f"{BASE}edit/{contest.pk}/", _edit_data(contest, rounds, mix))
    assert response.status_code == 200
    assert "Có hội viên đã thi vòng chị vừa xóa" in response.content.decode()
    assert contest.rounds.count() == 1


def test_the_mix_cannot_change_while_an_entered_round_is_open(client, official, tree, bank):
    contest = ContestFactory(node=tree["a"])
    now = timezone.now()
    current = RoundFactory(
        contest=contest,
        starts_at=now - datetime.timedelta(days=1),
        ends_at=now + datetime.timedelta(days=6),
    )
    rule = DrawRuleFactory(contest=contest, count=2)
    rounds = [
        {
            "id": str(current.pk),
            "starts_at": timezone.localtime(current.starts_at).strftime("%Y-%m-%d %H:%M"),
            "ends_at": timezone.localtime(current.ends_at).strftime("%Y-%m-%d %H:%M"),
        }
    ]
    changed = [{"id": str(rule.pk), "topic": "safety", "difficulty": "easy", "count": "3"}]
    # Nobody has entered yet: the official may still change the mix.
    response = client.post(f"{BASE}edit/{contest.pk}/", _edit_data(contest, rounds, changed))
    assert response.status_code == 302, form_errors(response)
    rule.refresh_from_db()
    assert rule.count == 3
    _entered(contest, current)
    changed[0]["count"] = "4"
    response = client.post(f"{BASE}edit/{contest.pk}/", _edit_data(contest, rounds, changed))
    assert response.status_code == 200
    assert "không thể đổi cơ cấu câu hỏi" in response.content.decode()
    rule.refresh_from_db()
    assert rule.count == 3
    # Editing something else is fine.
    changed[0]["count"] = "3"
    data = _edit_data(contest, rounds, changed)
    data["prizes"] = "Giải nhất: 1 triệu đồng"
    assert client.post(f"{BASE}edit/{contest.pk}/", data).status_code == 302


def test_a_contest_with_entries_is_not_deleted(client, official, tree):
    contest = ContestFactory(node=tree["a"])
    round_ = RoundFactory(contest=contest)
    _entered(contest, round_)
    response = client.post(f"{BASE}delete/{contest.pk}/")
    assert response.status_code == 302
    assert Contest.objects.filter(pk=contest.pk).exists()


def _status_cells(listing):
    return [
        " ".join(cell.split())
        for cell in re.findall(r'<td[^>]*>\s*<span class="w-status[^"]*">([^<]*)</span>', listing)
    ]


def test_listing_says_in_vietnamese_whether_members_can_enter(client, official, tree):
    ContestFactory(node=tree["a1"], title="Đang mở", live=True)
    ContestFactory(node=tree["a1"], title="Chưa mở", live=False)
    listing = client.get(BASE).content.decode()
    assert sorted(_status_cells(listing)) == ["Chưa mở", "Mở cho hội viên"]
    assert ">True<" not in listing and ">False<" not in listing


def test_listing_and_editor_lead_to_the_contest_page_and_its_rankings(client, official, tree):
    contest = ContestFactory(node=tree["a1"], slug="thi-xa-a1")
    for url in (BASE, f"{BASE}edit/{contest.pk}/"):
        page = client.get(url).content.decode()
        assert 'href="/contests/thi-xa-a1/"' in page, url
        assert 'href="/contests/thi-xa-a1/rankings/"' in page, url
        assert "Xem trang cuộc thi" in page and "Bảng xếp hạng và kết quả" in page


def test_her_contest_not_yet_open_shows_her_its_page_and_nobody_else(client, official, tree):
    contest = ContestFactory(node=tree["a1"], slug="thi-xa-a1", title="Thi xã A1", live=False)
    page = client.get("/contests/thi-xa-a1/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Cuộc thi chưa mở cho hội viên" in html and "Thi xã A1" in html
    assert "/contests/thi-xa-a1/start/" not in html  # no "Take part" before it opens
    other = UserFactory(is_staff=True)
    Role.objects.create(user=other, node=tree["b"], kind=Role.Kind.OFFICIAL)
    member = MemberFactory(chapter=ChapterFactory(parent=tree["a1"], kind="chapter")).user
    for someone in (other, member):
        client.force_login(someone)
        assert client.get("/contests/thi-xa-a1/").status_code == 404
    client.logout()
    assert client.get("/contests/thi-xa-a1/").status_code == 404
    contest.live = True
    contest.save()
    page = client.get("/contests/thi-xa-a1/").content.decode()
    assert "Cuộc thi chưa mở cho hội viên" not in page


def test_official_can_upload_and_choose_the_share_picture(client, official):
    from wagtail.images.tests.utils import get_test_image_file

    from contests.groups import grant_after_migrate

    get_image_model().objects.create(title="Áp phích cuộc thi", file=get_test_image_file())
    grant_after_migrate(sender=None)  # what every migrate runs
    chooser = client.get("/admin/images/chooser/")
    assert chooser.status_code == 200
    html = chooser.json()["html"]
    assert "/admin/images/chooser/create/" in html  # the upload tab
    assert "Áp phích cuộc thi" in html  # the library's pictures


def test_an_empty_address_is_made_from_the_title_without_its_marks(client, official, tree, bank):
    for expected in ("cuoc-thi-phu-nu-an-toan-tren-mang", "cuoc-thi-phu-nu-an-toan-tren-mang-2"):
        response = client.post(BASE + "new/", contest_form(tree["a1"], slug=""))
        assert response.status_code == 302, form_errors(response)
        assert Contest.objects.order_by("-pk").first().slug == expected
    response = client.post(
        BASE + "new/", contest_form(tree["a1"], slug="", title="Đố vui: Đường dây lừa đảo?")
    )
    assert response.status_code == 302, form_errors(response)
    assert Contest.objects.order_by("-pk").first().slug == "do-vui-duong-day-lua-dao"
    # One she types herself is kept, and still refused when another contest has it.
    response = client.post(BASE + "new/", contest_form(tree["a1"], slug="do-vui-duong-day-lua-dao"))
    assert response.status_code == 200 and "slug" in form_errors(response)
