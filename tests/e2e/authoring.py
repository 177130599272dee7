"""The trainer's authoring journey as steps on a Playwright page, shared by the browser test
(tests/e2e/test_authoring_journey.py) and nothing else. Each step takes the page and a dict
of what earlier steps learned (ids, titles); each waits for Wagtail's own JavaScript."""

import os
import re
from pathlib import Path

from playwright.sync_api import expect

DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "img" / "authoring"
IMAGE = Path(__file__).resolve().parent / "data" / "otp-screenshot.png"

COURSE_TITLE = "Giữ tiền trong ví điện tử"
LESSON_1 = "Mã OTP là chìa khóa"
LESSON_2 = "Nhận ra tin nhắn lừa đảo"
QUIZ_TITLE = "Kiểm tra: tin nhắn lừa đảo"
IMAGE_TITLE = "Tin nhắn giả mạo ngân hàng"
IMAGE_DESCRIPTION = "Tin nhắn giả mạo ngân hàng đòi mã OTP"


def shot(page, state, name):
    """A screenshot for docs/authoring.md when SEN_DOC_SCREENSHOTS=1 (else nothing)."""
    if os.environ.get("SEN_DOC_SCREENSHOTS") == "1":
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        page.mouse.move(0, 0)  # no tooltip left over from the last click
        # Choosers scroll the editor sideways when they close: put it back.
        page.evaluate("document.querySelectorAll('*').forEach(e => { e.scrollLeft = 0; })")
        path = DOCS_IMAGES / f"{name}.png"
        page.screenshot(path=str(path))
        _shrink(path)


def _shrink(path):
    """256 colours are plenty for the admin's flat colours: a third of the bytes."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def fill_rich_text(page, input_id, text):
    """Type ``text`` into the Draftail editor kept in hidden input ``input_id``; wait until
    Draftail has written it into that input (what the form sends)."""
    page.locator(f"div:has(> #{input_id})").get_by_role("textbox").fill(text)
    expect(page.locator(f"#{input_id}")).to_have_value(re.compile(re.escape(text[:20])))


def sign_in_trainer(page, state):
    page.goto("/admin/login/")
    page.get_by_label("Số điện thoại").fill("0900 000 002")  # the demo trainer (demo/people.py)
    page.get_by_label("Mật khẩu").fill("sen-demo-2026")
    shot(page, state, "01-sign-in")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/admin/")
    expect(page.get_by_role("navigation").get_by_role("link", name="Bài kiểm tra")).to_be_visible()


def create_course(page, state):
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Thêm trang con").first.click()
    page.wait_for_url("**/add/courses/coursepage/**")
    page.locator("#id_title").fill(COURSE_TITLE)
    page.locator("#id_topic").select_option(label="An toàn tài khoản")
    page.locator("#id_summary").fill("Ba phút mỗi bài: giữ mã OTP và tiền của mình.")
    fill_rich_text(page, "id_intro", "Khóa học ngắn về ví điện tử an toàn.")
    shot(page, state, "02-new-course")
    publish(page)
    state["course_id"] = page_id(COURSE_TITLE)


def publish(page):
    """Publish from the editor's footer: open "more actions", then "Publish"."""
    page.locator("footer").get_by_role("button", name="Thao tác khác").click()
    page.locator("footer").get_by_role("button", name="Xuất bản").click()
    expect(page.locator(".messages .success")).to_be_visible()


def page_id(title):
    from wagtail.models import Page

    return Page.objects.get(title=title).pk


def add_block(page, stream_id, label):
    """Append a block of type ``label`` to the stream field ``stream_id`` (e.g. "body"), and
    wait until the stream counts it (so the next block goes after it)."""
    buttons = page.locator(f"#{stream_id}-root").get_by_title("Chèn khối")  # one more than blocks
    before = buttons.count()
    buttons.nth(before - 1).click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(buttons).to_have_count(before + 1)


def image_chooser(page, input_id):
    """The "Choose an image" button of the image chooser kept in hidden input ``input_id``."""
    return page.locator(f"div:has(> #{input_id})").get_by_role("button", name="Chọn một hình ảnh")


