# Demo course: "Sử dụng mạng xã hội" (topic: social). Format: see FORMAT.md in this folder.

COURSE = {
    "slug": "su-dung-mang-xa-hoi",
    "title": "Sử dụng mạng xã hội",
    "topic": "social",
    "color": "#1e3a8a",
    "summary": (
        "Lập và quản lý nhóm Zalo, fanpage cho chi hội; giữ kín thông tin riêng, "
        "đăng bài tử tế và nhận biết tin giả trên mạng."
    ),
    "intro": (
        "<p>Nhiều nơi đã làm theo cách “mỗi chi hội 1 trang fanpage, 1 nhóm Zalo”. "
        "Chỉ cần một tin nhắn, chị chi hội trưởng mời họp được cả chi hội, không phải đi "
        "từng nhà. Chị em công nhân ở trọ xa quê cũng theo dõi được hoạt động hội qua "
        "điện thoại.</p>"
        "<p>Nhưng mạng xã hội cũng có mặt trái: lộ số điện thoại, lộ ảnh và trường lớp "
        "của con, tin giả lan nhanh trong nhóm, tài khoản lạ kết bạn để lừa đảo. Khóa học "
        "này giúp chị dùng Zalo và Facebook cho việc hội một cách gọn gàng, an toàn và "
        "tử tế.</p>"
        "<p>Mỗi bài đọc khoảng 5–8 phút, có các bước làm cụ thể trên điện thoại. Tên nút "
        "và mục trong ứng dụng có thể hơi khác tùy phiên bản. Nếu không thấy đúng chữ, "
        "chị tìm mục có ý nghĩa gần nhất, hoặc nhờ cán bộ hội, con cháu chỉ giúp.</p>"
    ),
    "outcomes": [
        "Lập nhóm Zalo cho chi hội, đặt nội quy, ghim thông báo và tạo bình chọn lịch họp.",
        "Lập fanpage cho chi hội, chọn người quản trị và đăng tin hoạt động rõ ràng.",
        "Chỉnh quyền riêng tư để người lạ không thấy số điện thoại, địa chỉ, trường của con.",
        "Xin phép trước khi đăng ảnh người khác và giữ kín thông tin của hội viên.",
        "Nhận ra tin giả, kiểm tra nguồn trước khi chia sẻ và biết báo cáo tin xấu.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "nhom-zalo-chi-hoi",
            "title": "Lập và quản lý nhóm Zalo của chi hội",
            "minutes": 7,
            "summary": (
                "Tạo nhóm, thêm hội viên, đặt nội quy, ghim thông báo, dùng bình chọn "
                "để chốt lịch họp và giữ nhóm đúng việc."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Nhóm Zalo là “phòng họp chung” của chi hội ngay trên điện thoại. "
                        "Trước đây, muốn mời họp, chị tổ trưởng phải đến từng nhà. Bây giờ, "
                        "một tin nhắn trong nhóm là cả chi hội cùng biết. Chị em ở trọ xa, "
                        "đi làm ca, bận con nhỏ vẫn nắm được tin của hội.</p>"
                        "<p>Nhưng nhóm chỉ thật sự có ích khi <b>gọn gàng và đúng việc</b>. "
                        "Một nhóm đầy ảnh chúc buổi sáng, quảng cáo, tin nhắn dây chuyền sẽ "
                        "khiến chị em tắt thông báo. Đến lúc có thông báo họp quan trọng thì "
                        "không ai đọc.</p>"
                        "<h3>Chuẩn bị trước khi lập nhóm</h3>"
                        "<ul>"
                        "<li><b>Ai quản lý?</b> Trưởng nhóm thường là chi hội trưởng. Nên có "
                        "thêm 1–2 phó nhóm (chi hội phó, tổ trưởng) để khi chị bận, ốm, đổi "
                        "điện thoại vẫn có người lo.</li>"
                        "<li><b>Tên nhóm rõ ràng</b>, có tên chi hội và địa danh, ví dụ: "
                        "“Chi hội PN thôn Đông Hòa – xã Hòa Phú”. Người mới nhìn tên là biết "
                        "nhóm của ai.</li>"
                        "<li><b>Nhóm để làm gì?</b> Thông báo việc hội, mời họp, chia sẻ tin "
                        "chính thống của Hội cấp trên. Chị em muốn mua bán, tập văn nghệ, "
                        "tán gẫu thì có thể lập thêm nhóm riêng (nhóm chợ online, nhóm văn "
                        "nghệ…) để nhóm chính không bị loãng.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Tạo nhóm và thêm thành viên",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mở Zalo, ở màn hình <b>Tin nhắn</b>, bấm dấu <b>+</b> ở góc "
                                    "trên bên phải, chọn <b>Tạo nhóm</b>.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Gõ tên nhóm. Có thể bấm vào biểu tượng máy ảnh cạnh ô tên "
                                    "để đặt ảnh nhóm, ví dụ ảnh một buổi sinh hoạt chi hội.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn thành viên: tìm theo tên trong danh bạ hoặc gõ số "
                                    "điện thoại. Chọn xong, bấm nút tạo nhóm (thường là nút mũi "
                                    "tên hoặc dấu tích).</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Muốn thêm người sau này: mở nhóm, bấm biểu tượng tùy chọn "
                                    "ở góc trên (thường là ba gạch ngang), chọn mục thêm thành "
                                    "viên.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chị em chưa kết bạn Zalo với chị: gửi cho họ <b>link hoặc "
                                    "mã QR của nhóm</b> (có trong phần tùy chọn nhóm) qua tin nhắn "
                                    "riêng. Không đăng link nhóm công khai lên Facebook.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Trong phần tùy chọn nhóm, chỉ định <b>phó nhóm</b>. Nếu "
                                    "Zalo của chị có mục phê duyệt thành viên mới, hãy bật lên để "
                                    "người lạ có link cũng không tự vào nhóm được.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Hỏi trước khi thêm người vào nhóm",
                        "text": (
                            "<p>Trước khi thêm ai, chị nhắn hoặc gọi hỏi một câu: “Chị có muốn "
                            "vào nhóm Zalo của chi hội để nhận thông báo họp không?”. Người "
                            "được hỏi trước thường vui vẻ ở lại, còn người bị thêm bất ngờ hay "
                            "rời nhóm ngay. Hội viên lớn tuổi chưa dùng Zalo thì nhờ con cháu "
                            "cài giúp, hoặc cử một chị ở gần báo tin tận nhà.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Nội quy nhóm: ngắn, rõ, ghim lên đầu</h3>"
                        "<p>Nội quy giúp chị em biết nhóm dùng để làm gì, và giúp chị nhắc "
                        "nhở mà không mất lòng ai. 5–6 dòng là đủ. Ví dụ:</p>"
                        "<p><b>Nội quy nhóm Chi hội PN thôn Đông Hòa</b></p>"
                        "<ol>"
                        "<li>Nhóm dùng để thông báo việc hội, mời họp, chia sẻ tin chính "
                        "thống.</li>"
                        "<li>Bài bán hàng chỉ đăng vào tối thứ Bảy, phiên chợ online của chi "
                        "hội.</li>"
                        "<li>Không gửi tin chưa rõ nguồn, tin nhắn kiểu “chia sẻ cho 10 "
                        "người”.</li>"
                        "<li>Không đăng số điện thoại, căn cước, hoàn cảnh riêng của người "
                        "khác.</li>"
                        "<li>Góp ý nhẹ nhàng; chuyện riêng xin nhắn riêng.</li>"
                        "<li>Cần hỏi gì, nhắn chị trưởng nhóm hoặc phó nhóm.</li>"
                        "</ol>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Ghim thông báo quan trọng",
                        "steps": [
                            {
                                "text": (
                                    "<p>Gửi nội quy (hoặc thông báo họp) vào nhóm như một tin nhắn "
                                    "bình thường.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Bấm và giữ ngón tay trên tin nhắn đó vài giây, đến khi hiện "
                                    "bảng lựa chọn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn <b>Ghim</b>. Tin sẽ nằm ở đầu cuộc trò chuyện, ai vào "
                                    "nhóm cũng thấy ngay, kể cả người mới vào.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Họp xong thì bỏ ghim thông báo cũ, chỉ giữ những gì còn "
                                    "cần. Nội quy thì ghim lâu dài. Ghim quá nhiều, tin quan trọng "
                                    "lại bị lấp.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Dùng bình chọn để chốt lịch họp</h3>"
                        "<p>Thay vì hỏi “Chị em họp hôm nào được?” rồi nhận 40 tin trả lời "
                        "lộn xộn, chị tạo một <b>bình chọn</b>. Trong khung chat của nhóm, mở "
                        "thêm tính năng (nút ba chấm hoặc dấu cộng cạnh ô soạn tin, tùy phiên "
                        "bản), chọn <b>Bình chọn</b>, rồi gõ câu hỏi và các phương án. "
                        "Ví dụ:</p>"
                        "<ul>"
                        "<li>Câu hỏi: “Họp chi hội tháng 5 vào buổi nào?”</li>"
                        "<li>Phương án 1: “Tối thứ Sáu, 19 giờ 30, nhà văn hóa thôn”</li>"
                        "<li>Phương án 2: “Sáng Chủ nhật, 8 giờ, nhà văn hóa thôn”</li>"
                        "<li>Phương án 3: “Họp qua cuộc gọi video nhóm Zalo, tối thứ "
                        "Bảy”</li>"
                        "</ul>"
                        "<p>Sau 1–2 ngày, chị xem kết quả, chốt buổi đông người chọn nhất, "
                        "rồi gửi <b>thông báo chính thức</b> và ghim lên đầu nhóm. Thông báo "
                        "phải đủ: <b>giờ, ngày, địa điểm, nội dung họp</b>, và cần mang theo "
                        "gì. Chị em ở xa hoặc đi làm ca có thể tham gia bằng cuộc gọi video "
                        "nhóm trên Zalo.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Giữ nhóm đúng việc</h3>"
                        "<ul>"
                        "<li>Nhắc nhở nhẹ nhàng, nhắn riêng trước: “Em ơi, nhóm mình để thông "
                        "báo việc hội, bài bán hàng em đăng tối thứ Bảy nhé.”</li>"
                        "<li>Gặp tin chưa rõ nguồn, nhắn trong nhóm: “Tin này chưa có thông "
                        "báo chính thức, chị em đừng chia sẻ tiếp, chi hội sẽ hỏi xã.”</li>"
                        "<li>Người cố tình vi phạm nhiều lần, hoặc tài khoản lạ vào quảng cáo, "
                        "mời vay tiền: trưởng nhóm mời ra khỏi nhóm.</li>"
                        "<li>Vài tháng một lần, rà lại danh sách thành viên. Người đã chuyển "
                        "đi, tài khoản không ai biết là ai thì mời ra.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Kẻ gian cũng tìm cách vào nhóm",
                        "text": (
                            "<p>Tài khoản lạ vào nhóm thường nhắn riêng từng chị: mời làm cộng "
                            "tác viên, “nhận quà của Hội”, cho vay nhanh. Chị nhắc cả nhóm: "
                            "<b>Hội không bao giờ nhắn riêng để xin mã OTP, số tài khoản hay "
                            "tiền “phí nhận quà”</b>. Thấy ai lạ trong danh sách thành viên, hỏi "
                            "người đã thêm họ vào; không ai biết thì mời ra khỏi nhóm.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Hỏi ý kiến trước khi thêm người vào nhóm",
                            "Có 1–2 phó nhóm cùng quản lý",
                            "Ghim nội quy và thông báo họp",
                            "Dùng bình chọn để hỏi ý kiến cả nhóm",
                            "Thông báo đủ giờ, ngày, địa điểm, nội dung",
                            "Nhắn riêng khi cần nhắc nhở một người",
                        ],
                        "dont": [
                            "Đăng link mời vào nhóm công khai trên mạng",
                            "Để nhóm thành nơi quảng cáo, tin nhắn dây chuyền",
                            "Ghim quá nhiều tin, lấp mất thông báo chính",
                            "Chê trách thành viên trước cả nhóm",
                            "Để người lạ không ai quen ở lại trong nhóm",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "fanpage-chi-hoi",
            "title": "Lập fanpage Facebook cho chi hội",
            "minutes": 7,
            "summary": (
                "Phân biệt Trang với trang cá nhân, đặt tên, chọn ảnh, chọn người quản trị "
                "và đăng tin hoạt động của chi hội."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Nhóm Zalo là nơi chị em trong chi hội trao đổi với nhau. "
                        "<b>Fanpage</b> (trên Facebook gọi là <b>Trang</b>) thì giống “bảng tin” "
                        "của chi hội mà ai cũng xem được: bà con trong thôn, chị em đi làm ăn "
                        "xa, Hội cấp trên, người muốn ủng hộ hoạt động của chi hội.</p>"
                        "<h3>Trang khác trang cá nhân thế nào?</h3>"
                        "<ul>"
                        "<li><b>Trang cá nhân</b> là tài khoản Facebook của một người thật, "
                        "dùng tên thật. Lập tài khoản cá nhân mang tên “Chi hội Phụ nữ…” là "
                        "trái quy định của Facebook, dễ bị khóa, và mọi bài đã đăng mất "
                        "theo.</li>"
                        "<li><b>Trang</b> là của một tổ chức. Nhiều người cùng quản lý được. "
                        "Bà con bấm theo dõi là xem được bài, không cần kết bạn. Người xem "
                        "<b>không thấy</b> trang cá nhân của người quản trị.</li>"
                        "<li>Trang được tạo từ tài khoản cá nhân của chị, nhưng hai cái tách "
                        "biệt: bài của Trang đăng dưới tên chi hội, chuyện riêng của chị vẫn "
                        "nằm ở trang cá nhân.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Báo Hội cấp trên trước khi lập trang",
                        "text": (
                            "<p>Trước khi lập trang, chị báo với Hội LHPN xã, phường và bàn với "
                            "ban chi hội. Nhiều nơi đã có hướng dẫn cách đặt tên, ảnh đại "
                            "diện, hoặc đã có trang chung. Hội cấp trên cũng có thể chia sẻ "
                            "trang của chi hội để nhiều chị em biết đến, và giúp khi trang gặp "
                            "sự cố.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Đặt tên và chọn ảnh</h3>"
                        "<ul>"
                        "<li><b>Tên trang</b> đầy đủ, có địa danh: “Chi hội Phụ nữ thôn Đông "
                        "Hòa – xã Hòa Phú”. Đừng đặt tên chung chung như “Phụ nữ vui vẻ”, người "
                        "xem không biết có phải trang của hội hay không.</li>"
                        "<li><b>Ảnh đại diện</b>: biểu trưng của Hội theo hướng dẫn của Hội cấp "
                        "trên, hoặc ảnh tập thể chi hội mà mọi người trong ảnh đã đồng ý. Ảnh "
                        "phải rõ cả khi thu nhỏ.</li>"
                        "<li><b>Ảnh bìa</b>: ảnh một hoạt động tiêu biểu, ví dụ buổi dọn vệ "
                        "sinh đường làng, phiên chợ của chi hội.</li>"
                        "<li><b>Phần giới thiệu</b>: một hai câu chi hội là ai, ở đâu, làm gì. "
                        "Để bà con liên hệ bằng cách nhắn tin cho Trang, không đăng số điện "
                        "thoại riêng của hội viên.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Các bước tạo Trang trên ứng dụng Facebook",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mở Facebook, bấm <b>Menu</b> (biểu tượng ba gạch ngang hoặc "
                                    "ảnh đại diện nhỏ của chị), tìm mục <b>Trang</b>.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn tạo Trang mới. Gõ tên trang đúng như chi hội đã thống "
                                    "nhất.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn hạng mục gần nhất với chi hội, ví dụ tổ chức cộng đồng "
                                    "hoặc tổ chức phi lợi nhuận. Gõ vài chữ để Facebook gợi ý.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Thêm ảnh đại diện, ảnh bìa, phần giới thiệu. Chỗ nào chưa "
                                    "có thì bỏ qua, sửa sau cũng được.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Mời bạn bè là hội viên thích Trang. Gửi link Trang vào nhóm "
                                    "Zalo của chi hội để chị em bấm theo dõi.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Đăng bài đầu tiên giới thiệu: chi hội lập Trang để làm gì, "
                                    "sẽ đăng những tin gì, ai là người quản lý.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Ai là người quản trị?</h3>"
                        "<p>Đừng để Trang chỉ có một người quản lý. Nếu người đó mất tài "
                        "khoản, đổi điện thoại mà quên mật khẩu, hay chuyển đi nơi khác, cả "
                        "Trang có thể mất theo.</p>"
                        "<ul>"
                        "<li>Cho <b>ít nhất 2 người có toàn quyền</b>, thường là chi hội "
                        "trưởng và chi hội phó. Thêm người trong phần cài đặt của Trang, ở "
                        "mục quyền truy cập hoặc vai trò trên Trang.</li>"
                        "<li>Chị em chỉ phụ trách đăng bài thì cho quyền đăng bài, không cần "
                        "toàn quyền.</li>"
                        "<li>Mọi người quản trị bật <b>xác thực 2 yếu tố</b> và đặt mật khẩu "
                        "mạnh cho tài khoản Facebook của mình.</li>"
                        "<li>Ai thôi làm công tác hội thì gỡ quyền của người đó ngay.</li>"
                        "<li>Không bao giờ đưa mật khẩu Facebook của mình cho ai “đăng bài "
                        "giúp”. Muốn người khác đăng, hãy cấp quyền cho tài khoản của họ.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Tin nhắn giả danh Facebook",
                        "text": (
                            "<p>Người quản trị Trang hay nhận tin nhắn kiểu: <i>“Trang của bạn vi "
                            "phạm tiêu chuẩn cộng đồng và sẽ bị xóa sau 24 giờ. Bấm vào đây để "
                            "kháng nghị.”</i> Đây là chiêu lừa lấy mật khẩu. Không bấm link, "
                            "không nhập mật khẩu hay mã đăng nhập vào trang lạ. Nếu lo, chị tự "
                            "mở ứng dụng Facebook để xem thông báo, và báo cho người quản trị "
                            "còn lại.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Đăng gì lên Trang?</h3>"
                        "<p>Trang sống được nhờ đăng đều, 1–3 bài một tuần là đủ. Mỗi bài về "
                        "một hoạt động nên trả lời được: <b>Việc gì? Ở đâu? Khi nào? Ai tham "
                        "gia? Kết quả ra sao?</b> Kèm 3–5 ảnh rõ nét.</p>"
                        "<p>Ví dụ một bài tốt:</p>"
                        "<p><i>“Sáng Chủ nhật 12/5, 25 chị em Chi hội Phụ nữ thôn Đông Hòa cùng "
                        "dọn vệ sinh và trồng 200 cây hoa dọc đường vào thôn. Cảm ơn các gia "
                        "đình đã góp cây giống. Tháng 6, chi hội chăm tuyến hoa vào mỗi sáng "
                        "Chủ nhật, chị em nào rảnh cùng tham gia nhé!”</i></p>"
                        "<p>Những tin nên đăng:</p>"
                        "<ul>"
                        "<li>Lịch sinh hoạt, hoạt động chung của chi hội.</li>"
                        "<li>Hoạt động giúp đỡ hội viên khó khăn (giữ kín chuyện riêng của "
                        "gia đình được giúp, xem bài “Đăng bài an toàn và tử tế”).</li>"
                        "<li>Phiên chợ online của chi hội, sản phẩm của chị em.</li>"
                        "<li>Chị em làm kinh tế giỏi, gương tốt trong thôn, khi họ đồng "
                        "ý.</li>"
                        "<li>Bài chia sẻ lại từ trang chính thức của Hội LHPN xã, huyện, "
                        "tỉnh.</li>"
                        "</ul>"
                        "<p>Có người bình luận, nhắn tin hỏi thì trả lời lịch sự, trong một "
                        "hai ngày. Gặp bình luận khiếm nhã, không cãi nhau; có thể ẩn bình "
                        "luận đó và báo với ban chi hội.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Đặt tên Trang có tên chi hội và địa danh",
                            "Có ít nhất 2 người toàn quyền quản trị",
                            "Bật xác thực 2 yếu tố cho người quản trị",
                            "Đăng đều, mỗi bài đủ việc gì, ở đâu, khi nào",
                            "Chia sẻ bài từ trang chính thức của Hội cấp trên",
                        ],
                        "dont": [
                            "Lập tài khoản cá nhân mang tên chi hội",
                            "Để một người giữ Trang một mình",
                            "Đưa mật khẩu Facebook cho người khác",
                            "Đăng danh sách hội viên kèm số điện thoại",
                            "Dùng Trang để bán hàng riêng hoặc tranh cãi",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "cai-dat-quyen-rieng-tu",
            "title": "Cài đặt quyền riêng tư trên Facebook và Zalo",
            "minutes": 7,
            "summary": (
                "Chọn ai xem được bài đăng, ẩn số điện thoại và ngày sinh, biết những gì "
                "không nên đăng và xử lý lời mời kết bạn từ người lạ."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Mỗi khi chị đăng bài, để số điện thoại hay ngày sinh trên mạng, có "
                        "thể rất nhiều người lạ nhìn thấy. Kẻ gian gom các mẩu thông tin nhỏ: "
                        "tên con, trường con học, số điện thoại, địa chỉ nhà, ngày chị đi "
                        "vắng… rồi dùng để lừa chị, lừa người thân của chị, hoặc giả danh chị "
                        "đi vay tiền.</p>"
                        "<p>Rà lại quyền riêng tư chỉ mất 10–15 phút, làm một lần là dùng lâu "
                        "dài. Tên các mục có thể hơi khác tùy phiên bản ứng dụng, chị tìm mục "
                        "có nghĩa tương tự.</p>"
                        "<h3>Facebook: ai xem được bài của chị?</h3>"
                        "<p>Khi soạn bài, ngay dưới tên chị có nút chọn <b>người xem</b>:</p>"
                        "<ul>"
                        "<li><b>Công khai</b>: bất kỳ ai trên mạng, kể cả người không quen "
                        "biết.</li>"
                        "<li><b>Bạn bè</b>: chỉ những người đã là bạn bè của chị.</li>"
                        "<li><b>Chỉ mình tôi</b>: chỉ chị xem được.</li>"
                        "</ul>"
                        "<p>Bài chuyện gia đình, con cái, nhà cửa: để <b>Bạn bè</b>. Bài bán "
                        "hàng muốn nhiều người thấy thì để Công khai, nhưng <b>không</b> ghi "
                        "địa chỉ nhà cụ thể, chỉ ghi khu vực giao hàng.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Rà lại quyền riêng tư trên Facebook",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mở <b>Menu</b>, vào <b>Cài đặt và quyền riêng tư</b>. "
                                    "Facebook thường có công cụ <b>Kiểm tra quyền riêng tư</b> đi "
                                    "từng bước, chị làm theo là đủ các mục chính.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn người xem mặc định cho các bài viết mới là "
                                    "<b>Bạn bè</b>.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Tìm mục giới hạn người xem bài viết cũ, để các bài trước "
                                    "đây đăng Công khai chuyển thành chỉ bạn bè xem.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Mở trang cá nhân của chị, phần <b>Giới thiệu</b>. Với số "
                                    "điện thoại, ngày sinh, nơi sống: chọn <b>Chỉ mình tôi</b> hoặc "
                                    "xóa đi.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn để người lạ không xem được danh sách bạn bè của chị. "
                                    "Kẻ gian hay dựa vào danh sách này để nhắn tin lừa người quen "
                                    "của chị.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Zalo: số điện thoại, ngày sinh và nhật ký</h3>"
                        "<p>Zalo gắn với số điện thoại, nên ai có số của chị đều có thể tìm "
                        "ra tài khoản. Vào mục <b>Cá nhân</b>, bấm hình bánh răng để mở "
                        "<b>Cài đặt</b>, chọn <b>Quyền riêng tư</b>, rồi xem lại:</p>"
                        "<ul>"
                        "<li><b>Ngày sinh</b>: ẩn đi, hoặc chỉ hiện ngày và tháng, không hiện "
                        "năm.</li>"
                        "<li>Có cho người lạ tìm thấy và kết bạn qua số điện thoại không, qua "
                        "những nguồn nào (mã QR, nhóm chung, danh thiếp).</li>"
                        "<li>Ai được xem <b>nhật ký</b> (các bài chị đăng trên Zalo), ai được "
                        "nhắn tin, gọi điện cho chị.</li>"
                        "</ul>"
                        "<p>Chị chi hội trưởng hay chị bán hàng cần người lạ liên lạc được thì "
                        "có thể để người lạ nhắn tin, nhưng nhật ký chuyện gia đình chỉ nên "
                        "để bạn bè xem.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Đừng đăng những thứ này, kể cả khi để chế độ Bạn bè</h3>"
                        "<ul>"
                        "<li><b>Căn cước công dân, giấy phép lái xe, giấy khai sinh</b>: kẻ "
                        "gian dùng ảnh giấy tờ để vay tiền online, mở tài khoản đứng tên "
                        "chị.</li>"
                        "<li><b>Thẻ ngân hàng, vé máy bay, vé tàu có mã</b>: lộ số thẻ, lộ mã "
                        "đặt chỗ.</li>"
                        "<li><b>Trường, lớp của con</b>: ảnh con mặc đồng phục có tên trường, "
                        "ảnh cổng trường, giờ đưa đón. Kẻ gian có thể đến trường nói “mẹ cháu "
                        "nhờ đón”, hoặc gọi cho chị nói con bị tai nạn để đòi tiền.</li>"
                        "<li><b>Địa chỉ nhà cụ thể, biển số xe</b>, ảnh trong nhà thấy rõ đồ "
                        "đạc có giá trị.</li>"
                        "<li><b>Tin “cả nhà đi vắng”</b>: “Cả nhà về quê một tuần” là báo cho "
                        "kẻ trộm biết nhà bỏ trống. Đi về rồi hãy đăng ảnh.</li>"
                        "<li><b>Mã OTP, mật khẩu, ảnh chụp màn hình chuyển khoản</b> thấy rõ "
                        "số tài khoản và số dư.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Chị em công nhân ở trọ xa nhà",
                        "text": (
                            "<p>Đừng đăng số phòng trọ, giờ đi ca, giờ về phòng, nhất là khi ở "
                            "một mình. Khi khoe ảnh phòng trọ mới, để chế độ Bạn bè và đừng chụp "
                            "cổng, biển tên khu trọ.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Lời mời kết bạn từ người lạ</h3>"
                        "<p>Nhiều vụ lừa bắt đầu bằng một lời mời kết bạn: người nước ngoài "
                        "“muốn làm quen”, “quân nhân” gửi quà, “cán bộ” hứa hỗ trợ tiền. Trước "
                        "khi bấm chấp nhận, chị xem:</p>"
                        "<ul>"
                        "<li>Có <b>bạn chung</b> nào mà chị quen thật ngoài đời không?</li>"
                        "<li>Tài khoản mới lập, ít bài đăng, ảnh đại diện đẹp như người "
                        "mẫu?</li>"
                        "<li>Vừa kết bạn đã khen ngợi, hỏi chuyện riêng, rồi rủ đầu tư, nhận "
                        "quà, nhờ chuyển tiền?</li>"
                        "<li>Tài khoản mang tên và ảnh của <b>người quen</b>, trong khi chị đã "
                        "là bạn với người đó từ trước? Đó là tài khoản giả. Gọi điện cho người "
                        "thật để báo.</li>"
                        "</ul>"
                        "<p>Không chắc thì <b>đừng chấp nhận</b>. Bỏ qua một lời mời không làm "
                        "mất lòng ai. Người quen thật sẽ tìm cách khác để liên lạc với "
                        "chị.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Rà quyền riêng tư cùng nhau",
                        "text": (
                            "<p>Rủ chị em dành 15 phút sau buổi sinh hoạt chi hội để cùng rà "
                            "quyền riêng tư trên điện thoại. Chị nào rành hướng dẫn chị chưa "
                            "rành. Kẻ gian hay lấy thông tin của người này để lừa người kia, "
                            "nên một người làm đúng thì cả nhóm an toàn hơn.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Để bài chuyện gia đình ở chế độ Bạn bè",
                            "Ẩn số điện thoại, ngày sinh trên trang cá nhân",
                            "Chỉ kết bạn với người chị biết ngoài đời",
                            "Đi về rồi mới đăng ảnh chuyến đi",
                            "Gọi điện kiểm tra khi người quen nhắn vay tiền",
                        ],
                        "dont": [
                            "Chụp căn cước, thẻ ngân hàng đăng lên mạng",
                            "Đăng ảnh con kèm tên trường, lớp, giờ đưa đón",
                            "Khoe “cả nhà đi vắng” khi nhà đang bỏ trống",
                            "Chấp nhận kết bạn vì ảnh đẹp, lời ngọt",
                            "Ghi địa chỉ nhà cụ thể trong bài công khai",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "dang-bai-an-toan-tu-te",
            "title": "Đăng bài an toàn và tử tế",
            "minutes": 6,
            "summary": (
                "Xin phép trước khi đăng ảnh người khác, cẩn thận với ảnh trẻ em, giữ kín "
                "thông tin hội viên và bình luận lịch sự."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Trên mạng, một bức ảnh đã đăng có thể bị lưu lại, chia sẻ đi rất "
                        "xa, và không lấy lại được. Vì vậy, trước khi đăng ảnh hay thông tin "
                        "của <b>người khác</b>, chị nghĩ cho họ như nghĩ cho chính mình.</p>"
                        "<h3>Xin phép trước khi đăng ảnh người khác</h3>"
                        "<p>Không phải ai cũng muốn ảnh mình lên mạng. Có chị đang phải tránh "
                        "một người chồng cũ hay đánh đập, có chị không muốn chủ xưởng biết "
                        "mình xin nghỉ, có chị đơn giản thấy ảnh mình không đẹp. Pháp luật "
                        "cũng quy định: dùng hình ảnh của một người phải được người đó đồng "
                        "ý.</p>"
                        "<ul>"
                        "<li><b>Ảnh tập thể</b> buổi sinh hoạt: nói trước cả nhóm “Chi hội sẽ "
                        "đăng ảnh lên Trang, chị nào không muốn lên hình thì báo em nhé”. Ai "
                        "không muốn thì đứng ngoài khung hình, hoặc chị không dùng ảnh "
                        "đó.</li>"
                        "<li><b>Ảnh riêng một người</b>, ảnh trao quà, thăm hỏi: hỏi thẳng "
                        "người đó.</li>"
                        "<li>Ai nhờ gỡ ảnh thì <b>gỡ ngay</b>, không cần hỏi lý do.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Ảnh trẻ em: cẩn thận gấp đôi</h3>"
                        "<p>Trẻ em chưa tự quyết được chuyện ảnh mình lên mạng. Khi chi hội "
                        "tổ chức Trung thu, tặng quà, trao học bổng:</p>"
                        "<ul>"
                        "<li>Xin phép <b>bố mẹ hoặc người nuôi dưỡng</b> trước khi đăng ảnh "
                        "các cháu.</li>"
                        "<li>Chọn ảnh chụp từ xa, ảnh các cháu đang chơi, không chụp cận "
                        "mặt.</li>"
                        "<li>Không ghi họ tên đầy đủ, trường, lớp, địa chỉ của cháu.</li>"
                        "<li>Không đăng ảnh trẻ tắm, thay đồ, ăn mặc hở hang, kể cả ảnh "
                        "“ngộ nghĩnh” của con mình.</li>"
                        "<li>Cháu mồ côi, khuyết tật, nhà khó khăn: chụp từ phía sau, hoặc "
                        "dán hình che mặt bằng công cụ sửa ảnh có sẵn trước khi đăng. Đừng để "
                        "cháu bị bạn bè trêu là “lên mạng nhận quà từ thiện”.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Khi trao quà cho gia đình khó khăn",
                        "text": (
                            "<p>Giữ thể diện cho người nhận. Hỏi họ có đồng ý chụp ảnh không. "
                            "Chụp cảnh trao quà vui vẻ, không chụp cảnh nhà dột nát, người ốm "
                            "nằm trên giường để “lấy cảm xúc”. Bài đăng nên cảm ơn nhà hảo tâm "
                            "và chị em góp sức, không kể chi tiết bệnh tật, nợ nần của gia "
                            "đình.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Thông tin của hội viên là chuyện riêng</h3>"
                        "<p>Chi hội nắm nhiều thông tin của chị em: số điện thoại, số căn "
                        "cước, hoàn cảnh gia đình, khoản vay vốn, bệnh tật, chuyện vợ chồng. "
                        "Những thông tin này <b>chỉ dùng cho việc hội</b>, không đăng lên nhóm "
                        "hay Trang.</p>"
                        "<ul>"
                        "<li>Danh sách hội viên cần gửi Hội cấp trên: gửi riêng cho đúng cán "
                        "bộ phụ trách, không gửi vào nhóm chung.</li>"
                        "<li>Thông báo ai đã đóng hội phí, ai được nhận hỗ trợ: chỉ ghi họ tên "
                        "nếu thật cần, không ghi số căn cước, số điện thoại, số tiền nợ.</li>"
                        "<li>Chuyện một chị tâm sự riêng, giữ riêng. Muốn nhờ chi hội giúp, "
                        "hỏi chị ấy trước: được nói với ai, nói đến đâu.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Bình luận lịch sự</h3>"
                        "<p>Chữ viết trên mạng không có nét mặt, giọng nói đi kèm, nên dễ bị "
                        "hiểu nặng hơn ý mình. Trước khi bấm gửi, chị tự hỏi ba câu: <b>Có "
                        "đúng không? Có cần không? Người đó đọc có buồn không?</b></p>"
                        "<ul>"
                        "<li>Không đồng ý thì góp ý vào việc, không chê bai con người.</li>"
                        "<li>Hai người bất hòa: nhắn riêng hoặc gặp nhau nói chuyện, không "
                        "“bóc phốt”, bêu tên nhau trong nhóm.</li>"
                        "<li>Tránh viết toàn chữ IN HOA và nhiều dấu chấm than, người đọc sẽ "
                        "thấy như đang bị quát.</li>"
                        "<li>Lỡ viết sai, nói nặng: sửa hoặc xóa, rồi xin lỗi. Một lời xin lỗi "
                        "giữ được tình chị em.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Trước khi bấm Đăng, kiểm tra nhanh",
                        "steps": [
                            {
                                "text": (
                                    "<p>Nhìn kỹ từng ảnh: có ai trong ảnh chưa đồng ý? Có trẻ em "
                                    "mà chưa hỏi bố mẹ?</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nhìn phía sau: có lộ biển số xe, số nhà, tên trường, giấy "
                                    "tờ trên bàn không?</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Đọc lại chữ: có tên, số điện thoại, hoàn cảnh riêng của "
                                    "ai không? Có câu nào dễ làm người khác buồn?</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn đúng người xem (Công khai hay Bạn bè), rồi mới bấm "
                                    "<b>Đăng</b>.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Hỏi trước khi chụp và đăng ảnh người khác",
                            "Xin phép bố mẹ trước khi đăng ảnh các cháu",
                            "Gỡ ảnh ngay khi có người nhờ",
                            "Gửi danh sách hội viên riêng cho đúng người",
                            "Góp ý nhẹ nhàng, chuyện riêng nhắn riêng",
                        ],
                        "dont": [
                            "Đăng ảnh trẻ kèm họ tên, trường, lớp",
                            "Kể hoàn cảnh, bệnh tật của hội viên lên mạng",
                            "Đăng danh sách có số căn cước, số điện thoại",
                            "Chụp cảnh nghèo khổ để lấy lượt thích",
                            "Chửi bới, bêu tên người khác trong nhóm",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "nhan-biet-tin-gia",
            "title": "Nhận biết tin giả, không chia sẻ tin chưa kiểm chứng",
            "minutes": 6,
            "summary": (
                "Nhận ra dấu hiệu tin giả, kiểm tra nguồn và ngày đăng, tìm trang chính "
                "thức của xã, của Hội, và biết báo cáo tin xấu."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Tin giả lan nhanh nhất trong các nhóm Zalo đông người, vì ai cũng "
                        "tin người gửi là người quen. Một tin giả có thể khiến cả thôn hoang "
                        "mang, dụ chị em bấm vào link lừa đảo, hoặc làm hại danh dự một người "
                        "vô tội. Người đăng, chia sẻ tin sai sự thật cũng có thể bị xử phạt "
                        "theo quy định.</p>"
                        "<h3>Dấu hiệu của tin giả</h3>"
                        "<ul>"
                        "<li>Tiêu đề giật gân, nhiều chữ in hoa, dấu chấm than: “KHẨN "
                        "CẤP!!!”, “CẢNH BÁO TOÀN DÂN”.</li>"
                        "<li>Thúc giục chia sẻ: “Chia sẻ ngay cho 10 nhóm”, “Ai không chia sẻ "
                        "là vô tâm”.</li>"
                        "<li>Không ghi rõ ai thông báo, ở đâu, ngày nào; chỉ nói chung chung "
                        "“theo nguồn tin”, “một cán bộ cho biết”.</li>"
                        "<li>Ảnh, video không khớp với nội dung, hoặc là ảnh cũ ở nơi "
                        "khác.</li>"
                        "<li>Hứa tiền, quà hỗ trợ, chỉ cần bấm link, điền số căn cước, số tài "
                        "khoản.</li>"
                        "<li>Mách “bài thuốc” chữa khỏi bệnh nặng, khuyên bỏ thuốc của bác "
                        "sĩ.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Kiểm tra trước khi tin và chia sẻ",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Ai đăng?</b> Tin gốc đến từ đâu: trang chính thức của Ủy "
                                    "ban nhân dân xã, huyện, của Hội LHPN, báo chí chính thống; hay "
                                    "từ một tài khoản lạ, một trang mới lập?</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Đăng ngày nào?</b> Nhiều tin “khẩn cấp” là chuyện từ mấy "
                                    "năm trước, bị gửi đi gửi lại.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Nơi chính thức có nói không?</b> Vào trang chính thức "
                                    "của xã, huyện hoặc Hội cấp trên xem có thông báo giống vậy "
                                    "không. Gõ tên sự việc vào ô tìm kiếm xem các báo lớn có đưa "
                                    "tin không.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Hỏi người có trách nhiệm.</b> Gọi cán bộ hội, trưởng "
                                    "thôn, công an xã để hỏi. Chị không phải tự mình đoán.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Chưa chắc thì dừng.</b> Không chia sẻ, không bấm link, "
                                    "không điền thông tin.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Nhận ra trang chính thức</h3>"
                        "<p>Kẻ xấu hay lập trang giả có tên gần giống trang của chính quyền, "
                        "của Hội, thậm chí dùng cùng ảnh đại diện. Để chắc chắn:</p>"
                        "<ul>"
                        "<li>Hỏi cán bộ xã, Hội LHPN xã: trang chính thức của xã, của Hội tên "
                        "chính xác là gì, rồi bấm theo dõi. Chi hội có thể ghim các trang này "
                        "trong nhóm Zalo để chị em cùng biết.</li>"
                        "<li>Trên Facebook, mỗi Trang có phần thông tin minh bạch cho biết "
                        "ngày tạo và những lần đổi tên. Trang mới lập vài tuần, hoặc đổi tên "
                        "nhiều lần, mà tự xưng cơ quan nhà nước thì rất đáng ngờ.</li>"
                        "<li>Trang chính thức đăng đều từ lâu, có bài về các cuộc họp, sự kiện "
                        "thật ở địa phương mà chị biết.</li>"
                        "<li>Trang web của cơ quan nhà nước thường có đuôi <b>.gov.vn</b>. "
                        "Đường dẫn lạ có đuôi như .top, .xyz mà tự nhận là của nhà nước thì "
                        "chắc chắn là giả.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ví dụ một tin giả hay gặp",
                        "text": (
                            "<p><i>“THÔNG BÁO KHẨN!!! Nhà nước hỗ trợ mỗi phụ nữ 2.500.000đ "
                            "nhân ngày 8/3. Bấm vào hotro-tienmat-phunu.top, nhập số căn cước "
                            "và số tài khoản để nhận. Chỉ còn hôm nay! Chia sẻ ngay cho chị "
                            "em!”</i></p>"
                            "<p>Đây là tin <b>giả</b>, link trên là link lừa đảo. Tin có đủ dấu "
                            "hiệu: chữ in hoa, thúc giục, link lạ, đòi căn cước và số tài khoản. "
                            "Hỗ trợ thật được thông báo qua chính quyền và Hội các cấp, không "
                            "qua link lạ. <b>Không bấm, không chia sẻ</b>, báo cho cán bộ "
                            "hội.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Khi thấy tin giả trong nhóm của chi hội</h3>"
                        "<ul>"
                        "<li>Không mắng người gửi. Họ thường cũng bị lừa, gửi vì lo cho mọi "
                        "người.</li>"
                        "<li>Trưởng nhóm nhắn nhẹ nhàng: “Tin này chưa có thông báo chính "
                        "thức. Chị em đừng chia sẻ tiếp, chi hội sẽ hỏi xã rồi báo lại.”</li>"
                        "<li>Tin có link lừa đảo: nhờ người gửi thu hồi tin nhắn, và nhắc "
                        "cả nhóm không bấm vào.</li>"
                        "<li>Hỏi cán bộ xã, Hội cấp trên; có câu trả lời thì báo lại cho cả "
                        "nhóm, và ghim lên nếu cần.</li>"
                        "<li>Trên Facebook, bấm dấu ba chấm ở góc bài viết để <b>báo cáo</b> "
                        "bài sai sự thật hoặc lừa đảo. Trên Zalo có chức năng <b>báo xấu</b> "
                        "tài khoản lừa đảo.</li>"
                        "<li>Đã bị lừa mất tiền hoặc thông tin: báo ngay công an xã, phường, "
                        "và gọi tổng đài in ở mặt sau thẻ ngân hàng.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Câu dễ nhớ: Dừng lại – Kiểm tra – Rồi mới chia sẻ",
                        "text": (
                            "<p>Một tin đúng thì chậm vài tiếng vẫn đúng. Một tin sai mà chia "
                            "sẻ sớm chỉ làm hại thêm nhiều người. Chi hội nên là nơi chị em tìm "
                            "đến để hỏi “tin này thật không?”.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Xem ai đăng và đăng ngày nào",
                            "Đối chiếu với trang chính thức của xã, của Hội",
                            "Hỏi cán bộ hội, công an xã khi nghi ngờ",
                            "Ghim tên các trang chính thức trong nhóm",
                            "Báo cáo bài lừa đảo trên Facebook, Zalo",
                        ],
                        "dont": [
                            "Chia sẻ vì nghĩ “lỡ thật thì sao”",
                            "Bấm link lạ hứa tiền, quà hỗ trợ",
                            "Điền số căn cước, số tài khoản vào link lạ",
                            "Mắng người lỡ gửi tin giả trong nhóm",
                            "Tin ngay trang có tên giống cơ quan nhà nước",
                        ],
                    },
                ),
            ],
        },
    ],
    "quiz": [
        # ---------------------------------------------------- nhom-zalo-chi-hoi
        {
            "lesson": "nhom-zalo-chi-hoi",
            "kind": "single",
            "prompt": (
                "Chị là chi hội trưởng, muốn chốt ngày họp tháng này với 45 hội viên trong "
                "nhóm Zalo. Cách nào gọn và rõ nhất?"
            ),
            "scenario": (
                "Tin nhắn của chị Hạnh trong nhóm tháng trước: “Chị em ơi họp hôm nào "
                "được?” – kèm 38 tin trả lời: “tối thứ 6”, “chủ nhật em bận”, “hôm nào "
                "cũng được”, “sáng thứ 7 nha”…"
            ),
            "choices": [
                {
                    "text": (
                        "Tạo bình chọn với 2–3 buổi cụ thể, sau 1–2 ngày chốt buổi đông "
                        "người chọn nhất, rồi gửi và ghim thông báo chính thức"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Bình chọn cho thấy ngay buổi nào đông người, thông báo ghim "
                        "lên đầu nhóm thì không bị trôi."
                    ),
                },
                {
                    "text": "Hỏi lại “Chị em họp hôm nào được?” và đọc từng tin trả lời",
                    "correct": False,
                    "feedback": (
                        "Câu hỏi mở như vậy lại tạo ra hàng chục tin lộn xộn, khó đếm và dễ sót."
                    ),
                },
                {
                    "text": "Gọi điện cho từng người để hỏi",
                    "correct": False,
                    "feedback": (
                        "Gọi từng người mất rất nhiều thời gian. Chỉ nên gọi riêng cho "
                        "vài chị không dùng Zalo."
                    ),
                },
                {
                    "text": "Tự chọn một ngày rồi nhắn “họp tối nay” trước giờ họp",
                    "correct": False,
                    "feedback": (
                        "Báo gấp thì nhiều chị không kịp sắp xếp, và chưa hỏi ý kiến cả chi hội."
                    ),
                },
            ],
            "explanation": (
                "Muốn hỏi ý kiến cả nhóm, dùng bình chọn. Chốt xong thì gửi thông báo đủ "
                "giờ, ngày, địa điểm, nội dung và ghim lên đầu nhóm."
            ),
        },
        {
            "lesson": "nhom-zalo-chi-hoi",
            "kind": "multiple",
            "prompt": (
                "Tin nhắn dưới đây xuất hiện trong nhóm Zalo của chi hội, từ một tài khoản "
                "không ai quen. Là trưởng nhóm, chị nên làm gì? (Chọn tất cả ý đúng)"
            ),
            "scenario": (
                "“Chị em ơi, bên em hỗ trợ vay nhanh 10–50 triệu, không cần thế chấp, chỉ "
                "cần ảnh căn cước 2 mặt, giải ngân trong 15 phút. Ai cần nhắn riêng em "
                "nha!”"
            ),
            "choices": [
                {
                    "text": (
                        "Nhắc cả nhóm không nhắn riêng, không gửi ảnh căn cước cho tài khoản này"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Ảnh căn cước có thể bị dùng để vay tiền, mở tài khoản đứng "
                        "tên chị em."
                    ),
                },
                {
                    "text": (
                        "Hỏi xem ai đã thêm tài khoản này vào nhóm; không ai biết thì mời "
                        "ra khỏi nhóm"
                    ),
                    "correct": True,
                    "feedback": ("Đúng. Nhóm chi hội chỉ nên có hội viên và người chị em biết rõ."),
                },
                {
                    "text": (
                        "Bật phê duyệt thành viên mới (nếu Zalo có mục này) để người lạ "
                        "không tự vào nhóm"
                    ),
                    "correct": True,
                    "feedback": ("Đúng. Phê duyệt giúp trưởng, phó nhóm kiểm soát ai được vào."),
                },
                {
                    "text": "Để yên, biết đâu có chị em đang cần vay tiền",
                    "correct": False,
                    "feedback": (
                        "Vay kiểu “chỉ cần ảnh căn cước” qua người lạ rất dễ là lừa đảo "
                        "hoặc tín dụng đen. Chị em cần vay nên hỏi chi hội về các nguồn "
                        "vốn chính thức."
                    ),
                },
                {
                    "text": "Ghim tin này lên đầu nhóm để mọi người cùng thấy",
                    "correct": False,
                    "feedback": (
                        "Ghim tin quảng cáo lạ là giúp kẻ gian tiếp cận thêm nhiều người."
                    ),
                },
            ],
            "explanation": (
                "Người lạ vào nhóm để quảng cáo, cho vay, xin giấy tờ là dấu hiệu lừa đảo. "
                "Trưởng nhóm nhắc chị em, mời tài khoản lạ ra và kiểm soát người vào nhóm."
            ),
        },
        # ---------------------------------------------------- fanpage-chi-hoi
        {
            "lesson": "fanpage-chi-hoi",
            "kind": "single",
            "prompt": (
                "Chi hội muốn có chỗ đăng hoạt động trên Facebook cho bà con theo dõi. "
                "Chị Lan đề xuất như dưới đây. Chị nên làm thế nào?"
            ),
            "scenario": (
                "Chị Lan nhắn: “Hay mình lập một tài khoản Facebook mới tên ‘Chi Hoi Phu "
                "Nu Dong Hoa’, rồi kết bạn với hết bà con trong thôn, chị giữ mật khẩu "
                "là được.”"
            ),
            "choices": [
                {
                    "text": (
                        "Tạo một Trang (fanpage) từ tài khoản thật của chị, có thêm chị phó "
                        "cùng quản trị"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Trang là dành cho tổ chức, nhiều người cùng quản lý được, "
                        "bà con chỉ cần bấm theo dõi."
                    ),
                },
                {
                    "text": "Làm theo chị Lan, lập tài khoản cá nhân mang tên chi hội",
                    "correct": False,
                    "feedback": (
                        "Tài khoản cá nhân phải là người thật. Tài khoản mang tên tổ chức "
                        "dễ bị Facebook khóa, mất hết bài đã đăng."
                    ),
                },
                {
                    "text": "Đổi tên trang cá nhân của chị chi hội trưởng thành tên chi hội",
                    "correct": False,
                    "feedback": (
                        "Như vậy bà con sẽ thấy cả chuyện riêng của chị, và khi chị thôi "
                        "làm chi hội trưởng thì chi hội mất luôn chỗ đăng tin."
                    ),
                },
                {
                    "text": "Mượn tài khoản của con gái chị để đăng cho tiện",
                    "correct": False,
                    "feedback": (
                        "Bài của chi hội sẽ lẫn với chuyện riêng của cháu, và chi hội không "
                        "tự quản lý được."
                    ),
                },
            ],
            "explanation": (
                "Chi hội dùng Trang, không dùng tài khoản cá nhân. Trang cần ít nhất 2 "
                "người toàn quyền quản trị, mỗi người dùng tài khoản thật của mình."
            ),
        },
        {
            "lesson": "fanpage-chi-hoi",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Để đỡ rắc rối, chỉ chị chi hội trưởng quản trị fanpage; khi "
                "chị phó cần đăng bài thì chị đưa mật khẩu Facebook của mình cho chị phó."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Đưa mật khẩu là mở cửa tài khoản riêng của chị cho "
                        "người khác, và một người giữ Trang thì rất dễ mất Trang."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Hãy cấp quyền quản lý Trang cho tài khoản của chị phó, "
                        "không đưa mật khẩu của mình."
                    ),
                },
            ],
            "explanation": (
                "Không bao giờ đưa mật khẩu Facebook cho ai. Muốn người khác đăng bài, cấp "
                "quyền trên Trang cho tài khoản của họ, và luôn có ít nhất 2 người toàn "
                "quyền."
            ),
        },
        # ---------------------------------------------------- cai-dat-quyen-rieng-tu
        {
            "lesson": "cai-dat-quyen-rieng-tu",
            "kind": "single",
            "prompt": ("Chị nhận được lời mời kết bạn dưới đây trên Facebook. Chị nên làm gì?"),
            "scenario": (
                "Lời mời kết bạn từ “David Nguyen – Kỹ sư dầu khí tại Mỹ”. 0 bạn chung. "
                "Tài khoản lập tháng trước, có 6 ảnh, ảnh nào cũng đẹp như người mẫu. "
                "Kèm tin nhắn: “Chào em, anh thấy em rất hiền lành, anh muốn làm quen và "
                "gửi tặng em một món quà từ Mỹ.”"
            ),
            "choices": [
                {
                    "text": "Không chấp nhận, xóa lời mời và không trả lời tin nhắn",
                    "correct": True,
                    "feedback": (
                        "Đúng. Không bạn chung, tài khoản mới lập, vừa làm quen đã hứa tặng "
                        "quà: đây là kịch bản lừa “nhận quà phải đóng phí”."
                    ),
                },
                {
                    "text": "Chấp nhận để xem người này thế nào, có gì thì chặn sau",
                    "correct": False,
                    "feedback": (
                        "Chấp nhận là người lạ xem được bài, ảnh, danh sách bạn bè của chị, "
                        "và có thêm cơ hội dụ dỗ."
                    ),
                },
                {
                    "text": "Trả lời cảm ơn và gửi địa chỉ nhà để nhận quà",
                    "correct": False,
                    "feedback": (
                        "Sau đó sẽ có người giả nhân viên hải quan, giao hàng gọi đòi “phí "
                        "nhận quà”. Địa chỉ nhà chị cũng bị lộ."
                    ),
                },
                {
                    "text": "Chấp nhận nhưng để các bài viết ở chế độ Bạn bè",
                    "correct": False,
                    "feedback": (
                        "Khi đã là bạn bè, người này xem được cả những bài để chế độ Bạn bè."
                    ),
                },
            ],
            "explanation": (
                "Chỉ kết bạn với người chị biết ngoài đời. Không có bạn chung, tài khoản "
                "mới, lời ngọt kèm quà hay tiền là dấu hiệu tài khoản lừa đảo."
            ),
        },
        {
            "lesson": "cai-dat-quyen-rieng-tu",
            "kind": "multiple",
            "prompt": (
                "Chị Hoa chuẩn bị đăng bài dưới đây ở chế độ Công khai. Những chi tiết nào "
                "nên bỏ đi trước khi đăng? (Chọn tất cả ý đúng)"
            ),
            "scenario": (
                "“Hôm nay bé Ngọc Anh nhà mình khai giảng lớp 1A3 Trường Tiểu học Hòa Phú! "
                "Sáng nào mẹ cũng đưa con đến cổng trường lúc 6 giờ 45. Nhà mình ở số 12 "
                "ngõ 5 thôn Đông Hòa, ai qua ghé chơi nhé! Mẹ vui lắm!”"
            ),
            "choices": [
                {
                    "text": "Tên lớp và tên trường của bé",
                    "correct": True,
                    "feedback": (
                        "Đúng. Biết trường, lớp, kẻ gian có thể đến trường nhận là người "
                        "quen, hoặc gọi chị báo “con bị tai nạn”."
                    ),
                },
                {
                    "text": "Giờ đưa con đến trường hằng ngày",
                    "correct": True,
                    "feedback": (
                        "Đúng. Lịch đi lại cố định cho người lạ biết lúc nào con ở đâu, "
                        "lúc nào nhà vắng."
                    ),
                },
                {
                    "text": "Địa chỉ nhà cụ thể",
                    "correct": True,
                    "feedback": ("Đúng. Địa chỉ nhà không nên có trong bài công khai."),
                },
                {
                    "text": "Câu “Mẹ vui lắm!”",
                    "correct": False,
                    "feedback": (
                        "Niềm vui của mẹ thì cứ chia sẻ, câu này không làm lộ thông tin gì."
                    ),
                },
            ],
            "explanation": (
                "Khoe niềm vui của con thì được, nhưng bỏ tên trường, lớp, giờ đưa đón, "
                "địa chỉ nhà; và bài về con nên để chế độ Bạn bè."
            ),
        },
        # ---------------------------------------------------- dang-bai-an-toan-tu-te
        {
            "lesson": "dang-bai-an-toan-tu-te",
            "kind": "single",
            "prompt": (
                "Một chị trong ban chi hội nhắn cho chị tin nhắn dưới đây. Chị trả lời thế "
                "nào là đúng nhất?"
            ),
            "scenario": (
                "“Chị ơi, em chụp được mấy ảnh các cháu nhận quà Trung thu ở nhà văn hóa, "
                "có cả bé Tí nhà chị Mai (bé mồ côi bố đó chị). Em đăng lên Trang chi hội "
                "luôn nhé, ghi tên từng cháu với hoàn cảnh cho mọi người thương!”"
            ),
            "choices": [
                {
                    "text": (
                        "“Em chờ chút nhé. Mình hỏi bố mẹ các cháu trước, chọn ảnh các cháu "
                        "đang chơi chụp từ xa, không ghi tên và không kể hoàn cảnh của bé "
                        "Tí.”"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Xin phép gia đình, không ghi tên, không kể hoàn cảnh riêng: "
                        "vừa an toàn cho các cháu, vừa giữ thể diện cho nhà chị Mai."
                    ),
                },
                {
                    "text": "“Em đăng luôn đi, ghi tên cho ấm áp.”",
                    "correct": False,
                    "feedback": (
                        "Chưa hỏi phụ huynh, lại ghi tên và hoàn cảnh của trẻ. Bé Tí có thể "
                        "bị bạn bè trêu, người lạ biết tên và nhà của cháu."
                    ),
                },
                {
                    "text": "“Em đăng chế độ Bạn bè thì ghi tên, hoàn cảnh cũng được.”",
                    "correct": False,
                    "feedback": (
                        "Bài trên Trang chi hội ai cũng xem được, và ảnh vẫn có thể bị chụp "
                        "lại, chia sẻ đi. Vẫn phải xin phép và bỏ tên, hoàn cảnh."
                    ),
                },
                {
                    "text": "“Không bao giờ được đăng bất kỳ ảnh trẻ em nào.”",
                    "correct": False,
                    "feedback": (
                        "Cấm hẳn thì không cần. Khi bố mẹ đồng ý và ảnh chọn cẩn thận, chi "
                        "hội vẫn có thể đăng hoạt động cho các cháu."
                    ),
                },
            ],
            "explanation": (
                "Ảnh trẻ em: xin phép bố mẹ, ưu tiên ảnh chụp xa, không ghi họ tên, trường "
                "lớp, địa chỉ, và không kể hoàn cảnh khó khăn của cháu."
            ),
        },
        {
            "lesson": "dang-bai-an-toan-tu-te",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Ảnh tập thể buổi sinh hoạt là hoạt động chung của hội, nên "
                "chị có thể đăng lên Trang ngay mà không cần hỏi ai."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Có chị có lý do riêng để không muốn ảnh mình lên mạng, "
                        "dù là hoạt động chung."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Nói trước với cả nhóm, ai không muốn lên hình thì đứng ngoài "
                        "khung hình hoặc chị không dùng ảnh đó."
                    ),
                },
            ],
            "explanation": (
                "Trước khi đăng ảnh người khác, kể cả ảnh tập thể, phải hỏi ý họ. Ai nhờ "
                "gỡ ảnh thì gỡ ngay."
            ),
        },
        # ---------------------------------------------------- nhan-biet-tin-gia
        {
            "lesson": "nhan-biet-tin-gia",
            "kind": "single",
            "prompt": (
                "Một chị trong nhóm Zalo chi hội chuyển tiếp tin dưới đây. Là trưởng nhóm, "
                "chị nên làm gì trước tiên?"
            ),
            "scenario": (
                "[Chuyển tiếp] “⚠️ KHẨN CẤP!!! Có xe 7 chỗ màu trắng đang đi bắt cóc trẻ "
                "em ở các xã trong huyện, đã bắt 3 cháu!!! Công an đang truy tìm. Các mẹ "
                "giữ con trong nhà, CHIA SẺ NGAY cho tất cả các nhóm!!!”"
            ),
            "choices": [
                {
                    "text": (
                        "Nhắn nhóm: “Tin này chưa có thông báo chính thức, chị em đừng chia "
                        "sẻ tiếp”, rồi hỏi công an xã và xem trang chính thức của xã"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Tin không ghi ai thông báo, ở đâu, ngày nào, lại thúc giục "
                        "chia sẻ. Phải hỏi nơi có trách nhiệm rồi báo lại cho chị em."
                    ),
                },
                {
                    "text": "Chia sẻ tiếp sang các nhóm khác cho chắc ăn",
                    "correct": False,
                    "feedback": (
                        "“Lỡ thật thì sao” là cách tin giả lan đi. Tin sai làm cả vùng "
                        "hoang mang, có khi người vô tội bị nghi oan."
                    ),
                },
                {
                    "text": "Mắng chị đã gửi tin trước cả nhóm",
                    "correct": False,
                    "feedback": (
                        "Người gửi thường cũng bị tin giả đánh lừa và gửi vì lo. Nhắc nhẹ "
                        "nhàng là đủ."
                    ),
                },
                {
                    "text": "Im lặng, coi như không thấy",
                    "correct": False,
                    "feedback": (
                        "Trưởng nhóm im lặng, chị em dễ nghĩ tin là thật và chia sẻ tiếp."
                    ),
                },
            ],
            "explanation": (
                "Dừng lại – Kiểm tra – Rồi mới chia sẻ. Tin thật sẽ có trên trang chính "
                "thức của xã, huyện, công an; trưởng nhóm hỏi rồi báo lại cho cả nhóm."
            ),
        },
        {
            "lesson": "nhan-biet-tin-gia",
            "kind": "multiple",
            "prompt": (
                "Những dấu hiệu nào cho thấy tin dưới đây là tin giả, lừa đảo? (Chọn tất cả ý đúng)"
            ),
            "scenario": (
                "“THÔNG BÁO: Nhà nước hỗ trợ mỗi hội viên phụ nữ 2.500.000đ. Đăng ký tại "
                "hotro-tienmat-phunu.top, nhập số căn cước và số tài khoản ngân hàng. Hạn "
                "chót 23 giờ hôm nay!!!” (Đây là tin giả, link là link lừa đảo.)"
            ),
            "choices": [
                {
                    "text": "Link lạ có đuôi .top, không phải trang của cơ quan nhà nước",
                    "correct": True,
                    "feedback": ("Đúng. Trang web của cơ quan nhà nước thường có đuôi .gov.vn."),
                },
                {
                    "text": "Đòi nhập số căn cước và số tài khoản ngân hàng",
                    "correct": True,
                    "feedback": (
                        "Đúng. Đây là thông tin kẻ gian cần để chiếm tài khoản hoặc vay "
                        "tiền đứng tên chị."
                    ),
                },
                {
                    "text": "Thúc giục, hạn chót ngay trong ngày",
                    "correct": True,
                    "feedback": ("Đúng. Hối thúc là để chị không kịp hỏi ai, không kịp suy nghĩ."),
                },
                {
                    "text": "Có chữ “Nhà nước” nên là tin chính thức",
                    "correct": False,
                    "feedback": (
                        "Ai cũng gõ được chữ “Nhà nước”. Tin chính thức phải có trên trang "
                        "của chính quyền, của Hội."
                    ),
                },
                {
                    "text": "Tin do một chị quen trong chi hội gửi nên chắc là đúng",
                    "correct": False,
                    "feedback": (
                        "Người quen cũng có thể bị lừa và gửi lại. Kiểm tra nguồn gốc của "
                        "tin, không dựa vào người chuyển tiếp."
                    ),
                },
            ],
            "explanation": (
                "Hỗ trợ thật được thông báo qua chính quyền và Hội các cấp, không bao giờ "
                "bắt nhập căn cước, số tài khoản vào link lạ."
            ),
        },
        # ---------------------------------------------------- final
        {
            "lesson": "final",
            "kind": "multiple",
            "prompt": (
                "Chị là người quản trị Trang của chi hội và nhận được tin nhắn dưới đây. "
                "Chị nên làm gì? (Chọn tất cả ý đúng)"
            ),
            "scenario": (
                "“Hỗ trợ Trang: Trang ‘Chi hội Phụ nữ thôn Đông Hòa’ của bạn đã vi phạm "
                "bản quyền và sẽ bị vô hiệu hóa sau 24 giờ. Để kháng nghị, hãy xác minh "
                "tại meta-xacminh-trang.top và nhập mật khẩu cùng mã đăng nhập.” (Đây là "
                "tin giả, link là link lừa đảo.)"
            ),
            "choices": [
                {
                    "text": "Không bấm vào link trong tin nhắn",
                    "correct": True,
                    "feedback": "Đúng. Link lạ dẫn tới trang giả để lấy mật khẩu.",
                },
                {
                    "text": "Không nhập mật khẩu hay mã đăng nhập ở bất kỳ đâu ngoài ứng dụng",
                    "correct": True,
                    "feedback": (
                        "Đúng. Có mật khẩu và mã, kẻ gian chiếm được tài khoản của chị và cả Trang."
                    ),
                },
                {
                    "text": (
                        "Tự mở ứng dụng Facebook để xem thông báo, và báo cho người quản "
                        "trị còn lại"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Nếu Trang có vấn đề thật, thông báo sẽ có trong ứng dụng. "
                        "Báo người quản trị kia để họ cũng cảnh giác."
                    ),
                },
                {
                    "text": "Bấm kháng nghị ngay cho kịp 24 giờ, kẻo mất Trang",
                    "correct": False,
                    "feedback": (
                        "Hạn 24 giờ là để chị hoảng mà làm theo. Bấm vào là mất tài khoản thật."
                    ),
                },
            ],
            "explanation": (
                "Tin nhắn dọa khóa Trang, kèm link lạ đòi mật khẩu, là lừa đảo. Kiểm tra "
                "trong ứng dụng, không bấm link, và Trang nên có ít nhất 2 quản trị viên."
            ),
        },
        {
            "lesson": "final",
            "kind": "single",
            "prompt": (
                "Chị nhận được tin nhắn dưới đây từ cán bộ Hội xã. Chị gửi danh sách thế "
                "nào cho đúng?"
            ),
            "scenario": (
                "Chị Thu (cán bộ Hội LHPN xã) nhắn: “Em gửi chị danh sách hội viên của chi "
                "hội, có họ tên, ngày sinh, số căn cước, số điện thoại để chị cập nhật vào "
                "phần mềm quản lý hội viên nhé.”"
            ),
            "choices": [
                {
                    "text": (
                        "Gửi riêng cho chị Thu (đã gọi điện xác nhận đúng là chị Thu hỏi), "
                        "không gửi vào nhóm chung"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Thông tin hội viên chỉ gửi cho đúng người phụ trách. Gọi "
                        "xác nhận để tránh tài khoản giả danh cán bộ."
                    ),
                },
                {
                    "text": "Gửi vào nhóm Zalo chi hội để chị em tự kiểm tra thông tin của mình",
                    "correct": False,
                    "feedback": (
                        "Cả nhóm sẽ thấy số căn cước, số điện thoại của nhau. Muốn chị em "
                        "kiểm tra thì nhắn riêng từng người."
                    ),
                },
                {
                    "text": "Chụp ảnh danh sách gửi vào nhóm Zalo của xã có hơn 200 người",
                    "correct": False,
                    "feedback": (
                        "Nhóm càng đông, thông tin càng dễ lọt ra ngoài. Chỉ người phụ "
                        "trách mới cần danh sách."
                    ),
                },
                {
                    "text": "Đăng lên Trang chi hội để chị Thu vào lấy",
                    "correct": False,
                    "feedback": (
                        "Trang ai cũng xem được. Đây là thông tin riêng, không bao giờ "
                        "đăng công khai."
                    ),
                },
            ],
            "explanation": (
                "Thông tin của hội viên chỉ dùng cho việc hội: gửi riêng cho đúng người "
                "phụ trách, không đăng lên nhóm hay Trang."
            ),
        },
        {
            "lesson": "final",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Bài viết từ một Trang có tên “UBND xã Hòa Phú” và dùng ảnh "
                "trụ sở xã làm ảnh đại diện thì chắc chắn là thông tin chính thức."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Ai cũng đặt được tên và ảnh như vậy. Kẻ xấu hay lập "
                        "trang giả giống hệt tên cơ quan nhà nước."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Hỏi cán bộ xã tên Trang chính thức, xem ngày tạo và lịch sử "
                        "đổi tên của Trang."
                    ),
                },
            ],
            "explanation": (
                "Tên và ảnh đại diện không chứng minh được gì. Trang chính thức là trang "
                "được xã, Hội xác nhận, hoạt động đều từ lâu."
            ),
        },
        {
            "lesson": "final",
            "kind": "single",
            "prompt": (
                "Nhóm Zalo của chi hội đang như dưới đây. Cách nào tốt nhất để nhóm dùng "
                "được cho việc hội?"
            ),
            "scenario": (
                "Sáng nào nhóm cũng có hơn 30 tin: ảnh chúc buổi sáng, bài bán hàng, clip "
                "hài. Thông báo họp tối qua bị trôi, 5 chị nhắn hỏi “mai họp mấy giờ?”."
            ),
            "choices": [
                {
                    "text": (
                        "Ghim thông báo họp, nhắc lại nội quy đã ghim, và bàn với chị em "
                        "dành tối thứ Bảy hoặc một nhóm riêng cho bán hàng"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Thông báo ghim không bị trôi, còn nhu cầu bán hàng, trò "
                        "chuyện của chị em vẫn có chỗ."
                    ),
                },
                {
                    "text": "Xóa nhóm cũ, lập nhóm mới mà không báo trước",
                    "correct": False,
                    "feedback": (
                        "Chị em sẽ mất liên lạc, và nhóm mới không có nội quy thì cũng sớm "
                        "lộn xộn lại."
                    ),
                },
                {
                    "text": "Mời ngay ra khỏi nhóm những ai đăng tin ngoài việc hội",
                    "correct": False,
                    "feedback": (
                        "Quá gay gắt, dễ mất lòng. Nên nhắc nhẹ nhàng, nhắn riêng trước; "
                        "chỉ mời ra khi cố tình vi phạm nhiều lần hoặc là tài khoản lạ."
                    ),
                },
                {
                    "text": "Gửi lại thông báo họp 5 lần liên tục cho mọi người thấy",
                    "correct": False,
                    "feedback": ("Gửi nhiều lần chỉ làm nhóm thêm rối. Gửi một lần và ghim lên."),
                },
            ],
            "explanation": (
                "Nhóm gọn là nhờ nội quy rõ, thông báo được ghim, và có chỗ riêng cho "
                "chuyện ngoài việc hội. Nhắc nhở nhẹ nhàng trước, mời ra là cách cuối cùng."
            ),
        },
        {
            "lesson": "final",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Khi tài khoản Zalo của một chị quen nhắn “Em đang kẹt, chị "
                "chuyển gấp giúp em 5 triệu, tối em trả”, chị nên gọi điện thoại thường "
                "cho chính chị ấy để hỏi trước khi chuyển."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": True,
                    "feedback": (
                        "Đúng. Tài khoản có thể bị chiếm hoặc bị làm giả. Gọi vào số điện "
                        "thoại chị đã lưu từ trước để hỏi chính người đó."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Kẻ gian hay chiếm hoặc giả tài khoản người quen để vay "
                        "tiền. Luôn gọi điện kiểm tra trước khi chuyển."
                    ),
                },
            ],
            "explanation": (
                "Người quen nhắn vay tiền gấp: gọi điện thoại thường vào số đã lưu để "
                "kiểm tra, không chuyển tiền chỉ dựa vào tin nhắn."
            ),
        },
    ],
}
