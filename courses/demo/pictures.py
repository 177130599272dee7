"""The pictures of the demo quizzes: fake and real messages, friend requests and a bank app,
drawn by ``courses.demo.screens``."""

from courses.demo.screens import BankTransaction, FriendRequest, Message, ensure_image

__all__ = ["ensure_image"]

CHOICE = {"width": 200, "size": 16}

FAKE_BANK_SMS = Message(
    slug="quiz-sms-ngan-hang-gia",
    title="Hình câu hỏi: tin nhắn ngân hàng giả dọa khóa tài khoản",
    alt=(
        "Tin nhắn SMS người gửi “NganHang”: tài khoản sẽ bị khóa do chưa cập nhật sinh trắc "
        "học, cập nhật ngay tại nganhang-capnhat.top"
    ),
    sender="NganHang",
    text=(
        "Tai khoan cua quy khach se bi KHOA do chua cap nhat sinh trac hoc. Cap nhat ngay "
        "tai: nganhang-capnhat.top"
    ),
    **CHOICE,
)
BALANCE_SMS = Message(
    slug="quiz-sms-bao-so-du",
    title="Hình câu hỏi: tin nhắn báo số dư bình thường",
    alt=(
        "Tin nhắn SMS người gửi “NganHang”: tài khoản đuôi 1234 nhận 455.000đ lúc 09:12, số "
        "dư 2.310.000đ, nội dung “Hang chuyen tien tui coi”. Không có link."
    ),
    sender="NganHang",
    text="TK xxx1234 +455.000d luc 09:12 05/03. SD: 2.310.000d. ND: Hang chuyen tien tui coi",
    **CHOICE,
)
HEALTH_STATION_SMS = Message(
    slug="quiz-sms-tram-y-te",
    title="Hình câu hỏi: tin nhắn nhắc lịch tiêm của trạm y tế",
    alt=(
        "Tin nhắn SMS người gửi “TramYTe”: trạm y tế xã nhắc lịch tiêm cho trẻ dưới 1 tuổi lúc "
        "7h30 sáng thứ Bảy tại trạm, mang theo sổ tiêm chủng. Không có link."
    ),
    sender="TramYTe",
    text="Tram Y te xa: tiem cho tre duoi 1 tuoi luc 7h30 sang thu Bay tai tram. Mang so tiem.",
    **CHOICE,
)
FAKE_PRIZE_ZALO = Message(
    slug="quiz-zalo-trung-thuong-gia",
    title="Hình câu hỏi: tin nhắn Zalo trúng thưởng giả",
    alt=(
        "Tin nhắn Zalo từ người lạ tên “Quà Tặng Tri Ân”: chúc mừng chị nhận nồi chiên không "
        "dầu và 2.000.000đ, chỉ cần chuyển 350.000đ phí vận chuyển trong hôm nay, kèm link "
        "quatang-trian.vip"
    ),
    app="zalo",
    sender="Quà Tặng Tri Ân",
    note="Người lạ · Chưa là bạn bè",
    text=(
        "CHÚC MỪNG chị đã được chọn nhận QUÀ TRI ÂN: 1 nồi chiên không dầu và 2.000.000đ tiền "
        "mặt!\nChị chỉ cần chuyển 350.000đ phí vận chuyển, quà giao ngay trong hôm nay.\n"
        "Bấm nhận quà: quatang-trian.vip"
    ),
    time="20:15",
)
ELECTRICITY_SMS = Message(
    slug="quiz-sms-tien-dien-gia",
    title="Hình câu hỏi: tin nhắn giả dọa cắt điện",
    alt=(
        "Tin nhắn SMS người gửi “DienLuc”: quý khách còn nợ tiền điện tháng 02, điện sẽ bị cắt "
        "trong 2 giờ tới, thanh toán ngay tại tiendien-thanhtoan.top"
    ),
    sender="DienLuc",
    text=(
        "Quy khach con no tien dien thang 02. Dien se bi CAT trong 2 gio toi. Thanh toan ngay "
        "tai: tiendien-thanhtoan.top de tranh gian doan."
    ),
    time="16:52",
)
FAKE_OFFICER_REQUEST = FriendRequest(
    slug="quiz-ket-ban-can-bo-gia",
    title="Hình câu hỏi: lời mời kết bạn Zalo xưng cán bộ Hội",
    alt=(
        "Lời mời kết bạn Zalo từ “Thu Cán Bộ Hội PN Xã”: tài khoản tạo tháng này, 1 bạn chung, "
        "lời nhắn xin danh sách hội viên kèm số căn cước để làm hồ sơ vay vốn ưu đãi."
    ),
    app="Zalo",
    name="Thu Cán Bộ Hội PN Xã",
    initial="T",
    facts=("Tài khoản tạo tháng này", "1 bạn chung", "Tìm bạn qua số điện thoại"),
    message=(
        "Chào chị, em là cán bộ Hội xã mới về. Chị kết bạn rồi gửi em danh sách hội viên kèm "
        "số căn cước để em làm hồ sơ vay vốn ưu đãi nhé."
    ),
    avatar="#be185d",
)
CUSTOMER_RECEIPT_ZALO = Message(
    slug="quiz-zalo-anh-chuyen-khoan",
    title="Hình câu hỏi: khách gửi ảnh chuyển khoản qua Zalo",
    alt=(
        "Tin nhắn Zalo của khách tên Hằng: “Em chuyển rồi nha chị, ảnh đây. Gửi hàng liền giúp "
        "em!” kèm ảnh chụp màn hình ghi chuyển khoản thành công 455.000đ."
    ),
    app="zalo",
    sender="Hằng",
    note="Khách mới",
    text="Em chuyển rồi nha chị, ảnh đây. Gửi hàng liền giúp em!",
    attachment=("Chuyển khoản thành công", "455.000 đ"),
    **CHOICE,
)
OWN_BANK_APP = BankTransaction(
    slug="quiz-ung-dung-ngan-hang",
    title="Hình câu hỏi: tiền vào trong ứng dụng ngân hàng của chị",
    alt=(
        "Màn hình lịch sử giao dịch trong ứng dụng ngân hàng của chị: +455.000đ lúc 09:12 "
        "ngày 05/03, từ TRAN THI HANG, nội dung “Hang chuyen tien tui coi”."
    ),
    amount="+455.000 đ",
    rows=("Từ: TRAN THI HANG", "Nội dung: Hang chuyen tien tui coi"),
    when="09:12 · 05/03",
    **CHOICE,
)
RECEIVE_MONEY_LINK_ZALO = Message(
    slug="quiz-zalo-link-nhan-tien",
    title="Hình câu hỏi: khách gửi link “nhận tiền” qua Zalo",
    alt=(
        "Tin nhắn Zalo của khách tên Hằng: tiền bị treo vì tài khoản của chị chưa xác thực, "
        "chị vào nhan-tien-nhanh.top nhập số thẻ và mã OTP để nhận tiền."
    ),
    app="zalo",
    sender="Hằng",
    note="Khách mới",
    text=(
        "Tiền bị treo do TK chị chưa xác thực. Chị vào nhan-tien-nhanh.top nhập số thẻ và mã "
        "OTP để nhận nhé."
    ),
    **CHOICE,
)
NEIGHBOUR_REQUEST = FriendRequest(
    slug="quiz-ket-ban-hang-xom",
    title="Hình câu hỏi: lời mời kết bạn của chị Hạnh cùng thôn",
    alt=(
        "Lời mời kết bạn Facebook từ “Lê Thị Hạnh”: 18 bạn chung, tài khoản mới lập tuần này, "
        "sống tại thôn Đông Hòa."
    ),
    name="Lê Thị Hạnh",
    facts=("18 bạn chung", "Mới lập tuần này", "Sống tại thôn Đông Hòa"),
    avatar="#0f766e",
    **CHOICE,
)
STRANGER_REQUEST = FriendRequest(
    slug="quiz-ket-ban-nguoi-la",
    title="Hình câu hỏi: lời mời kết bạn của người lạ ở nước ngoài",
    alt=(
        "Lời mời kết bạn Facebook từ “David Nguyen”: kỹ sư dầu khí tại Mỹ, 0 bạn chung, tài "
        "khoản lập tháng trước."
    ),
    name="David Nguyen",
    initial="D",
    facts=("Kỹ sư dầu khí tại Mỹ", "0 bạn chung", "Lập tháng trước"),
    avatar="#1e3a8a",
    **CHOICE,
)
LOAN_AD_REQUEST = FriendRequest(
    slug="quiz-ket-ban-cho-vay",
    title="Hình câu hỏi: lời mời kết bạn quảng cáo cho vay",
    alt=(
        "Lời mời kết bạn Facebook từ “Thu Trang Vay Vốn Nhanh”: 0 bạn chung, giới thiệu cho "
        "vay 50 triệu không thế chấp, chỉ cần ảnh căn cước."
    ),
    name="Thu Trang Vay Vốn Nhanh",
    initial="T",
    facts=("0 bạn chung", "Vay 50 triệu không thế chấp, chỉ cần ảnh căn cước"),
    avatar="#b45309",
    **CHOICE,
)
