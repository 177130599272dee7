"""The demo contest: a bank of questions on the three course topics and a running contest of
the Quế Sơn district union, with a closed round (results published), an open round and one
to come. Idempotent like the rest of the demo: a second run adds nothing."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from contests.bank_services import questions_import
from contests.groups import ensure_officials_choose_pictures, ensure_trainers_author_questions
from contests.models import (
    Contest,
    ContestDrawRule,
    ContestEntry,
    ContestQuestion,
    Round,
    RoundStanding,
    UnitParticipation,
)
from contests.question_import import FIELDS, Row
from lms.models import Chapter, Member
from quizzes.scoring import correct_ids
from quizzes.snapshots import question_snapshot

CONTEST_SLUG = "thi-tim-hieu-an-toan-so"
CONTEST_NODE = "qnam-queson"  # the demo official's district
TIME_LIMIT_SECONDS = 600
GRACE = datetime.timedelta(seconds=30)

S1, SN, TF = "Một đáp án", "Nhiều đáp án", "Đúng/Sai"
SELL, SAFE, SOCIAL = "Bán hàng online", "An toàn tài khoản", "Mạng xã hội"
EASY, MEDIUM, HARD = "Dễ", "Trung bình", "Khó"

# (type, topic, difficulty, question, choices, right answer(s), explanation): the columns of
# the Excel template, so the demo bank is loaded through the same checks as an import.
QUESTIONS = [
    # An toàn tài khoản ------------------------------------------------------------------
    (
        S1,
        SAFE,
        EASY,
        "Có người gọi tự xưng nhân viên ngân hàng, xin mã OTP vừa gửi về máy chị. Chị làm gì?",
        [
            "Đọc mã cho họ để khỏi bị khóa thẻ",
            "Không đọc, tắt máy và gọi tổng đài ngân hàng",
            "Nhắn mã qua Zalo cho họ",
        ],
        "B",
        "Ngân hàng không bao giờ hỏi mã OTP. Ai hỏi mã OTP là kẻ gian.",
    ),
    (
        TF,
        SAFE,
        EASY,
        "Mã OTP chỉ được nhập vào ứng dụng của chính chị, không đọc cho ai.",
        [],
        "Đúng",
        "OTP là chìa khóa một lần: ai có mã là vào được tài khoản.",
    ),
    (
        S1,
        SAFE,
        EASY,
        "Mật khẩu nào khó đoán nhất?",
        ["123456", "Ngày sinh của chị", "ConMeoVang-Ngu-Truoc-Hien-7!", "Tên con kèm năm sinh"],
        "C",
        "Một câu dài có số và dấu, không dính tới giấy tờ của chị, là mật khẩu mạnh.",
    ),
    (
        TF,
        SAFE,
        EASY,
        "Dùng chung một mật khẩu cho Zalo, Facebook và ngân hàng là an toàn.",
        [],
        "Sai",
        "Lộ một nơi là kẻ gian thử ngay các nơi khác. Mỗi tài khoản một mật khẩu.",
    ),
    (
        S1,
        SAFE,
        EASY,
        "Tin nhắn báo chị trúng thưởng xe máy, bấm link để nhận quà. Chị nên làm gì?",
        ["Bấm link ngay kẻo hết hạn", "Chuyển phí nhận quà trước", "Xóa tin nhắn, không bấm link"],
        "C",
        "Trúng thưởng mà chưa từng dự thi là dấu hiệu lừa đảo.",
    ),
    (
        TF,
        SAFE,
        EASY,
        "Cho người lạ mượn điện thoại đã mở khóa là không có gì đáng lo.",
        [],
        "Sai",
        "Chỉ vài phút họ có thể đọc mã OTP hay đổi mật khẩu của chị.",
    ),
    (
        SN,
        SAFE,
        MEDIUM,
        "Những dấu hiệu nào cho thấy một đường link có thể là giả?",
        [
            "Tên trang viết sai chính tả, ví dụ vietcombankk",
            "Đuôi lạ như .xyz, .top",
            "Giục chị làm ngay kẻo mất tiền",
            "Là trang chị tự gõ địa chỉ quen thuộc",
        ],
        "A, B, C",
        "Link giả hay nhái tên thật, đuôi lạ và giục giã. Tự gõ địa chỉ quen là cách an toàn.",
    ),
    (
        S1,
        SAFE,
        MEDIUM,
        "Xác thực hai lớp (2FA) giúp gì cho tài khoản của chị?",
        [
            "Làm điện thoại chạy nhanh hơn",
            "Kẻ gian có mật khẩu vẫn chưa vào được",
            "Không phải nhớ mật khẩu nữa",
        ],
        "B",
        "Ngoài mật khẩu còn cần mã trên máy chị, nên lộ mật khẩu vẫn chưa mất tài khoản.",
    ),
    (
        S1,
        SAFE,
        MEDIUM,
        "Người quen nhắn Zalo mượn tiền gấp, giọng điệu lạ. Chị làm gì trước?",
        [
            "Chuyển ngay vì là người quen",
            "Gọi điện thoại trực tiếp cho người đó để hỏi",
            "Gửi số tài khoản của mình cho họ",
        ],
        "B",
        "Tài khoản Zalo có thể bị chiếm. Gọi hỏi trực tiếp trước khi chuyển tiền.",
    ),
    (
        TF,
        SAFE,
        MEDIUM,
        "Wifi miễn phí ở quán cà phê an toàn để đăng nhập ngân hàng.",
        [],
        "Sai",
        "Mạng công cộng có thể bị theo dõi. Giao dịch ngân hàng nên dùng 4G của chị.",
    ),
    (
        SN,
        SAFE,
        MEDIUM,
        "Chị nên giữ kín những thông tin nào trên mạng?",
        ["Ảnh căn cước công dân", "Mã OTP", "Số thẻ và mã CVV", "Tên món ăn chị thích"],
        "A, B, C",
        "Giấy tờ, mã OTP và số thẻ đủ để kẻ gian mạo danh chị.",
    ),
    (
        S1,
        SAFE,
        MEDIUM,
        "Chị lỡ bấm vào link lạ và nhập mật khẩu Facebook. Việc đầu tiên cần làm là gì?",
        [
            "Chờ xem có chuyện gì không",
            "Đổi mật khẩu ngay và bật xác thực hai lớp",
            "Xóa ứng dụng Facebook",
        ],
        "B",
        "Đổi mật khẩu càng sớm càng tốt để kẻ gian không kịp vào.",
    ),
    (
        S1,
        SAFE,
        HARD,
        "Cuộc gọi video thấy mặt con gái, nhờ chuyển tiền gấp vì bị tai nạn. Chị nên làm gì?",
        [
            "Chuyển ngay vì đã thấy mặt con",
            "Gác máy, gọi lại số quen của con hoặc người thân để kiểm tra",
            "Hỏi số tài khoản rồi chuyển một nửa",
        ],
        "B",
        "Kẻ gian có thể làm giả hình và giọng (deepfake). Luôn gọi lại số quen để hỏi.",
    ),
    (
        SN,
        SAFE,
        HARD,
        "Ứng dụng lạ xin những quyền nào thì chị nên cẩn thận?",
        [
            "Đọc tin nhắn SMS",
            "Điều khiển màn hình (trợ năng)",
            "Xem danh bạ",
            "Hiện giờ trên màn hình",
        ],
        "A, B, C",
        "Đọc SMS để lấy OTP, điều khiển màn hình để tự chuyển tiền: đừng cho ứng dụng lạ.",
    ),
    (
        TF,
        SAFE,
        HARD,
        "Cài ứng dụng ngân hàng từ link gửi qua tin nhắn cũng an toàn như tải trên CH Play.",
        [],
        "Sai",
        "Link lạ có thể cài ứng dụng giả. Chỉ tải ở CH Play hoặc App Store.",
    ),
    (
        S1,
        SAFE,
        HARD,
        "Người tự xưng công an gọi, nói chị dính vào vụ án, bắt chuyển tiền để xác minh. "
        "Điều nào đúng?",
        [
            "Công an làm việc qua điện thoại và nhận tiền xác minh",
            "Công an không yêu cầu chuyển tiền qua điện thoại",
            "Chuyển tiền rồi sẽ được trả lại",
        ],
        "B",
        "Cơ quan công an mời làm việc bằng giấy mời, không bao giờ đòi chuyển tiền.",
    ),
    # Bán hàng online ---------------------------------------------------------------------
    (
        S1,
        SELL,
        EASY,
        "Đăng bài bán hàng, chị nên ghi giá thế nào?",
        ["Ghi rõ giá trên bài đăng", "Ghi “ib để biết giá”", "Không ghi, chờ khách hỏi"],
        "A",
        "Giá rõ ràng giúp khách tin và chốt đơn nhanh hơn.",
    ),
    (
        TF,
        SELL,
        EASY,
        "Ảnh sản phẩm chụp nơi đủ sáng giúp hàng bán chạy hơn.",
        [],
        "Đúng",
        "Ảnh sáng, rõ, thấy được kích cỡ giúp khách yên tâm.",
    ),
    (
        SN,
        SELL,
        EASY,
        "Bài đăng bán mít sấy nên có những gì?",
        [
            "Giá và khối lượng mỗi gói",
            "Cách đặt hàng và phí giao",
            "Ảnh thật của sản phẩm",
            "Mật khẩu Zalo của chị",
        ],
        "A, B, C",
        "Giá, cách đặt, phí giao và ảnh thật. Mật khẩu thì không bao giờ chia sẻ.",
    ),
    (
        S1,
        SELL,
        EASY,
        "Khách hỏi hàng lúc chị đang bận. Cách trả lời tốt là gì?",
        [
            "Không trả lời",
            "Nhắn ngắn: “Chị chờ em chút, em báo giá ngay”",
            "Bảo khách tự tìm trên trang",
        ],
        "B",
        "Một câu ngắn cho khách biết chị đã thấy tin và sẽ trả lời.",
    ),
    (
        TF,
        SELL,
        EASY,
        "Nên ghi rõ cách đổi trả hàng cho khách biết trước.",
        [],
        "Đúng",
        "Nói trước cách đổi trả giúp khách yên tâm mua và tránh cãi nhau sau.",
    ),
    (
        S1,
        SELL,
        MEDIUM,
        "Khách chuyển khoản xong gửi ảnh chụp màn hình. Chị nên làm gì trước khi giao hàng?",
        [
            "Giao ngay vì đã có ảnh",
            "Mở ứng dụng ngân hàng kiểm tra tiền đã vào chưa",
            "Nhờ khách chụp lại lần nữa",
        ],
        "B",
        "Ảnh chuyển khoản có thể làm giả. Kiểm tra trong tài khoản của chị.",
    ),
    (
        SN,
        SELL,
        MEDIUM,
        "Giao hàng thu tiền hộ (COD), chị nên làm gì để tránh bị bom hàng?",
        [
            "Gọi xác nhận đơn trước khi gửi",
            "Xin đặt cọc với đơn lớn",
            "Ghi rõ tên, số điện thoại người nhận",
            "Gửi hàng cho mọi đơn không cần hỏi",
        ],
        "A, B, C",
        "Xác nhận đơn, đặt cọc đơn lớn và ghi rõ người nhận giúp giảm đơn bị bỏ.",
    ),
    (
        S1,
        SELL,
        MEDIUM,
        "Một “shipper” gọi nói có hàng của chị, bảo chị bấm link để trả phí. Chị nên:",
        [
            "Bấm link trả phí cho nhanh",
            "Không bấm, hỏi lại đơn vị giao hàng qua số tổng đài",
            "Đọc số thẻ cho shipper",
        ],
        "B",
        "Kẻ gian hay giả shipper gửi link lấy tiền. Chỉ trả khi nhận hàng hoặc qua ứng dụng "
        "chính thức.",
    ),
    (
        TF,
        SELL,
        MEDIUM,
        "Đăng bài vào buổi tối, khi mọi người rảnh, thường có nhiều người xem hơn.",
        [],
        "Đúng",
        "Buổi trưa và tối là lúc nhiều chị em lướt điện thoại nhất.",
    ),
    (
        S1,
        SELL,
        MEDIUM,
        "Khách chê hàng trong phần bình luận. Chị nên làm gì?",
        [
            "Xóa bình luận và chặn khách",
            "Trả lời lịch sự, xin lỗi và nhắn riêng để giải quyết",
            "Cãi lại cho khách khác thấy",
        ],
        "B",
        "Trả lời lịch sự giữ được lòng tin của cả những khách đang đọc.",
    ),
    (
        SN,
        SELL,
        HARD,
        "Đâu là dấu hiệu của khách đặt hàng lừa đảo?",
        [
            "Nhờ chị chuyển tiền trước để “kích hoạt” đơn",
            "Gửi link lạ bảo chị nhập thông tin thẻ để nhận tiền",
            "Hỏi kỹ kích cỡ, màu sắc",
            "Đặt số lượng lớn bất thường rồi giục gấp",
        ],
        "A, B, D",
        "Khách thật không bắt chị chuyển tiền hay nhập thẻ để nhận tiền hàng.",
    ),
    (
        S1,
        SELL,
        HARD,
        "Chị muốn bán hàng lâu dài trên Facebook. Nên dùng gì?",
        [
            "Trang cá nhân, kết bạn thật nhiều người lạ",
            "Fanpage bán hàng riêng, giữ trang cá nhân cho gia đình",
            "Mượn tài khoản của người khác",
        ],
        "B",
        "Fanpage có công cụ bán hàng, xem được số người xem và không lộ đời tư của chị.",
    ),
    (
        TF,
        SELL,
        HARD,
        "Đăng lại ảnh sản phẩm lấy trên mạng của cửa hàng khác là được phép, miễn là bán rẻ hơn.",
        [],
        "Sai",
        "Ảnh của người khác có bản quyền, lại làm khách hiểu sai hàng thật. Hãy dùng ảnh tự chụp.",
    ),
    # Mạng xã hội -----------------------------------------------------------------------
    (
        S1,
        SOCIAL,
        EASY,
        "Chi hội muốn báo lịch họp cho chị em nhanh nhất. Nên dùng cách nào?",
        ["Nhóm Zalo của chi hội", "Gửi thư qua bưu điện", "Chờ gặp từng người"],
        "A",
        "Nhóm Zalo giúp cả chi hội nhận tin cùng lúc.",
    ),
    (
        TF,
        SOCIAL,
        EASY,
        "Trước khi chia sẻ một tin giật gân, chị nên kiểm tra nguồn tin.",
        [],
        "Đúng",
        "Tin giả lan rất nhanh. Xem tin đó có trên báo chính thống không.",
    ),
    (
        S1,
        SOCIAL,
        EASY,
        "Ai nên được thấy ảnh con nhỏ của chị trên Facebook?",
        [
            "Tất cả mọi người (Công khai)",
            "Chỉ bạn bè hoặc người thân",
            "Người lạ trong nhóm mua bán",
        ],
        "B",
        "Để ảnh con ở chế độ Bạn bè giúp bảo vệ con khỏi người xấu.",
    ),
    (
        TF,
        SOCIAL,
        EASY,
        "Có thể rời một nhóm Zalo nếu nhóm đó toàn quảng cáo, lừa đảo.",
        [],
        "Đúng",
        "Chị có quyền rời nhóm và báo cáo nhóm xấu.",
    ),
    (
        S1,
        SOCIAL,
        EASY,
        "Trên nhóm Zalo chi hội, tin nhắn nào nên ghim lên đầu?",
        ["Lịch họp và thông báo quan trọng", "Ảnh chúc buổi sáng", "Quảng cáo bán hàng"],
        "A",
        "Ghim tin quan trọng để ai vào nhóm cũng thấy ngay.",
    ),
    (
        SN,
        SOCIAL,
        MEDIUM,
        "Những việc nào giúp tài khoản Facebook của chị an toàn hơn?",
        [
            "Bật xác thực hai lớp",
            "Kiểm tra thiết bị đang đăng nhập",
            "Chấp nhận mọi lời mời kết bạn",
            "Đặt mật khẩu riêng cho Facebook",
        ],
        "A, B, D",
        "Kết bạn với người lạ dễ gặp tài khoản giả. Ba việc còn lại giúp giữ tài khoản.",
    ),
    (
        S1,
        SOCIAL,
        MEDIUM,
        "Chị thấy một fanpage mang tên Hội LHPN xin thông tin căn cước để “nhận hỗ trợ”. Chị nên:",
        [
            "Gửi ngay để kịp nhận",
            "Hỏi cán bộ Hội hoặc xem trang có dấu xác minh không",
            "Chia sẻ cho cả nhóm cùng gửi",
        ],
        "B",
        "Kẻ gian hay giả trang của cơ quan. Hỏi cán bộ Hội trước khi gửi thông tin.",
    ),
    (
        TF,
        SOCIAL,
        MEDIUM,
        "Bài viết trên fanpage có ảnh và lời ngắn gọn thường được nhiều người đọc hơn.",
        [],
        "Đúng",
        "Trên điện thoại, ảnh đẹp và câu ngắn giúp người xem dừng lại đọc.",
    ),
    (
        S1,
        SOCIAL,
        MEDIUM,
        "Trong nhóm Zalo có người gửi link “bình chọn giúp cháu”, bấm vào lại bắt đăng nhập "
        "Zalo. Đó là gì?",
        ["Cách bình chọn bình thường", "Dấu hiệu link lừa lấy tài khoản", "Lỗi của điện thoại"],
        "B",
        "Trang bình chọn thật không bắt đăng nhập lại Zalo hay Facebook.",
    ),
    (
        SN,
        SOCIAL,
        MEDIUM,
        "Khi quản trị nhóm Zalo của chi hội, chị nên làm gì?",
        [
            "Bật phê duyệt thành viên mới",
            "Nhắc nội quy nhóm",
            "Xóa tin lừa đảo và báo cho chị em",
            "Thêm mọi số lạ vào nhóm",
        ],
        "A, B, C",
        "Duyệt thành viên, nhắc nội quy và xóa tin xấu giữ nhóm an toàn.",
    ),
    (
        S1,
        SOCIAL,
        HARD,
        "Tài khoản giả mạo chị đang nhắn tin vay tiền bạn bè. Chị nên làm gì?",
        [
            "Mặc kệ vì không phải tài khoản của mình",
            "Báo cáo tài khoản giả và đăng tin cho bạn bè biết",
            "Nhắn tin cãi nhau với tài khoản giả",
        ],
        "B",
        "Báo cáo để Facebook khóa tài khoản giả, và báo bạn bè để không ai mất tiền.",
    ),
    (
        TF,
        SOCIAL,
        HARD,
        "Chia sẻ vị trí trực tiếp (định vị) công khai trên mạng là vô hại.",
        [],
        "Sai",
        "Người lạ biết được chị đang ở đâu, lúc nào vắng nhà.",
    ),
    (
        SN,
        SOCIAL,
        HARD,
        "Tin nào sau đây có dấu hiệu là tin giả?",
        [
            "Không ghi nguồn, chỉ ghi “nghe nói”",
            "Kêu gọi chia sẻ gấp kẻo muộn",
            "Có trên trang báo chính thống",
            "Ảnh cũ nhưng nói là chuyện mới xảy ra",
        ],
        "A, B, D",
        "Tin giả thường không có nguồn, giục chia sẻ và dùng ảnh cũ.",
    ),
]

# Topic and difficulty -> questions drawn in each attempt (10 in all).
MIX = [
    ("safety", "easy", 2),
    ("safety", "medium", 2),
    ("safety", "hard", 1),
    ("selling", "easy", 1),
    ("selling", "medium", 1),
    ("social", "easy", 1),
    ("social", "medium", 1),
    ("social", "hard", 1),
]


def question_rows():
    """The demo questions as template rows (numbered as in a spreadsheet)."""
    rows = []
    for number, (kind, topic, level, prompt, choices, right, explanation) in enumerate(
        QUESTIONS, start=2
    ):
        cells = [*choices, *[""] * (6 - len(choices))]
        rows.append(
            Row(
                number,
                dict(
                    zip(
                        FIELDS,
                        [kind, topic, level, prompt, *cells, right, explanation],
                        strict=True,
                    )
                ),
            )
        )
    return rows


def load_bank(author):
    """Import the demo questions the bank does not hold yet (all of them, the first time)."""
    ensure_trainers_author_questions()
    ensure_officials_choose_pictures()
    known = {" ".join(q.text.split()).casefold() for q in ContestQuestion.objects.all()}
    missing = [
        row for row in question_rows() if " ".join(row.prompt.split()).casefold() not in known
    ]
    if missing:
        questions_import(user=author, rows=missing)


def _midnight(days):
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=days)


def load_contest(official):
    """The district's contest, made once: a round that closed last week (with results), the
    round open this week and next week's."""
    contest = Contest.objects.filter(slug=CONTEST_SLUG).first()
    if contest is not None:
        return contest
    contest = Contest.objects.create(
        node=Chapter.objects.get(code=CONTEST_NODE),
        title="Cuộc thi trực tuyến “Phụ nữ Quế Sơn an toàn trên không gian mạng”",
        slug=CONTEST_SLUG,
        intro="Mỗi tuần một vòng, 10 câu hỏi trong 10 phút. Thi trên điện thoại, có giải thưởng.",
        rules=(
            "<p>Hội viên thuộc Hội LHPN huyện Quế Sơn đều được dự thi.</p>"
            "<ul><li>Mỗi vòng thi kéo dài một tuần, mỗi lượt có 10 câu hỏi, làm trong 10 phút.</li>"
            "<li>Mỗi vòng được thi 2 lần, lần cao nhất được tính.</li>"
            "<li>Cùng số câu đúng thì ai làm nhanh hơn xếp trên; vẫn bằng nhau thì xét câu dự "
            "đoán số người trả lời đúng hết.</li></ul>"
        ),
        prizes="Mỗi vòng: 1 giải nhất, 2 giải nhì, 3 giải ba. Giải tập thể cho chi hội có tỉ lệ "
        "hội viên dự thi cao nhất.",
        time_limit_seconds=TIME_LIMIT_SECONDS,
        attempts_per_round=2,
        prediction_question="Vòng này sẽ có bao nhiêu người trả lời đúng cả 10 câu?",
        live=True,
        created_by=official,
    )
    for order, (topic, difficulty, count) in enumerate(MIX):
        ContestDrawRule.objects.create(
            contest=contest, topic=topic, difficulty=difficulty, count=count, sort_order=order
        )
    for order, start in enumerate((-8, -1, 6)):
        Round.objects.create(
            contest=contest,
            starts_at=_midnight(start),
            ends_at=_midnight(start + 7),
            sort_order=order,
        )
    add_round_results(contest.rounds.order_by("starts_at").first())
    return contest


