"""A forgotten password without e-mail: the leader's one-time code, the member's new password."""

import hashlib
import hmac
import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.messaging import sms
from lms.models import ResetCode, Role
from lms.resets import codes
from tests.lms.factories import PASSWORD, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

HER = "+84912345678"
NEW_PASSWORD = "hoa-sen-noi-2026"
FORGOT = "/password/forgot/"


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"


@pytest.fixture(autouse=True)
def _empty_outbox():
    sms.outbox.clear()


@pytest.fixture
def her(tree):
    return MemberFactory(chapter=tree["a"], user__phone=HER, full_name="Nguyễn Thị Lan")


def issue_url(member):
    return reverse("lms:reset_code_issue", args=[member.pk])


def issue(_client, person, member, **data):
    """The leader's button, pressed on her own phone (not the member's client)."""
    leader = Client()
    leader.cookies["django_language"] = "en"
    leader.force_login(person)
    return leader.post(issue_url(member), data)


def code_from(response):
    match = re.search(r'class="reset-code"[^>]*>(\d{3}) (\d{3})<', response.content.decode())
    assert match, "the code is shown to the leader"
    return match.group(1) + match.group(2)


def use(client, code, phone="0912 345 678", password=NEW_PASSWORD, **kwargs):
    return client.post(
        FORGOT,
        {"phone": phone, "code": code, "password1": password, "password2": password},
        **kwargs,
    )


def signed_in_as(client):
    return client.session.get("_auth_user_id")


def keyed_hash(user_id, code, secret):
    """HMAC-SHA256 of "<user id>:<code>", keyed by the secret key and the purpose (Django's
    salted_hmac, written out here as the oracle)."""
    key = hashlib.sha256(("lms.resets.code" + secret).encode()).digest()
    return hmac.new(key, f"{user_id}:{code}".encode(), hashlib.sha256).hexdigest()


# Issuing


def test_leader_gives_her_member_a_code_shown_once_with_plain_instructions(client, people, her):
    response = issue(client, people["leader_a"], her)
    assert response.status_code == 200
    code = code_from(response)
    body = response.content.decode()
    assert "Tell her this code in person or by phone. It works once, for 30 minutes." in body
    assert "no-store" in response["Cache-Control"]
    stored = ResetCode.objects.get(user=her.user)
    assert stored.code_hash == keyed_hash(her.user.pk, code, settings.SECRET_KEY)
    assert stored.code_hash != keyed_hash(her.user.pk, code, settings.SECRET_KEY + "x")
    assert stored.expires_at - stored.issued_at == timedelta(minutes=30)


@pytest.mark.parametrize("who", ["leader_b", "official_d2", "trainer", "member"])
def test_no_code_for_a_member_outside_her_scope(client, people, her, who):
    assert issue(client, people[who], her).status_code == 404
    assert not ResetCode.objects.exists()


def test_anonymous_visitor_is_sent_to_sign_in(client, her):
    response = client.post(issue_url(her))
    assert response.status_code == 302 and "/signin/" in response["Location"]
    assert not ResetCode.objects.exists()


def test_an_official_above_the_chapter_may_give_a_code(client, people, her):
    assert issue(client, people["official_d1"], her).status_code == 200
    assert ResetCode.objects.filter(user=her.user, issued_by=people["official_d1"]).exists()


def test_a_leader_cannot_take_over_an_officials_account_through_a_code(client, people, tree):
    """A district official who is also a member of chapter A is not the chapter leader's to
    reset: the code would give the leader the official's wider access."""
    official = MemberFactory(chapter=tree["a"], user=people["official_d2"])
    assert issue(client, people["leader_a"], official).status_code == 404
    assert issue(client, people["superuser"], official).status_code == 200


def test_a_leader_may_help_a_fellow_leader_of_her_own_chapter(client, people, tree):
    co_leader = MemberFactory(chapter=tree["a"])
    Role.objects.create(user=co_leader.user, node=tree["a"], kind=Role.Kind.LEADER)
    assert issue(client, people["leader_a"], co_leader).status_code == 200


def test_issuing_needs_the_csrf_token(people, her):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["leader_a"])
    assert client.post(issue_url(her)).status_code == 403
    assert not ResetCode.objects.exists()


