"""Demo quizzes: a quick check after each lesson and a final quiz per course, made of the
questions in each course's "quiz" list plus the picture questions below.

Idempotent: quizzes and pictures are looked up by title; a quiz that exists is never changed
(trainers may have edited it), and a page gets a quiz only when it has none.
"""

import unicodedata
import uuid

from courses.demo import pictures
from courses.models import LessonPage
from quizzes.models import Quiz

PASS_MARK = 70
FINAL_ATTEMPTS = 3
FINAL = "final"
LESSON_QUIZ_TITLE = "Kiểm tra nhanh: {}"
FINAL_QUIZ_TITLE = "Bài kiểm tra cuối khóa: {}"
LESSON_QUIZ_INSTRUCTIONS = (
    "Vài câu hỏi ngắn để chị ôn lại bài. Đạt thì bài học được tính là xong; chưa đạt thì đọc "
    "lại bài và làm lại, bao nhiêu lần cũng được."
)
FINAL_QUIZ_INSTRUCTIONS = (
    "Câu hỏi về cả khóa học, nhiều câu là tin nhắn, lời mời kết bạn như chị vẫn gặp trên điện "
    "thoại. Đạt bài này là chị hoàn thành khóa học."
)
KINDS = {"single": "single_choice", "multiple": "multiple_choice", "true_false": "true_false"}
# Ids of demo questions and choices are derived from the quiz title, so every fresh demo
# database gets the same ones.
ID_NAMESPACE = uuid.UUID("6f1d2c3a-5b7e-4c8d-9a0b-1c2d3e4f5a6b")