def _draw(contest, rng):
    """The questions of one attempt as served: the contest's mix drawn from the live bank."""
    questions = []
    for rule in contest.draw_rules.order_by("sort_order"):
        pool = list(
            ContestQuestion.objects.filter(
                live=True, topic=rule.topic, difficulty=rule.difficulty
            ).order_by("pk")
        )
        for question in rng.sample(pool, rule.count):
            questions.extend(question_snapshot(block, shuffle=False) for block in question.question)
    return {"contest_id": contest.pk, "questions": questions}


def _answers(snapshot, rng, skill):
    """Her answers: each question right with probability ``skill``, else one wrong choice."""
    answers = {}
    for question in snapshot["questions"]:
        right = correct_ids(question)
        if rng.random() < skill:
            answers[question["id"]] = frozenset(right)
        else:
            wrong = [c["id"] for c in question["choices"] if c["id"] not in right]
            answers[question["id"]] = frozenset(wrong[:1])
    return answers


@transaction.atomic
def add_round_results(round_):
    """Submitted attempts of a closed round for about two thirds of the members who may
    enter, with what the taking service keeps beside them: each contestant's best attempt
    (``RoundStanding``: most right answers, then least time), contestants per chapter
    (``UnitParticipation``), and the round's published answer to the prediction question
    (``perfect_count``). Nothing is added to a round that already has attempts."""
    if ContestEntry.objects.filter(round=round_).exists():
        return
    contest = round_.contest
    rng = random.Random(f"demo-round-{round_.starts_at:%Y%m%d}")  # noqa: S311 - demo data
    members = (
        Member.objects.filter(chapter__path__startswith=contest.node.path)
        .select_related("user", "chapter")
        .order_by("user_id")
    )
    best = {}
    for member in members:
        if rng.random() > 0.65:
            continue
        skill = rng.choice([0.5, 0.7, 0.8, 0.9, 1.0])
        for number in range(1, rng.choice([1, 1, 2]) + 1):
            snapshot = _draw(contest, rng)
            answers = _answers(snapshot, rng, skill)
            # Each answer is the right set or one wrong choice: right exactly when it equals
            # the right set (also with partial credit).
            correct = sum(1 for q in snapshot["questions"] if answers[q["id"]] == correct_ids(q))
            started = round_.starts_at + datetime.timedelta(
                hours=rng.randint(2, 24 * 6), minutes=rng.randint(0, 59)
            )
            duration_ms = rng.randint(150_000, TIME_LIMIT_SECONDS * 1000 - 5_000)
            entry = ContestEntry.objects.create(
                round=round_,
                user=member.user,
                chapter=member.chapter,
                number=number,
                snapshot=snapshot,
                answers={qid: sorted(ids) for qid, ids in answers.items()},
                started_at=started,
                deadline_at=started + datetime.timedelta(seconds=TIME_LIMIT_SECONDS) + GRACE,
                submitted_at=started + datetime.timedelta(milliseconds=duration_ms),
                correct=correct,
                total=len(snapshot["questions"]),
                duration_ms=duration_ms,
                prediction=rng.randint(0, 15),
            )
            key = (-entry.correct, entry.duration_ms)
            if member.user_id not in best or key < best[member.user_id][0]:
                best[member.user_id] = (key, entry)
    RoundStanding.objects.bulk_create(
        RoundStanding(
            round=round_,
            user_id=user_id,
            chapter=entry.chapter,
            entry=entry,
            correct=entry.correct,
            duration_ms=entry.duration_ms,
            prediction=entry.prediction,
        )
        for user_id, (_key, entry) in best.items()
    )
    per_chapter = {}
    for _key, entry in best.values():
        per_chapter[entry.chapter_id] = per_chapter.get(entry.chapter_id, 0) + 1
    UnitParticipation.objects.bulk_create(
        UnitParticipation(round=round_, chapter_id=chapter_id, contestants=count)
        for chapter_id, count in per_chapter.items()
    )
    round_.perfect_count = sum(1 for _key, entry in best.values() if entry.correct == entry.total)
    round_.results_published_at = round_.ends_at
    round_.save(update_fields=["perfect_count", "results_published_at"])


def load_contests(trainer, official):
    load_bank(trainer)
    return load_contest(official)