def test_issuing_is_a_post_only(client, people, her):
    client.force_login(people["leader_a"])
    assert client.get(issue_url(her)).status_code == 405


def test_the_dashboard_member_list_has_a_code_button_for_each_member(client, people, tree, her):
    client.force_login(people["leader_a"])
    body = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    for member in [her, *(user.member for user in tree["members"]["a"])]:
        assert f'action="{issue_url(member)}"' in body
    assert 'name="sms"' in body  # the test backend reaches phones


def test_no_sms_choice_when_the_backend_reaches_no_phone(client, people, her, settings):
    settings.SEN_SMS_BACKEND = "lms.messaging.sms.ConsoleBackend"
    client.force_login(people["leader_a"])
    body = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    assert 'name="sms"' not in body
    response = client.post(issue_url(her), {"sms": "1"})
    assert response.status_code == 200
    assert "The SMS could not be sent" in response.content.decode()


# Using


def test_the_code_sets_a_new_password_and_signs_her_in(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    response = use(client, code)
    assert response.status_code == 302
    assert signed_in_as(client) == str(her.user.pk)
    her.user.refresh_from_db()
    assert her.user.check_password(NEW_PASSWORD)
    assert not ResetCode.objects.exists()
    page = client.get(response["Location"], follow=True).content.decode()
    assert "Your new password is saved and you are signed in." in page


def test_a_code_works_only_once(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    assert use(client, code).status_code == 302
    client.logout()
    client.cookies["django_language"] = "en"  # logout() forgets the cookies
    response = use(client, code, password="another-password-9")
    assert response.status_code == 200
    assert "This code does not work." in response.content.decode()
    her.user.refresh_from_db()
    assert her.user.check_password(NEW_PASSWORD)


def test_an_expired_code_does_not_work(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    ResetCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = use(client, code)
    assert "This code does not work." in response.content.decode()
    assert signed_in_as(client) is None
    her.user.refresh_from_db()
    assert her.user.check_password(PASSWORD)


def test_five_wrong_codes_void_the_code(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(codes.MAX_WRONG_TRIES - 1):
        use(client, wrong)
    assert ResetCode.objects.get().wrong_tries == codes.MAX_WRONG_TRIES - 1
    use(client, wrong)
    assert not ResetCode.objects.exists()
    assert "This code does not work." in use(client, code).content.decode()
    assert ModelLogEntry.objects.filter(action=codes.VOIDED, object_id=str(her.pk)).exists()


def test_a_new_code_voids_the_old_one(client, people, her, monkeypatch):
    drawn = iter([123456, 654321])  # two different draws, so the old one cannot still match
    monkeypatch.setattr(codes.secrets, "randbelow", lambda _limit: next(drawn))
    old = code_from(issue(client, people["leader_a"], her))
    new = code_from(issue(client, people["official_d1"], her))
    assert (old, new) == ("123456", "654321")
    assert "This code does not work." in use(client, old).content.decode()
    assert use(client, new).status_code == 302


@pytest.mark.parametrize("spelling", ["0912.345.678", "+84 912 345 678", "84912345678"])
def test_any_spelling_of_her_phone_number_works(client, people, her, spelling):
    code = code_from(issue(client, people["leader_a"], her))
    assert use(client, code, phone=spelling).status_code == 302


def test_a_code_typed_with_a_space_works(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    assert use(client, f"{code[:3]} {code[3:]}").status_code == 302


def _errors(response):
    return response.context["form"].errors.as_data()


def test_the_answer_does_not_tell_whether_a_phone_number_has_an_account(client, people, her):
    code_from(issue(client, people["leader_a"], her))
    with_account = use(client, "000000", phone="0912 345 678")
    without_account = use(client, "000000", phone="0987 654 321")
    no_code = use(client, "000000", phone=people["member"].phone)
    assert with_account.status_code == without_account.status_code == no_code.status_code == 200
    messages = [
        {field: [str(e.message) for e in errors] for field, errors in _errors(r).items()}
        for r in (with_account, without_account, no_code)
    ]
    assert messages[0] == messages[1] == messages[2]
    assert list(messages[0]) == ["code"]


def test_many_failures_for_one_phone_number_are_throttled(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    for number in range(codes.PHONE_FAILURE_LIMIT):
        use(client, "111111", phone="0987 654 321", REMOTE_ADDR=f"10.0.0.{number}")
    response = use(client, "111111", phone="0987 654 321", REMOTE_ADDR="10.0.1.1")
    assert "Too many wrong tries" in response.content.decode()
    # Her own phone from her own address is not affected.
    assert use(client, code).status_code == 302


def test_many_failures_from_one_address_are_throttled_even_with_the_right_code(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    for number in range(codes.ADDRESS_FAILURE_LIMIT):
        use(client, "111111", phone=f"0987 000 {number:03d}", REMOTE_ADDR="10.9.9.9")
    response = use(client, code, REMOTE_ADDR="10.9.9.9")
    assert "Too many wrong tries" in response.content.decode()
    assert ResetCode.objects.filter(user=her.user, wrong_tries=0).exists()  # not even tried
    assert use(client, code, REMOTE_ADDR="10.1.2.3").status_code == 302


def test_a_successful_reset_ends_her_sign_in_lock_out(client, people, her):
    for _ in range(5):
        client.post("/signin/", {"username": "0912345678", "password": "sai-mat-khau"})
    locked = client.post("/signin/", {"username": "0912345678", "password": PASSWORD})
    assert locked.status_code == 429

    code = code_from(issue(client, people["leader_a"], her))
    assert use(client, code).status_code == 302
    client.logout()
    response = client.post("/signin/", {"username": "0912 345 678", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert signed_in_as(client) == str(her.user.pk)


def test_issue_and_use_are_logged_with_the_chapter_but_never_the_code(client, people, her, tree):
    code = code_from(issue(client, people["leader_a"], her))
    use(client, code)
    issued = ModelLogEntry.objects.get(action=codes.ISSUED)
    used = ModelLogEntry.objects.get(action=codes.USED)
    assert (issued.object_id, issued.user) == (str(her.pk), people["leader_a"])
    assert (used.object_id, used.user) == (str(her.pk), her.user)
    for entry in (issued, used):
        assert entry.data["chapter_path"] == tree["a"].path
        assert code not in json.dumps(entry.data) + entry.label


def test_the_code_can_also_go_by_sms_short_and_in_gsm(client, people, her):
    response = issue(client, people["leader_a"], her, sms="1")
    code = code_from(response)
    assert "We also sent the code to her phone by SMS." in response.content.decode()
    (message,) = sms.outbox
    assert message.to == HER
    assert code in message.text
    assert sms.is_gsm(message.text) and len(message.text) <= sms.SINGLE_SMS_GSM
    assert ModelLogEntry.objects.get(action=codes.ISSUED).data["sms"] is True


def test_without_the_sms_choice_nothing_is_texted(client, people, her):
    issue(client, people["leader_a"], her)
    assert sms.outbox == []


def test_vietnamese_sms_drops_its_accents_to_fit_one_message():
    text = (
        "Sen: mã đặt mật khẩu mới của chị là 123456. Chỉ dùng 1 lần, trong 30 phút. "
        "Đừng đưa mã này cho ai."
    )
    plain = sms.to_gsm(text)
    assert plain.startswith("Sen: ma dat mat khau moi cua chi la 123456.")
    assert sms.is_gsm(plain) and sms.fits_one_sms(plain)
    assert sms.to_gsm("رمزك 123456") == "رمزك 123456"  # no GSM form: sent as it is


def test_the_console_backend_writes_the_message(capsys, settings):
    settings.SEN_SMS_BACKEND = "lms.messaging.sms.ConsoleBackend"
    assert sms.send_sms(HER, "Sen: 123456") == 1
    assert "SMS to +84912345678: Sen: 123456" in capsys.readouterr().out


# The page and the password rules


def test_sign_in_page_links_to_the_forgotten_password_page(client):
    body = client.get("/signin/").content.decode()
    assert f'href="{FORGOT}"' in body and "Forgot your password?" in body


def test_the_forgotten_password_page_explains_the_steps(client):
    body = client.get(FORGOT).content.decode()
    assert "Ask your chapter leader for a code." in body
    assert "At least 8 letters or numbers; numbers only are fine." in body


@pytest.mark.parametrize(
    ("password", "error"),
    [
        ("0912345678", "password_is_phone"),
        ("+84912345678", "password_is_phone"),
        ("0912-345-678x", "password_is_phone"),
        ("12345678", "password_too_common"),
        ("88888888", "password_too_common"),
        ("hoa-sen", "password_too_short"),
    ],
)
def test_passwords_members_cannot_use(client, people, her, password, error):
    code = code_from(issue(client, people["leader_a"], her))
    response = use(client, code, password=password)
    assert response.status_code == 200
    assert error in [e.code for e in _errors(response)["password1"]]
    assert ResetCode.objects.get().wrong_tries == 0  # a refused password costs no try


@pytest.mark.parametrize("password", ["40715382", "lan yeu hoa sen", "matkhau-lan"])
def test_passwords_a_phone_keypad_can_type_are_fine(client, people, her, password):
    code = code_from(issue(client, people["leader_a"], her))
    assert use(client, code, password=password).status_code == 302


def test_the_two_new_passwords_must_match(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    response = client.post(
        FORGOT,
        {"phone": HER, "code": code, "password1": NEW_PASSWORD, "password2": "something-else"},
    )
    assert "The two passwords are not the same." in response.content.decode()


def test_the_phone_number_message_is_shown_in_her_language(client, people, her):
    code = code_from(issue(client, people["leader_a"], her))
    response = use(client, code, password="0912345678")
    assert "Please do not use your phone number as your password." in response.content.decode()


def test_the_signup_form_states_the_same_password_rules(client, tree):
    body = client.get(reverse("lms:join", args=[tree["a"].invite_code])).content.decode()
    assert "At least 8 letters or numbers; numbers only are fine." in body


def test_an_erased_account_cannot_be_reset(client, people, her):
    from lms.privacy.services import member_delete

    code = code_from(issue(client, people["leader_a"], her))
    member_delete(user=her.user)
    assert not ResetCode.objects.exists()
    assert use(client, code).status_code == 200
    assert signed_in_as(client) is None


def test_a_deactivated_account_gets_no_code(client, people, her):
    her.user.is_active = False
    her.user.save()
    assert issue(client, people["leader_a"], her).status_code == 404


def test_a_superuser_member_gets_no_code_even_from_a_superuser(client, people, tree):
    admin = MemberFactory(chapter=tree["a"], user=UserFactory(is_superuser=True, is_staff=True))
    assert issue(client, people["superuser"], admin).status_code == 404


# Concurrency (PostgreSQL row locks)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_code_typed_on_two_phones_at_once_sets_one_password():
    from tests.concurrency import run_concurrently
    from tests.lms.factories import ChapterFactory

    member = MemberFactory(chapter=ChapterFactory(), user__phone=HER)
    leader = UserFactory(is_superuser=True)
    code = codes.reset_code_issue(member=member, issued_by=leader).code
    results, errors = run_concurrently(
        lambda i: codes.reset_code_use(phone=HER, code=code, password=f"mat-khau-so-{i}"), 10
    )
    assert errors == []
    winners = [i for i, user in enumerate(results) if user is not None]
    assert len(winners) == 1
    assert ModelLogEntry.objects.filter(action=codes.USED).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_wrong_codes_typed_at_once_are_all_counted():
    from tests.concurrency import run_concurrently
    from tests.lms.factories import ChapterFactory

    member = MemberFactory(chapter=ChapterFactory(), user__phone=HER)
    code = codes.reset_code_issue(member=member, issued_by=UserFactory(is_superuser=True)).code
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    results, errors = run_concurrently(
        lambda i: codes.reset_code_use(phone=HER, code=wrong, password="mat-khau-moi-1"),
        codes.MAX_WRONG_TRIES,
    )
    assert errors == [] and results == [None] * codes.MAX_WRONG_TRIES
    assert not ResetCode.objects.exists()  # void: every wrong try counted, none lost


class BrokenGateway(sms.BaseSmsBackend):
    delivers = True

    def send_messages(self, messages):
        raise ConnectionError("gateway down")


def test_a_failing_sms_gateway_still_shows_the_leader_the_code(client, people, her, settings):
    settings.SEN_SMS_BACKEND = f"{__name__}.BrokenGateway"
    response = issue(client, people["leader_a"], her, sms="1")
    code = code_from(response)
    assert "The SMS could not be sent" in response.content.decode()
    assert use(client, code).status_code == 302
