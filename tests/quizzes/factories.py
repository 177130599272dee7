"""Quiz factories. Questions are raw StreamField data with fixed ids (q1, q1a...), so tests can
answer against known ids."""

import factory

from quizzes.models import Quiz


def _items(question_id, values):
    """List-block items with ids q1a, q1b, ... so tests can answer against known ids."""
    return [
        {"type": "item", "id": f"{question_id}{chr(ord('a') + i)}", "value": value}
        for i, value in enumerate(values)
    ]


def _choices(question_id, choices):
    return _items(
        question_id,
        [
            {"text": text, "correct": correct, "feedback": f"Phản hồi {text}"}
            for text, correct in choices
        ],
    )


def image_block(image, alt=""):
    """An ImageBlock value as stored: the image id with its alt text."""
    return {"image": image.pk if image else None, "alt_text": alt, "decorative": False}


def _question(kind, question_id, prompt, *, scenario="", explanation="", **fields):
    """One question block as the StreamField stores it, with no picture of its own."""
    value = {
        "prompt": prompt,
        "scenario": scenario,
        "image": image_block(None),
        "explanation": explanation,
        **fields,
    }
    return {"type": kind, "id": question_id, "value": value}


def single(question_id, prompt="Câu hỏi?", choices=(("Đúng", True), ("Sai", False)), **extra):
    return _question(
        "single_choice",
        question_id,
        prompt,
        scenario=extra.get("scenario", ""),
        explanation=extra.get("explanation", "Giải thích."),
        choices=_choices(question_id, choices),
    )


def multiple(question_id, prompt="Chọn tất cả?", choices=(), partial_credit=True):
    return _question(
        "multiple_choice",
        question_id,
        prompt,
        partial_credit=partial_credit,
        choices=_choices(question_id, choices),
    )


def true_false(question_id, prompt="Đúng hay sai?", answer="true"):
    return _question(
        "true_false", question_id, prompt, answer=answer, feedback_true="", feedback_false=""
    )


def picture(question_id, prompt, choices):
    """A picture-choice question, choices given as (description, correct) pairs: each gets a
    small test image described by that text (needs the database)."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    images = get_image_model().objects
    items = [
        {
            "image": image_block(
                images.create(title=alt, file=get_test_image_file(f"{question_id}.png")), alt
            ),
            "correct": correct,
            "feedback": "",
        }
        for alt, correct in choices
    ]
    return _question("image_choice", question_id, prompt, choices=_items(question_id, items))


def default_questions():
    return [
        single(
            "q1", "Ngân hàng có bao giờ hỏi mã OTP không?", (("Không bao giờ", True), ("Có", False))
        ),
        multiple(
            "q2",
            "Dấu hiệu link giả?",
            (("Tên miền lạ", True), ("Đuôi .top", True), ("Có chữ https", False)),
        ),
        true_false("q3", "Nên dùng một mật khẩu cho mọi tài khoản.", answer="false"),
    ]


class QuizFactory(factory.django.DjangoModelFactory):
    """A live quiz with a published revision."""

    class Meta:
        model = Quiz
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kiểm tra nhanh {n}")
    pass_mark = 70
    max_attempts = 0
    shuffle_questions = False
    shuffle_choices = False
    live = True
    questions = factory.LazyFunction(default_questions)

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create and obj.live:
            obj.save_revision().publish()
