"""The official follows her contest on a 360x740 phone: the live rankings of the units and
members at her node while the round is open, then the public results page once she has
published them. Expected figures are written out by hand from the attempts below."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from contests.services import entry_start, entry_submit
from lms.chapters.groups import ensure_officials_group
from lms.models import Chapter, Role
from tests.contests.factories import contest_with_round, right_answers
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def take_part(round_, user, *, right, seconds, prediction):
    """She starts, answers ``right`` of the 3 questions right and sends after ``seconds``."""
    start = timezone.now() - timedelta(minutes=20)
    entry = entry_start(round=round_, user=user, prediction=prediction, now=start)
    answers = dict(list(right_answers(entry).items())[:right])
    entry_submit(entry=entry, answers=answers, now=start + timedelta(seconds=seconds))


def rows(page, table_id):
    """The table's body rows as lists of cell texts (spaces squeezed)."""
    return [
        [" ".join(cell.split()) for cell in row.locator("th, td").all_inner_texts()]
        for row in page.locator(f"#{table_id} tbody tr").all()
    ]


def test_official_follows_live_rankings_then_the_public_results(new_phone, home, chapter, member):
    commune = chapter.get_parent()  # Xã Thụy Lôi: Chi hội thôn Bình Yên and Chi hội thôn Đông
    district = commune.get_parent()  # Huyện Kim Bảng, which runs the contest
    dong = ChapterFactory(parent=commune, name="Chi hội thôn Đông")
    nhat_tan = ChapterFactory(parent=district, name="Xã Nhật Tân", kind=Chapter.Kind.COMMUNE)
    tan_lap = ChapterFactory(parent=nhat_tan, name="Chi hội thôn Tân Lập")
    mai = member  # Trần Thị Mai, Bình Yên
    lan = MemberFactory(chapter=chapter, full_name="Nguyễn Thị Lan").user
    MemberFactory(chapter=chapter, full_name="Lê Thị Hoa")  # never takes part
    thu = MemberFactory(chapter=dong, full_name="Phạm Thị Thu").user
    hang = MemberFactory(chapter=tan_lap, full_name="Vũ Thị Hằng").user
    MemberFactory(chapter=tan_lap, full_name="Đỗ Thị Nga")
    official = UserFactory(first_name="Cán bộ", last_name="huyện Kim Bảng")
    Role.objects.create(user=official, node=district, kind=Role.Kind.OFFICIAL)
    ensure_officials_group()
    contest, round_ = contest_with_round(node=district, title="Thi tìm hiểu an toàn trên mạng")
    take_part(round_, lan, right=3, seconds=40, prediction=2)
    take_part(round_, mai, right=3, seconds=60, prediction=5)
    take_part(round_, thu, right=2, seconds=30, prediction=1)

    phone = new_phone()
    sign_in(phone, official.phone)
    phone.goto(f"/contests/{contest.slug}/rankings/")
    expect(phone.get_by_text("Vòng thi đang mở: bảng xếp hạng thay đổi")).to_be_visible()
    expect(phone.locator("#unit-rate")).to_have_text("50,0%")  # 3 of 6 members
    assert rows(phone, "units") == [
        ["1", "Xã Thụy Lôi", "4", "3", "75,0%"],
        ["2", "Xã Nhật Tân", "2", "0", "0,0%"],
    ]
    assert rows(phone, "members") == [
        ["1", "Nguyễn Thị Lan Chi hội thôn Bình Yên", "3", "0:40.0", "2"],
        ["2", "Trần Thị Mai Chi hội thôn Bình Yên", "3", "1:00.0", "5"],
        ["3", "Phạm Thị Thu Chi hội thôn Đông", "2", "0:30.0", "1"],
    ]
    assert layout_problems(phone, "live round rankings") == []

    # Live: Hằng sends while the official has the page open; the next look counts her.
    take_part(round_, hang, right=1, seconds=20, prediction=0)
    phone.reload()
    expect(phone.locator("#unit-rate")).to_have_text("66,7%")  # 4 of 6
    assert rows(phone, "units") == [
        ["1", "Xã Thụy Lôi", "4", "3", "75,0%"],
        ["2", "Xã Nhật Tân", "2", "1", "50,0%"],
    ]
    hang_row = ["4", "Vũ Thị Hằng Chi hội thôn Tân Lập", "1", "0:20.0", "0"]
    assert rows(phone, "members")[3] == hang_row

    # Down to the commune: its chapters, and only its members.
    phone.locator("#units").get_by_role("link", name="Xã Thụy Lôi").click()
    expect(phone.locator("#unit-rate")).to_have_text("75,0%")
    assert rows(phone, "units") == [
        ["1", "Chi hội thôn Đông", "1", "1", "100,0%"],
        ["2", "Chi hội thôn Bình Yên", "3", "2", "66,7%"],
    ]
    assert [row[1] for row in rows(phone, "members")] == [
        "Nguyễn Thị Lan Chi hội thôn Bình Yên",
        "Trần Thị Mai Chi hội thôn Bình Yên",
        "Phạm Thị Thu Chi hội thôn Đông",
    ]
    assert layout_problems(phone, "a commune's live rankings") == []

    # Before the round closes, the public page shows nobody.
    guest = new_phone()
    guest.goto(f"/contests/{contest.slug}/results/")
    expect(guest.get_by_text("Kết quả sẽ có khi vòng thi kết thúc")).to_be_visible()
    expect(guest.locator("#top-members")).to_have_count(0)

    # The round closes (and its grace ends); she publishes the results.
    round_.ends_at = timezone.now() - timedelta(minutes=1)
    round_.save()
    phone.goto(f"/contests/{contest.slug}/rankings/{round_.pk}/")
    phone.get_by_role("button", name="Công bố kết quả ngay").click()
    expect(phone.get_by_text("Đã công bố kết quả: 2 người trả lời đúng tất cả")).to_be_visible()
    assert layout_problems(phone, "published round rankings") == []

    guest.goto(f"/contests/{contest.slug}/results/")
    expect(guest.locator("h2")).to_have_text("Kết quả vòng 1")
    expect(guest.get_by_text("2 người trả lời đúng tất cả các câu.")).to_be_visible()
    # Given names and units, in the order of the rankings (Lan and Mai tie on right answers:
    # Lan was quicker); never a full name or a phone number.
    assert guest.locator("#top-members li").all_inner_texts() == [
        "Lan · Chi hội thôn Bình Yên",
        "Mai · Chi hội thôn Bình Yên",
        "Thu · Chi hội thôn Đông",
        "Hằng · Chi hội thôn Tân Lập",
    ]
    html = guest.content()
    for private in ("Nguyễn Thị", "Trần Thị", "Phạm Thị", "Vũ Thị", mai.phone, mai.phone[3:]):
        assert private not in html
    assert rows(guest, "public-units") == [
        ["1", "Xã Thụy Lôi", "3", "75,0%"],
        ["2", "Xã Nhật Tân", "1", "50,0%"],
    ]
    assert layout_problems(guest, "public results") == []
