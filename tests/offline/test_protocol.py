"""The sync protocol her phone speaks: keys, the answers' JSON shapes and the refusals."""

import json
import uuid

import pytest
from django.test import RequestFactory
from django.utils import translation

from offline import protocol


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0b3f5c1e-8d2a-4c6b-9f1e-2a7d4e5f6a7b", uuid.UUID("0b3f5c1e-8d2a-4c6b-9f1e-2a7d4e5f6a7b")),
        ("0B3F5C1E-8D2A-4C6B-9F1E-2A7D4E5F6A7B", uuid.UUID("0b3f5c1e-8d2a-4c6b-9f1e-2a7d4e5f6a7b")),
        ("", None),
        (None, None),
        ("not-a-uuid", None),
        ("1234", None),
        ("' OR 1=1 --", None),
        ("0b3f5c1e-8d2a-4c6b-9f1e-2a7d4e5f6a7", None),  # one digit short
    ],
)
def test_client_key_is_the_uuid_her_phone_made_or_none(value, expected):
    assert protocol.client_key(value) == expected


def test_the_key_is_read_from_the_key_field_of_the_form():
    key = "5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f"
    request = RequestFactory().post("/anything/", {"key": key, "other": "x"})
    assert protocol.request_key(request) == uuid.UUID(key)
    assert protocol.request_key(RequestFactory().post("/anything/", {"other": key})) is None


def test_her_phone_asks_for_json_and_a_plain_form_does_not():
    factory = RequestFactory()
    assert protocol.wants_json(factory.post("/x/", headers={"Accept": "application/json"}))
    assert not protocol.wants_json(factory.post("/x/", headers={"Accept": "text/html"}))
    assert not protocol.wants_json(factory.post("/x/"))


def test_recorded_now_and_recorded_before_answer_with_their_status_and_what_the_app_adds():
    now = protocol.accepted(created=True, lesson="Mật khẩu", course_completed=True)
    before = protocol.accepted(created=False, lesson="Mật khẩu", course_completed=False)
    assert now.status_code == before.status_code == 200
    assert json.loads(now.content) == {
        "status": "recorded",
        "lesson": "Mật khẩu",
        "course_completed": True,
    }
    assert json.loads(before.content)["status"] == "already"


@pytest.mark.parametrize(
    ("refusal", "status", "code", "vietnamese"),
    [
        (protocol.SIGNED_OUT, 401, "signed_out", "Chị đăng nhập lại để gửi tiến độ học nhé."),
        (protocol.BAD_KEY, 400, "bad_key", "Mã gửi kèm phải là mã UUID do điện thoại tạo."),
        (
            protocol.KEY_USED,
            400,
            "key_used",
            "Mã này đã được dùng cho việc khác. Không có gì được ghi lại.",
        ),
    ],
)
def test_a_refusal_answers_its_status_code_and_message_in_her_language(
    refusal, status, code, vietnamese
):
    with translation.override("vi"):
        response = refusal.response()
    assert response.status_code == status
    assert json.loads(response.content) == {"error": code, "message": vietnamese}


def test_a_refusal_message_is_translated_when_the_answer_is_made_not_when_declared():
    with translation.override("en"):
        english = json.loads(protocol.SIGNED_OUT.response().content)["message"]
    with translation.override("vi"):
        vietnamese = json.loads(protocol.SIGNED_OUT.response().content)["message"]
    assert english == "Sign in again so that your progress can be sent."
    assert vietnamese == "Chị đăng nhập lại để gửi tiến độ học nhé."