# Picture questions added to the course files' questions, by course slug. "image" is a
# pictures.* drawing (its alt text becomes the question's picture description); an
# "image_choice" question's choices are drawings too.
PICTURE_QUESTIONS = {
    "an-toan-tai-khoan": [
        {
            "lesson": "link-gia-tin-nhan-gia",
            "kind": "image_choice",
            "prompt": "Tin nhắn nào là tin nhắn lừa đảo?",
            "choices": [
                {
                    "picture": pictures.BALANCE_SMS,
                    "correct": False,
                    "feedback": (
                        "Tin báo số dư bình thường: không link, không dọa, không đòi gì. Muốn "
                        "chắc tiền đã về, chị vẫn tự mở ứng dụng ngân hàng để xem."
                    ),
                },
                {
                    "picture": pictures.FAKE_BANK_SMS,
                    "correct": True,
                    "feedback": (
                        "Đúng. Dọa khóa tài khoản, giục cập nhật, kèm link lạ đuôi .top: ngân "
                        "hàng không bao giờ nhắn như vậy."
                    ),
                },
                {
                    "picture": pictures.HEALTH_STATION_SMS,
                    "correct": False,
                    "feedback": (
                        "Tin nhắc lịch bình thường: không link, không hỏi tiền hay mã. Còn băn "
                        "khoăn thì hỏi thẳng trạm y tế xã."
                    ),
                },
            ],
            "explanation": (
                "Tin lừa đảo thường dọa (khóa tài khoản, cắt điện), giục gấp và có link lạ. Tên "
                "người gửi giống ngân hàng cũng có thể là giả; ngân hàng không gửi link bắt chị "
                "đăng nhập hay cập nhật."
            ),
        },
        {
            "lesson": "link-gia-tin-nhan-gia",
            "kind": "single",
            "prompt": (
                "Tháng nào chị cũng đóng tiền điện đúng hạn. Chiều nay chị nhận tin nhắn như "
                "trong ảnh. Chị nên làm gì?"
            ),
            "image": pictures.ELECTRICITY_SMS,
            "choices": [
                {
                    "text": "Bấm link trả tiền ngay kẻo bị cắt điện",
                    "correct": False,
                    "feedback": "Sai. Trang giả sẽ lấy số thẻ, mật khẩu ngân hàng của chị.",
                },
                {
                    "text": (
                        "Không bấm link; xem lại hóa đơn, ứng dụng chị vẫn dùng để đóng tiền "
                        "điện, hoặc gọi số tổng đài in trên hóa đơn"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Tự kiểm tra bằng cách chị vẫn dùng, không đi qua link trong "
                        "tin nhắn."
                    ),
                },
                {
                    "text": "Nhắn lại hỏi số tài khoản để chuyển khoản cho nhanh",
                    "correct": False,
                    "feedback": "Sai. Chị sẽ chuyển tiền thẳng cho kẻ gian.",
                },
            ],
            "explanation": (
                "Dọa cắt điện, cắt mạng, khóa tài khoản trong vài giờ kèm link lạ là mẹo lừa "
                "quen thuộc. Không bấm link, tự kiểm tra qua cách chị vẫn dùng."
            ),
        },
        {
            "lesson": "tai-khoan-gia-mao",
            "kind": "single",
            "prompt": "Chị nhận được lời mời kết bạn Zalo như trong ảnh. Chị nên làm gì?",
            "image": pictures.FAKE_OFFICER_REQUEST,
            "choices": [
                {
                    "text": "Đồng ý và gửi danh sách ngay, vì là việc của Hội",
                    "correct": False,
                    "feedback": (
                        "Sai. Chưa biết người này là ai; số căn cước của chị em có thể bị dùng "
                        "để vay tiền mạo danh."
                    ),
                },
                {
                    "text": (
                        "Chưa đồng ý; gọi điện cho chi hội trưởng hoặc cán bộ Hội xã theo số "
                        "đã lưu để hỏi có người này không"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Hỏi qua số điện thoại chị đã có từ trước, không hỏi qua chính "
                        "tài khoản lạ."
                    ),
                },
                {
                    "text": "Đồng ý, nhưng chỉ gửi họ tên và số điện thoại của chị em",
                    "correct": False,
                    "feedback": (
                        "Chưa an toàn. Có danh sách số điện thoại, kẻ gian gọi lừa được từng "
                        "chị em."
                    ),
                },
            ],
            "explanation": (
                "Tài khoản mới, ít bạn chung, xưng cán bộ rồi xin giấy tờ, danh sách: hỏi người "
                "chị biết qua số đã lưu trước khi đồng ý hay gửi gì."
            ),
        },
        {
            "lesson": FINAL,
            "kind": "single",
            "prompt": "Chị nhận được tin Zalo như trong ảnh. Chị nên làm gì?",
            "image": pictures.FAKE_PRIZE_ZALO,
            "choices": [
                {
                    "text": "Chuyển 350.000đ vì quà đáng giá hơn nhiều",
                    "correct": False,
                    "feedback": (
                        "Sai. Chuyển xong chúng sẽ đòi thêm “phí thuế”, “phí bảo hiểm”. Quà "
                        "không bao giờ đến."
                    ),
                },
                {
                    "text": "Bấm link xem quà là gì trước, chưa chuyển tiền vội",
                    "correct": False,
                    "feedback": (
                        "Không nên. Trang lạ có thể xin thông tin thẻ hoặc dụ cài ứng dụng. "
                        "Không bấm là an toàn nhất."
                    ),
                },
                {
                    "text": "Không trả lời, không bấm link, chặn và báo xấu tài khoản này",
                    "correct": True,
                    "feedback": (
                        "Đúng. Chị không tham gia chương trình nào thì không có quà. Báo xấu "
                        "giúp người khác tránh bẫy."
                    ),
                },
            ],
            "explanation": (
                "Được quà mà phải chuyển phí trước là lừa đảo. Người lạ, link lạ, giục trong "
                "ngày: chặn và báo xấu."
            ),
        },
    ],
    "ban-hang-online": [
        {
            "lesson": "ban-an-toan-nhom-cho-online",
            "kind": "image_choice",
            "prompt": (
                "Chị chờ khách mới chuyển 455.000đ tiền túi cói rồi mới gửi hàng. Hình nào cho "
                "chị biết chắc tiền đã về?"
            ),
            "choices": [
                {
                    "picture": pictures.CUSTOMER_RECEIPT_ZALO,
                    "correct": False,
                    "feedback": (
                        "Chưa chắc. Ảnh chụp màn hình chuyển khoản làm giả được trong vài phút."
                    ),
                },
                {
                    "picture": pictures.OWN_BANK_APP,
                    "correct": True,
                    "feedback": (
                        "Đúng. Chị tự mở ứng dụng ngân hàng của mình và thấy tiền vào: lúc đó "
                        "mới gửi hàng."
                    ),
                },
                {
                    "picture": pictures.RECEIVE_MONEY_LINK_ZALO,
                    "correct": False,
                    "feedback": (
                        "Sai, đây là lừa đảo. Nhận tiền không bao giờ cần link, số thẻ hay mã OTP."
                    ),
                },
            ],
            "explanation": (
                "Chỉ tin số tiền chị thấy trong ứng dụng ngân hàng do chính chị mở. Ảnh khách "
                "gửi, lời khách nói, link “nhận tiền” đều không phải bằng chứng."
            ),
        },
    ],
    "su-dung-mang-xa-hoi": [
        {
            "lesson": "cai-dat-quyen-rieng-tu",
            "kind": "image_choice",
            "prompt": (
                "Chị Hạnh cùng thôn vừa nói với chị là chị ấy mới lập Facebook. Chị nhận được ba "
                "lời mời kết bạn như dưới đây. Lời mời nào chị có thể đồng ý?"
            ),
            "choices": [
                {
                    "picture": pictures.STRANGER_REQUEST,
                    "correct": False,
                    "feedback": (
                        "Không nên. Không bạn chung, người lạ ở xa làm quen rồi hứa gửi quà: "
                        "kịch bản lừa quen thuộc."
                    ),
                },
                {
                    "picture": pictures.NEIGHBOUR_REQUEST,
                    "correct": True,
                    "feedback": (
                        "Đúng. Chị biết chị Hạnh ngoài đời, có nhiều bạn chung trong thôn, và "
                        "chị ấy đã nói trước là mới lập tài khoản."
                    ),
                },
                {
                    "picture": pictures.LOAN_AD_REQUEST,
                    "correct": False,
                    "feedback": (
                        "Không nên. Tài khoản lạ quảng cáo vay dễ, chỉ cần ảnh căn cước, thường "
                        "là lừa đảo hoặc tín dụng đen."
                    ),
                },
            ],
            "explanation": (
                "Chỉ đồng ý kết bạn với người chị biết ngoài đời. Không bạn chung, người lạ làm "
                "quen, quảng cáo cho vay: xóa lời mời."
            ),
        },
    ],
}