def choose_new_image(page, chooser_button, state):
    """Upload the test picture through an image chooser's "Upload" tab."""
    chooser_button.click()
    dialog = page.locator(".modal-dialog")
    dialog.get_by_role("tab", name="Đăng tải").click()
    dialog.locator("input[type=file]").set_input_files(str(IMAGE))
    title = dialog.get_by_label("Tiêu đề")
    expect(title).to_have_value("otp-screenshot")  # filled in from the file name
    title.fill(IMAGE_TITLE)
    dialog.get_by_label("Mô tả").fill(IMAGE_DESCRIPTION)
    shot(page, state, "04-upload-image")
    dialog.get_by_role("button", name="Đăng tải").click()
    # A picture uploaded before (a second run on the same site) brings up the duplicate
    # question: keep the new one.
    use_new = dialog.get_by_role("link", name="Dùng ảnh mới")
    page.wait_for_function(
        "() => !document.querySelector('.modal-dialog') || [...document.querySelectorAll("
        "'.modal-dialog a')].some(a => a.textContent.includes('Dùng ảnh mới'))"
    )
    if use_new.count():
        use_new.click()
    expect(dialog).to_be_hidden()


def choose_existing_image(page, chooser_button, title):
    """Pick the picture called ``title`` in an image chooser."""
    chooser_button.click()
    dialog = page.locator(".modal-dialog")
    dialog.get_by_role("link", name=title).first.click()
    expect(dialog).to_be_hidden()


def new_lesson(page, state, title):
    page.goto(f"/admin/pages/{state['course_id']}/")
    page.get_by_role("link", name="Thêm trang con").first.click()
    page.wait_for_url("**/add/courses/lessonpage/**")
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Một bài ngắn, đọc trong ba phút.")
    page.locator("#id_minutes").fill("3")


def create_lesson_with_every_block(page, state):
    """Lesson 1: one block of each kind the lesson body offers, in order."""
    new_lesson(page, state, LESSON_1)
    for label in BLOCKS:
        add_block(page, "body", label)
    fill_rich_text(page, "body-0-value", "Mã OTP là mật khẩu dùng một lần. Chỉ mình bạn được biết.")
    choose_new_image(page, image_chooser(page, "body-1-value-image-image"), state)
    page.locator("#body-1-value-image-alt_text").fill(IMAGE_DESCRIPTION)
    page.locator("#body-1-value-caption").fill("Ngân hàng không bao giờ nhắn tin hỏi mã OTP.")
    page.locator("#body-2-value-url").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    page.locator("#body-2-value-title").fill("Xem cách kẻ gian lừa lấy mã OTP")
    page.locator("#body-2-value-minutes").fill("3")
    page.locator("#body-2-value-size_mb").fill("12.5")
    page.locator("#body-3-value-kind").select_option(label="Cảnh báo")
    page.locator("#body-3-value-title").fill("Cúp máy ngay")
    fill_rich_text(page, "body-3-value-text", "Ai hỏi mã OTP qua điện thoại đều là kẻ gian.")
    page.locator("#body-4-value-title").fill("Khi lỡ đọc mã OTP")
    fill_rich_text(
        page, "body-4-value-steps-0-value-text", "Gọi ngay tổng đài ngân hàng để khóa tài khoản."
    )
    page.locator("#body-4-value-steps-0-value-screenshot-decorative").check()
    page.locator("#body-5-value-do-0-value").fill("Giữ mã OTP cho riêng mình")
    page.locator("#body-5-value-dont-0-value").fill("Đọc mã OTP cho người gọi đến")
    page.locator("#body-1-value-image-alt_text").scroll_into_view_if_needed()
    shot(page, state, "03-lesson-blocks")
    publish(page)
    state["lesson_1_id"] = page_id(LESSON_1)


BLOCKS = [
    "Nội dung",
    "Hình ảnh có chú thích",
    "Video",
    "Mẹo hoặc cảnh báo",
    "Các bước làm theo thứ tự",
    "Nên và không nên",
]


def add_list_item(page, first_input_id):
    """Append an item to the list block holding the input ``first_input_id`` (its first item)."""
    block = page.locator(f"[id^=block-][id$=-content]:has(#{first_input_id})").first
    block.get_by_title("Thêm").last.click()


