"""Demo chapters, members and their progress. Every step is idempotent: running the loader
twice changes nothing."""

import datetime
import hashlib
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from courses.models import LessonCompletion, LessonPage
from courses.services import lesson_complete
from demo.contests import load_contests
from lms.chapters.groups import ensure_officials_group, ensure_trainers_group
from lms.models import Campaign, Chapter, Member, Occupation, Role
from lms.models.chapters import INVITE_ALPHABET
from quizzes.models import Attempt
from quizzes.services import attempt_start, attempt_submit

DEMO_PASSWORD = "sen-demo-2026"  # noqa: S105 - printed on screen for the local demo
ADMIN_PHONE = "+84900000001"
TRAINER_PHONE = "+84900000002"
OFFICIAL_PHONE = "+84900000003"
LEADER_MEMBER_NUMBER = 1  # the first demo member leads her chapter
CAMPAIGN_NAME = "Tháng an toàn số"

# (name, code, children)
TREE = (
    "Hội LHPN tỉnh Quảng Nam",
    "qnam",
    [
        (
            "Hội LHPN huyện Quế Sơn",
            "qnam-queson",
            [
                (
                    "Hội LHPN xã Quế Xuân",
                    "qnam-queson-quexuan",
                    [
                        ("Chi hội thôn Bình Yên", "qnam-queson-quexuan-binhyen", []),
                        ("Chi hội thôn Phước Mỹ", "qnam-queson-quexuan-phuocmy", []),
                    ],
                ),
                (
                    "Hội LHPN xã Quế Phú",
                    "qnam-queson-quephu",
                    [
                        ("Chi hội thôn Phú Mỹ", "qnam-queson-quephu-phumy", []),
                        ("Chi hội nữ công nhân nhà trọ", "qnam-queson-quephu-nhatro", []),
                    ],
                ),
            ],
        ),
        (
            "Hội LHPN huyện Duy Xuyên",
            "qnam-duyxuyen",
            [
                (
                    "Hội LHPN xã Duy Phước",
                    "qnam-duyxuyen-duyphuoc",
                    [
                        ("Chi hội thôn Tân Mỹ", "qnam-duyxuyen-duyphuoc-tanmy", []),
                        ("Chi hội thôn Mỹ Phước", "qnam-duyxuyen-duyphuoc-myphuoc", []),
                    ],
                ),
                (
                    "Hội LHPN xã Duy Thành",
                    "qnam-duyxuyen-duythanh",
                    [
                        ("Chi hội thôn Thi Lai", "qnam-duyxuyen-duythanh-thilai", []),
                        ("Chi hội tiểu thương chợ Nam Phước", "qnam-duyxuyen-duythanh-cho", []),
                    ],
                ),
            ],
        ),
    ],
)
KINDS = [Chapter.Kind.PROVINCE, Chapter.Kind.DISTRICT, Chapter.Kind.COMMUNE, Chapter.Kind.CHAPTER]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Thị", "Thị", "Thị", "Ngọc", "Thu"]
GIVEN = [
    "Lan",
    "Hoa",
    "Mai",
    "Hương",
    "Hạnh",
    "Thảo",
    "Trang",
    "Nga",
    "Hằng",
    "Loan",
    "Phượng",
    "Dung",
    "Yến",
    "Tuyết",
    "Thủy",
    "Nhung",
    "Hiền",
    "Vân",
    "Liên",
    "Oanh",
]


def demo_invite_code(code):
    """A stable invite code per demo chapter, so the printed links work after every reload."""
    digest = hashlib.sha256(code.encode()).digest()
    return "".join(INVITE_ALPHABET[b % len(INVITE_ALPHABET)] for b in digest[:8])


def _ensure_node(parent, name, code, depth):
    node = Chapter.objects.filter(code=code).first()
    if node is not None:
        return node
    fields = {
        "name": name,
        "code": code,
        "kind": KINDS[depth],
        "invite_code": demo_invite_code(code),
    }
    if parent is None:
        return Chapter.add_root(**fields)
    return parent.add_child(**fields)


def load_chapters():
    chapters = []

    def walk(parent, item, depth):
        name, code, children = item
        node = _ensure_node(parent, name, code, depth)
        if not children:
            chapters.append(node)
        for child in children:
            walk(node, child, depth + 1)

    walk(None, TREE, 0)
    return chapters


def _demo_account(phone, *, superuser=False, **fields):
    """The demo account with this phone, created with the demo password if missing."""
    user_model = get_user_model()
    user = user_model.objects.filter(phone=phone).first()
    if user is not None:
        return user
    create = user_model.objects.create_superuser if superuser else user_model.objects.create_user
    return create(phone=phone, password=DEMO_PASSWORD, **fields)