class DemoQuizError(ValueError):
    """A demo question that cannot be turned into a quiz block."""


# ------------------------------------------------------------------ questions -> blocks


def _true_false_answer(text):
    """Map a true/false choice's text (Đúng / Sai, or similar) to "true" or "false"."""
    word = " ".join(unicodedata.normalize("NFC", text).casefold().split()).strip(" .!:")
    if word.startswith(("sai", "không đúng", "chưa đúng", "false")):
        return "false"
    if word.startswith(("đúng", "true")):
        return "true"
    raise DemoQuizError(f"Not a true/false choice: {text!r}")


def _image_block(image_id, alt):
    return {"image": image_id, "alt_text": alt, "decorative": False}


def _base(question):
    value = {
        "prompt": question["prompt"],
        "scenario": question.get("scenario", ""),
        "image": _image_block(None, ""),
        "explanation": question.get("explanation", ""),
    }
    if "image" in question:
        value["image"] = _image_block(
            pictures.ensure_image(question["image"]).pk, question["image"].alt
        )
    return value


def _true_false(question, value):
    by_answer = {_true_false_answer(choice["text"]): choice for choice in question["choices"]}
    correct = [choice for choice in question["choices"] if choice["correct"]]
    if len(question["choices"]) != 2 or set(by_answer) != {"true", "false"} or len(correct) != 1:
        raise DemoQuizError(f"A true/false question needs Đúng and Sai: {question['prompt']!r}")
    value["answer"] = _true_false_answer(correct[0]["text"])
    value["feedback_true"] = by_answer["true"].get("feedback", "")
    value["feedback_false"] = by_answer["false"].get("feedback", "")
    return value