def create_quiz(page, state):
    """A quiz with one question of each of the four kinds, published."""
    page.get_by_role("navigation").get_by_role("link", name="Bài kiểm tra").click()
    page.get_by_role("link", name="Thêm bài kiểm tra").first.click()
    page.wait_for_url("**/add/")
    page.locator("#id_title").fill(QUIZ_TITLE)
    page.locator("#id_instructions").fill(
        "Bốn câu hỏi. Đúng 70% là đạt; làm lại bao nhiêu lần cũng được."
    )
    for label in QUESTIONS:
        add_block(page, "questions", label)
    q = "questions-0-value"
    page.locator(f"#{q}-prompt").fill("Ngân hàng có bao giờ nhắn tin hỏi mã OTP không?")
    add_list_item(page, f"{q}-choices-0-value-text")
    page.locator(f"#{q}-choices-0-value-text").fill("Không bao giờ")
    page.locator(f"#{q}-choices-0-value-correct").check()
    page.locator(f"#{q}-choices-1-value-text").fill("Có, khi cần xác minh tài khoản")
    q = "questions-1-value"
    page.locator(f"#{q}-prompt").fill("Dấu hiệu nào cho thấy tin nhắn là lừa đảo?")
    add_list_item(page, f"{q}-choices-0-value-text")
    add_list_item(page, f"{q}-choices-0-value-text")
    page.locator(f"#{q}-choices-0-value-text").fill("Đòi mã OTP gấp")
    page.locator(f"#{q}-choices-0-value-correct").check()
    page.locator(f"#{q}-choices-1-value-text").fill("Có đường link lạ")
    page.locator(f"#{q}-choices-1-value-correct").check()
    page.locator(f"#{q}-choices-2-value-text").fill("Tên người gửi là ngân hàng quen")
    q = "questions-2-value"
    page.locator(f"#{q}-prompt").fill("Nên đọc mã OTP cho nhân viên ngân hàng gọi đến.")
    page.locator(f"#{q}-answer").select_option("false")
    q = "questions-3-value"
    page.locator(f"#{q}-prompt").fill("Tin nhắn nào đòi mã OTP?")
    add_list_item(page, f"{q}-choices-0-value-correct")
    for n, description in enumerate(["Tin nhắn đòi mã OTP", "Tin nhắn báo số dư"]):
        choose_existing_image(
            page, image_chooser(page, f"{q}-choices-{n}-value-image-image"), IMAGE_TITLE
        )
        page.locator(f"#{q}-choices-{n}-value-image-alt_text").fill(description)
    page.locator(f"#{q}-choices-0-value-correct").check()
    page.locator("#questions-2-value-prompt").scroll_into_view_if_needed()
    shot(page, state, "05-quiz")
    publish(page)
    from quizzes.models import Quiz

    state["quiz_id"] = Quiz.objects.get(title=QUIZ_TITLE).pk


def create_lesson_with_quiz(page, state):
    """Lesson 2: some text, the quiz attached through the chooser, checked in the phone
    preview, then published."""
    title = LESSON_2
    new_lesson(page, state, title)
    add_block(page, "body", "Nội dung")
    fill_rich_text(page, "body-0-value", "Tin nhắn lừa đảo thường giục bạn làm ngay.")
    page.get_by_role("button", name="Chọn bài kiểm tra").click()
    dialog = page.locator(".modal-dialog")
    dialog.get_by_label("Từ khoá").fill(QUIZ_TITLE)
    dialog.get_by_role("link", name=QUIZ_TITLE).click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#id_quiz")).to_have_value(str(state["quiz_id"]))
    shot(page, state, "06-attach-quiz")
    page.get_by_role("button", name="Mở/đóng xem trước").click()
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.get_by_text("Tin nhắn lừa đảo thường giục bạn làm ngay.")).to_be_visible()
    assert page.locator("#w-preview-iframe").evaluate("frame => frame.offsetWidth") == 360
    shot(page, state, "07-phone-preview")
    publish(page)
    state["lesson_2_id"] = page_id(title)
    shot(page, state, "08-published")


QUESTIONS = [
    "Chọn một đáp án",
    "Chọn nhiều đáp án (chọn tất cả ý đúng)",
    "Đúng hay sai",
    "Chọn hình",
]