def load_staff():
    admin = _demo_account(
        ADMIN_PHONE,
        superuser=True,
        email="admin@sen.example",
        first_name="Quản trị",
        last_name="Sen",
    )
    trainer = _demo_account(
        TRAINER_PHONE,
        email="trainer@sen.example",
        first_name="Tập huấn viên",
        last_name="Sen",
        is_staff=True,
    )
    trainer.groups.add(ensure_trainers_group())
    return admin, trainer


def demo_member_phone(number):
    return f"+849010{number:05d}"


def load_members(chapters, per_chapter=5):
    user_model = get_user_model()
    rng = random.Random(2026)  # noqa: S311 - deterministic demo data
    members = []
    number = 0
    password_hash = make_password(DEMO_PASSWORD)  # hashed once: 40 hashes would take seconds
    for chapter in chapters:
        for _ in range(per_chapter):
            number += 1
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            birth_year = rng.randint(1965, 2004)
            occupation = rng.choice(Occupation.values)
            phone = demo_member_phone(number)
            user = user_model.objects.filter(phone=phone).first()
            if user is None:
                user = user_model.objects.create(phone=phone, password=password_hash)
                Member.objects.create(
                    user=user,
                    full_name=name,
                    chapter=chapter,
                    birth_year=birth_year,
                    occupation=occupation,
                )
            members.append(user)
    return members


def _take_quiz(user, quiz, *, right):
    """A real attempt through the quiz services: every answer right, or every answer wrong."""
    attempt = attempt_start(user=user, quiz=quiz)
    answers = {}
    for question in attempt.snapshot["questions"]:
        wanted = [c["id"] for c in question["choices"] if c["correct"] == right]
        answers[question["id"]] = frozenset(wanted if right else wanted[:1])
    attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)


def load_progress(members, courses):
    """Varied progress: some members finished a course, many are part-way, some not started.

    Lessons with a quiz are completed by passing it (some members fail once first); members
    who finished every lesson mostly pass the final quiz. The random choices are drawn the
    same way on every run, and work already done is skipped, so a second run changes nothing.
    """
    rng = random.Random(7)  # noqa: S311 - deterministic demo data
    lessons_by_course = {
        course.pk: list(LessonPage.objects.live().child_of(course).order_by("path"))
        for course in courses
    }
    for user in members:
        if rng.random() < 0.2:  # some members have not opened a lesson yet
            continue
        done_ids = set(
            LessonCompletion.objects.filter(user=user).values_list("lesson_id", flat=True)
        )
        for course in courses:
            lessons = lessons_by_course[course.pk]
            done = rng.choice([0, 0, 1, 2, 3, len(lessons), len(lessons)])
            for lesson in lessons[:done]:
                fail_first = rng.random() < 0.25
                if lesson.pk in done_ids:
                    continue
                if lesson.quiz_id:
                    if fail_first:
                        _take_quiz(user, lesson.quiz, right=False)
                    _take_quiz(user, lesson.quiz, right=True)
                else:
                    lesson_complete(user=user, lesson=lesson, course=course)
            passes_final = rng.random() < 0.8
            if done == len(lessons) and course.final_quiz_id and passes_final:
                if not Attempt.objects.filter(user=user, quiz_id=course.final_quiz_id).exists():
                    _take_quiz(user, course.final_quiz, right=True)


def load_roles_and_campaign(chapters, members, courses):
    """A chapter leader, a district official and a running campaign in her district."""
    leader = members[LEADER_MEMBER_NUMBER - 1]
    Role.objects.get_or_create(user=leader, node=leader.member.chapter, kind=Role.Kind.LEADER)
    official = _demo_account(OFFICIAL_PHONE, first_name="Cán bộ Hội", last_name="huyện Quế Sơn")
    district = Chapter.objects.get(code="qnam-queson")
    Role.objects.get_or_create(user=official, node=district, kind=Role.Kind.OFFICIAL)
    if not Campaign.objects.filter(name=CAMPAIGN_NAME, node=district).exists():
        today = timezone.localdate()
        campaign = Campaign.objects.create(
            name=CAMPAIGN_NAME,
            node=district,
            starts_on=today - datetime.timedelta(days=28),
            due_on=datetime.date(today.year, 12, 31),
            created_by=official,
        )
        campaign.courses.set([c for c in courses if c.slug == "an-toan-tai-khoan"])
        campaign.save()  # a ParentalManyToManyField is written on save
    ensure_officials_group()  # leaders and officials need admin access for the union screens
    return leader, official


@transaction.atomic
def load_people(courses):
    chapters = load_chapters()
    _admin, trainer = load_staff()
    members = load_members(chapters)
    load_progress(members, courses)
    _leader, official = load_roles_and_campaign(chapters, members, courses)
    load_contests(trainer, official)
    return chapters, members