def question_block(question, block_id):
    """Stream data (type, id, value) of one question as a trainer would author it."""
    kind = question["kind"]
    block_type = "image_choice" if kind == "image_choice" else KINDS.get(kind)
    if block_type is None:
        raise DemoQuizError(f"Unknown question kind {kind!r}: {question['prompt']!r}")
    value = _base(question)
    if block_type == "true_false":
        value = _true_false(question, value)
    else:
        choices = []
        for number, choice in enumerate(question["choices"]):
            if block_type == "image_choice":
                item = {
                    "image": _image_block(
                        pictures.ensure_image(choice["picture"]).pk, choice["picture"].alt
                    )
                }
            else:
                item = {"text": choice["text"]}
            item |= {"correct": bool(choice["correct"]), "feedback": choice.get("feedback", "")}
            choice_id = str(uuid.uuid5(ID_NAMESPACE, f"{block_id}/{number}"))
            choices.append({"type": "item", "value": item, "id": choice_id})
        value["choices"] = choices
        if block_type == "multiple_choice":
            value["partial_credit"] = True
    return {"type": block_type, "value": value, "id": block_id}


def quiz_stream_data(title, questions):
    return [
        question_block(question, str(uuid.uuid5(ID_NAMESPACE, f"{title}/{number}")))
        for number, question in enumerate(questions)
    ]


def questions_by_quiz(course):
    """``{lesson slug or FINAL: [question, ...]}`` for a course dict, picture questions last.

    Every question lands in exactly one quiz; one naming a lesson the course does not have
    is an error, not a question silently dropped.
    """
    questions = [*course["quiz"], *PICTURE_QUESTIONS.get(course["slug"], [])]
    slugs = {lesson["slug"] for lesson in course["lessons"]} | {FINAL}
    grouped = {}
    for question in questions:
        if question["lesson"] not in slugs:
            raise DemoQuizError(f"No lesson {question['lesson']!r} in {course['slug']!r}")
        grouped.setdefault(question["lesson"], []).append(question)
    return grouped


# ------------------------------------------------------------------ database


def ensure_quiz(*, title, questions, final):
    """The quiz called ``title``, created live with a published revision if missing.
    Returns ``(quiz, created)``; an existing quiz is returned untouched."""
    quiz = Quiz.objects.filter(title=title).first()
    if quiz is not None:
        return quiz, False
    quiz = Quiz.objects.create(
        title=title,
        instructions=FINAL_QUIZ_INSTRUCTIONS if final else LESSON_QUIZ_INSTRUCTIONS,
        pass_mark=PASS_MARK,
        max_attempts=FINAL_ATTEMPTS if final else 0,
        shuffle_questions=final,
        shuffle_choices=True,
        questions=quiz_stream_data(title, questions),
        live=True,
    )
    quiz.save_revision().publish()
    return quiz, True


def _attach(page, field, quiz):
    """Put ``quiz`` in the page's empty quiz slot and republish. Never replaces a quiz, and
    leaves alone a page with a draft in progress (publishing would publish or drop it)."""
    page.refresh_from_db()  # publishing works on a copy, so an instance can be out of date
    if getattr(page, f"{field}_id") is not None or page.has_unpublished_changes:
        return False
    setattr(page, field, quiz)
    page.save_revision().publish()
    page.refresh_from_db()
    return True


def load_quizzes(course_pages, course_dicts):
    """Quizzes for the demo courses. ``course_pages`` and ``course_dicts`` are in the same
    order (as ``loader.load_courses`` builds them). Returns how many quizzes were created."""
    created = 0
    for course, data in zip(course_pages, course_dicts, strict=True):
        grouped = questions_by_quiz(data)
        lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
        for lesson_data in data["lessons"]:
            lesson = lessons.get(lesson_data["slug"])
            if lesson is None or lesson_data["slug"] not in grouped:
                continue
            quiz, new = ensure_quiz(
                title=LESSON_QUIZ_TITLE.format(lesson_data["title"]),
                questions=grouped[lesson_data["slug"]],
                final=False,
            )
            created += new
            _attach(lesson, "quiz", quiz)
        if FINAL in grouped:
            quiz, new = ensure_quiz(
                title=FINAL_QUIZ_TITLE.format(data["title"]),
                questions=grouped[FINAL],
                final=True,
            )
            created += new
            _attach(course, "final_quiz", quiz)
    return created
