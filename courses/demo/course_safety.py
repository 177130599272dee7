COURSE = {
    "slug": "an-toan-tai-khoan",
    "title": "An toàn tài khoản",
    "topic": "safety",
    "color": "#0f766e",
    "summary": (
        "Giữ chặt Zalo, Facebook và tài khoản ngân hàng: mật khẩu mạnh, xác thực hai lớp, "
        "nhận ra lừa đảo mã OTP, link giả, tài khoản giả và biết làm gì khi bị mất tài khoản."
    ),
    "intro": (
        "<p>Zalo, Facebook và ứng dụng ngân hàng giờ là “cửa nhà” của chị em: nơi họp chi hội, "
        "nơi bán hàng, nơi nhận tiền của khách. Kẻ gian biết điều đó. Chỉ cần lấy được một tài "
        "khoản Zalo, chúng nhắn tin vay tiền cả danh bạ, cả nhóm chi hội.</p>"
        "<p>Khóa học này không cần chị giỏi công nghệ. Mỗi bài chỉ vài phút, có ví dụ tin nhắn "
        "lừa đảo thật thường gặp và các bước làm ngay trên điện thoại của mình.</p>"
        "<p>Học xong, chị hãy kể lại cho mẹ, cho con, cho chị em trong nhóm Zalo chi hội. "
        "Một người cảnh giác giữ được tiền cho cả nhà.</p>"
    ),
    "outcomes": [
        "Đặt mật khẩu dài, khó đoán mà vẫn nhớ được, mỗi tài khoản một mật khẩu riêng",
        "Bật xác thực hai lớp cho Zalo và Facebook",
        "Từ chối mọi người hỏi mã OTP và nhận ra link giả, tin nhắn trúng thưởng giả",
        "Phân biệt tài khoản giả mạo người quen trước khi chuyển tiền",
        "Biết các bước làm ngay khi tài khoản bị chiếm: lấy lại, báo bạn bè, khóa ngân hàng",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "mat-khau-manh",
            "title": "Đặt mật khẩu mạnh mà vẫn dễ nhớ",
            "minutes": 6,
            "summary": (
                "Vì sao ngày sinh, số điện thoại là mật khẩu yếu, cách làm mật khẩu bằng một "
                "câu dài và cách nhớ nhiều mật khẩu khác nhau."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Mật khẩu giống chìa khóa nhà. Nếu chìa khóa quá đơn giản, kẻ trộm chỉ "
                        "cần thử vài lần là mở được. Kẻ gian có máy tính thử hàng nghìn mật khẩu "
                        "mỗi giây, và chúng luôn thử những cái dễ nhất trước.</p>"
                        "<h3>Những mật khẩu bị đoán ra đầu tiên</h3>"
                        "<ul>"
                        "<li>Dãy số liền nhau: <b>123456</b>, <b>12345678</b>, <b>111111</b>.</li>"
                        "<li>Ngày sinh của mình, của chồng, của con: ví dụ <b>15081988</b>.</li>"
                        "<li>Số điện thoại, số căn cước, biển số xe.</li>"
                        "<li>Tên con kèm năm sinh: ví dụ <b>Bin2015</b>, <b>Na2018</b>.</li>"
                        "<li>Tên cửa hàng, tên quê: ví dụ <b>tapHoaHoa</b>.</li>"
                        "</ul>"
                        "<p>Ngày sinh, số điện thoại, tên con… đều nằm sẵn trên Facebook, trên danh "
                        "sách nhóm Zalo, trên giấy tờ chị từng gửi đi. Người lạ không cần đoán, "
                        "chỉ cần nhìn là thấy.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Cách làm mật khẩu mạnh: dùng cả một câu</h3>"
                        "<p>Mật khẩu mạnh là mật khẩu <b>dài</b>. Cách dễ nhất là nghĩ một câu ngắn "
                        "chỉ mình chị biết, có 4 đến 5 chữ, rồi viết liền, thêm một con số và một "
                        "dấu như <b>!</b> hoặc <b>-</b>. Mật khẩu nên dài ít nhất 12 ký tự.</p>"
                        "<p>Ví dụ (chị <b>đừng dùng đúng các câu này</b>, hãy tự nghĩ câu của "
                        "mình):</p>"
                        "<ul>"
                        "<li>Câu “Vườn nhà có 3 cây bưởi” thành <b>VuonNhaCo3CayBuoi!</b></li>"
                        "<li>Câu “Sáng ăn xôi trưa ăn cơm” thành <b>Sang-an-xoi-trua-an-com-7</b></li>"
                        "</ul>"
                        "<p>Những câu như vậy dễ nhớ với chị, nhưng người lạ không đoán được và "
                        "máy tính thử rất lâu cũng không ra.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Gõ mật khẩu không dấu",
                        "text": (
                            "<p>Nên viết mật khẩu <b>không dấu</b>. Bàn phím tiếng Việt đôi khi tự "
                            "thêm dấu (gõ “aa” thành “â”, thêm “s” thành dấu sắc), làm mật khẩu "
                            "sai mà chị không biết. Khi gõ xong, bấm vào hình con mắt cạnh ô mật "
                            "khẩu (nếu có) để xem lại mình gõ đúng chưa.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Mỗi tài khoản một mật khẩu khác nhau</h3>"
                        "<p>Nhiều chị dùng một mật khẩu cho tất cả: Zalo, Facebook, email, ngân hàng. "
                        "Như vậy là dùng một chìa khóa cho cả cổng nhà, tủ tiền và két sắt. Nếu "
                        "một trang web bị lộ mật khẩu, kẻ gian sẽ đem mật khẩu đó thử vào Zalo, "
                        "Facebook và ứng dụng ngân hàng của chị.</p>"
                        "<p>Ít nhất chị cần làm được điều này:</p>"
                        "<ol>"
                        "<li><b>Ngân hàng</b>: một mật khẩu riêng, không dùng ở đâu khác.</li>"
                        "<li><b>Zalo</b>: một mật khẩu khác.</li>"
                        "<li><b>Facebook</b> và <b>email</b>: mỗi cái một mật khẩu khác nữa.</li>"
                        "</ol>"
                        "<p>Mã PIN mở ứng dụng ngân hàng, mã PIN Smart OTP và mã khóa màn hình điện "
                        "thoại cũng nên khác nhau, và không dùng năm sinh hay 123456.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Cách nhớ nhiều mật khẩu mà không rối",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mua một cuốn sổ nhỏ, chỉ dùng để ghi mật khẩu. Cất ở nhà, chỗ "
                                    "kín, không mang theo ví cùng điện thoại và thẻ ngân hàng.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Ghi <b>gợi ý</b> thay vì ghi thẳng. Ví dụ ghi “Zalo: câu về "
                                    "vườn bưởi + số 3”. Người khác đọc không hiểu, chị đọc là nhớ.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Không chụp ảnh mật khẩu để trong thư viện ảnh, không tự nhắn "
                                    "mật khẩu cho chính mình trên Zalo hay Messenger. Nếu mất tài "
                                    "khoản hoặc mất máy, kẻ gian đọc được hết.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Đặt khóa màn hình cho điện thoại (mã số, hình vẽ hoặc vân "
                                    "tay). Điện thoại không khóa thì mật khẩu mạnh đến đâu cũng vô "
                                    "ích khi người khác cầm máy.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Đổi mật khẩu ngay khi: chị nghi ai đó biết mật khẩu, vừa cho "
                                    "người khác mượn máy đăng nhập, vừa mang máy đi sửa, hoặc nhận "
                                    "được mã xác nhận mà mình không hề yêu cầu.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Mật khẩu là của riêng chị",
                        "text": (
                            "<p>Không đưa mật khẩu cho ai, kể cả người nhận “cài giúp”, “lấy lại "
                            "Facebook giúp”, người xưng là nhân viên Zalo, ngân hàng hay công an. "
                            "Nếu lỡ nhờ con cháu đăng nhập giúp, hãy đổi mật khẩu sau đó.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Thử ngay: làm mật khẩu mới cho Zalo</h3>"
                        "<ol>"
                        "<li>Nghĩ một câu về nhà mình, vườn mình, quán mình mà người ngoài không "
                        "biết. Ví dụ về con gà, cây rau, món ăn sáng.</li>"
                        "<li>Bỏ dấu, viết hoa chữ cái đầu mỗi từ, viết liền.</li>"
                        "<li>Thêm một con số và một dấu ! hoặc - vào giữa hay cuối.</li>"
                        "<li>Đếm lại: đủ 12 ký tự trở lên chưa? Chưa đủ thì thêm một từ.</li>"
                        "<li>Mở Zalo, vào <b>Cá nhân</b>, bấm hình bánh răng, chọn <b>Tài khoản "
                        "và bảo mật</b>, tìm mục đổi mật khẩu. Nhập mật khẩu cũ, rồi mật khẩu "
                        "mới.</li>"
                        "<li>Ghi gợi ý vào sổ. Ngày mai thử nhớ lại xem có nhớ được không.</li>"
                        "</ol>"
                        "<p>Tuần sau, làm tương tự cho Facebook và email, mỗi nơi một câu khác.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Dùng một câu dài chỉ mình biết, viết liền, không dấu",
                            "Thêm một con số và một dấu ! hoặc -",
                            "Ngân hàng, Zalo, Facebook mỗi nơi một mật khẩu",
                            "Ghi gợi ý vào sổ riêng, cất kín ở nhà",
                            "Đổi mật khẩu khi nghi bị lộ",
                        ],
                        "dont": [
                            "Dùng ngày sinh, số điện thoại, 123456",
                            "Dùng tên con kèm năm sinh",
                            "Một mật khẩu cho tất cả",
                            "Chụp ảnh hoặc tự nhắn mật khẩu cho mình",
                            "Đưa mật khẩu cho người “cài giúp”",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "xac-thuc-hai-lop",
            "title": "Bật xác thực hai lớp cho Zalo và Facebook",
            "minutes": 7,
            "summary": (
                "Thêm một lớp khóa thứ hai để kẻ gian có biết mật khẩu cũng không vào được "
                "Zalo, Facebook của chị trên máy lạ."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Xác thực hai lớp (Facebook gọi là <b>xác thực 2 yếu tố</b>) giống như "
                        "nhà có hai ổ khóa. Lớp thứ nhất là mật khẩu. Lớp thứ hai là một bước xác "
                        "nhận nữa, thường là một mã số gửi về điện thoại của chị, hoặc một lời hỏi "
                        "“Có phải chị đang đăng nhập không?” hiện trên máy chị đang dùng.</p>"
                        "<p>Khi đã bật, dù kẻ gian biết mật khẩu, chúng vẫn phải qua được lớp thứ "
                        "hai. Mà lớp thứ hai nằm trong tay chị. Đây là việc làm một lần, mất khoảng "
                        "5 phút, nhưng chặn được rất nhiều vụ mất tài khoản.</p>"
                        "<p>Trước khi làm, chị cần: điện thoại đang đăng nhập Zalo, Facebook; SIM "
                        "số điện thoại chính chủ đang dùng được; biết mật khẩu hiện tại; và cập "
                        "nhật Zalo, Facebook lên bản mới trên CH Play hoặc App Store.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Tên mục có thể hơi khác",
                        "text": (
                            "<p>Zalo và Facebook hay đổi giao diện. Nếu chị không thấy đúng chữ như "
                            "dưới đây, hãy tìm mục có chữ <b>“bảo mật”</b> trong phần Cài đặt. "
                            "Trên Facebook có thể gõ “xác thực 2 yếu tố” vào ô tìm kiếm trong "
                            "phần Cài đặt.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Bật xác thực hai lớp trên Zalo",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mở Zalo, bấm vào mục <b>Cá nhân</b> ở góc dưới bên phải.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Bấm biểu tượng <b>Cài đặt</b> (hình bánh răng) ở góc trên bên "
                                    "phải.</p>"
                                )
                            },
                            {"text": "<p>Chọn <b>Tài khoản và bảo mật</b>.</p>"},
                            {
                                "text": (
                                    "<p>Tìm dòng <b>Xác thực 2 lớp</b>, gạt nút sang bật. Làm theo "
                                    "hướng dẫn trên màn hình; Zalo có thể hỏi mật khẩu hoặc gửi mã về "
                                    "số điện thoại của chị để xác nhận.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Cũng trong <b>Tài khoản và bảo mật</b>, nên bật thêm <b>mã "
                                    "khóa Zalo</b>: mỗi lần mở Zalo phải nhập mã hoặc vân tay, người "
                                    "mượn máy không đọc được tin nhắn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Xem mục liệt kê các thiết bị đang đăng nhập (thường gọi là "
                                    "lịch sử đăng nhập). Thấy máy nào lạ, hoặc máy tính cũ ở quán, ở "
                                    "công ty mà chị không còn dùng, hãy đăng xuất máy đó.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Bật xác thực 2 yếu tố trên Facebook",
                        "steps": [
                            {
                                "text": (
                                    "<p>Mở Facebook, bấm biểu tượng <b>Menu</b> (ba gạch ngang hoặc "
                                    "ảnh đại diện của chị).</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn <b>Cài đặt &amp; quyền riêng tư</b>, rồi <b>Cài đặt</b>.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Vào <b>Trung tâm tài khoản</b>, chọn <b>Mật khẩu và bảo mật</b>, "
                                    "rồi <b>Xác thực 2 yếu tố</b>. Chọn tài khoản Facebook của chị.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chọn cách nhận mã. Cách dễ nhất với đa số chị em là <b>tin "
                                    "nhắn văn bản (SMS)</b> gửi về số điện thoại. Người quen dùng điện "
                                    "thoại hơn có thể chọn <b>ứng dụng xác thực</b>.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Facebook gửi một mã để thử. Chị nhập mã đó vào màn hình Facebook "
                                    "(chỉ nhập vào Facebook, không đọc cho ai) rồi bấm xác nhận.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Tìm phần <b>mã khôi phục</b> (mã dự phòng) nếu Facebook cho "
                                    "xem. Chép các mã này vào sổ mật khẩu ở nhà. Khi mất SIM hoặc mất "
                                    "máy, mã này giúp chị vào lại tài khoản.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Cũng trong <b>Mật khẩu và bảo mật</b>, xem danh sách nơi chị đã "
                                    "đăng nhập. Đăng xuất các máy lạ hoặc máy chị không còn dùng.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Mã xác thực hai lớp cũng là mã OTP",
                        "text": (
                            "<p>Mã gửi về cho lớp thứ hai chỉ để <b>chị tự nhập</b> khi chính chị "
                            "đang đăng nhập. Không đọc, không chụp gửi cho ai. Nếu chị <b>không hề "
                            "đăng nhập</b> mà vẫn nhận được mã, nghĩa là có người đã biết mật khẩu "
                            "của chị và đang thử vào. Hãy đổi mật khẩu ngay.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Giữ số điện thoại và SIM thật cẩn thận</h3>"
                        "<p>Lớp khóa thứ hai thường đi qua số điện thoại, nên SIM cũng quý như "
                        "chìa khóa. Nếu đổi số điện thoại, hãy cập nhật số mới trong Zalo, "
                        "Facebook và ngân hàng trước khi bỏ số cũ. Nếu điện thoại tự nhiên mất "
                        "sóng lâu bất thường, hoặc mất máy, hãy mang căn cước ra cửa hàng nhà mạng "
                        "để khóa hoặc làm lại SIM.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Bật Xác thực 2 lớp trên Zalo",
                            "Bật Xác thực 2 yếu tố trên Facebook",
                            "Chép mã khôi phục vào sổ cất ở nhà",
                            "Đăng xuất các máy lạ, máy không còn dùng",
                            "Đổi mật khẩu ngay khi nhận mã mà mình không yêu cầu",
                        ],
                        "dont": [
                            "Đọc mã xác nhận cho bất kỳ ai",
                            "Bỏ số điện thoại cũ khi chưa cập nhật số mới",
                            "Để Zalo đăng nhập mãi trên máy tính ở quán hay công ty",
                            "Nhờ người lạ “bật bảo mật giúp”",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "lua-dao-ma-otp",
            "title": "Mã OTP: không bao giờ đưa cho ai",
            "minutes": 6,
            "summary": (
                "Mã OTP là gì, vì sao ngân hàng, công an, shipper, “nhân viên Zalo” không bao "
                "giờ cần nó, và các kịch bản lừa hỏi mã thường gặp."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p><b>Mã OTP</b> là mã dùng một lần, thường gồm 4 đến 8 chữ số, gửi qua tin "
                        "nhắn hoặc hiện trong ứng dụng ngân hàng (Smart OTP). Mã chỉ dùng được vài "
                        "phút. Nó là chữ ký cuối cùng của chị: “Đúng, chính tôi đồng ý”.</p>"
                        "<p>Có mã OTP, kẻ gian có thể: đăng nhập Zalo của chị trên máy của chúng, "
                        "đổi mật khẩu Facebook, hoặc chuyển tiền khỏi tài khoản ngân hàng. Vì vậy "
                        "hầu hết tin nhắn OTP đều ghi rõ: <b>không cung cấp mã này cho bất kỳ ai</b>."
                        "</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Quy tắc vàng",
                        "text": (
                            "<p><b>Không ai cần mã OTP của chị.</b> Ngân hàng không cần, công an "
                            "không cần, shipper không cần, nhân viên Zalo hay Facebook không cần, "
                            "người thân cũng không cần. Ai hỏi mã OTP, người đó đang lừa chị, dù "
                            "giọng nói lễ phép đến đâu.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Những kịch bản lừa hỏi mã thường gặp</h3>"
                        "<p><b>1. Giả nhân viên ngân hàng.</b> “Chào chị, em gọi từ ngân hàng. Thẻ "
                        "của chị vừa bị trừ nhầm 4.800.000 đồng. Để hoàn tiền, em vừa gửi mã về máy "
                        "chị, chị đọc giúp em để hủy giao dịch.” Thật ra mã đó là mã để chuyển tiền "
                        "<b>ra khỏi</b> tài khoản của chị. Ngân hàng không bao giờ hỏi OTP.</p>"
                        "<p><b>2. Giả shipper.</b> “Chị ơi em giao hàng, hệ thống bắt xác nhận đơn. "
                        "Em vừa bấm gửi mã, chị đọc 6 số giúp em là xong.” Shipper chỉ cần gọi, "
                        "giao hàng và nhận tiền. Không đơn hàng nào cần mã OTP của người nhận.</p>"
                        "<p><b>3. Người quen trên Zalo, Facebook.</b> “Chị ơi em lỡ đăng ký nhầm, mã "
                        "gửi về số chị, chị chụp gửi em với.” Hoặc “Chị bình chọn giúp cháu em "
                        "cuộc thi, nhập số điện thoại rồi gửi mã cho em nhé.” Thường tài khoản người "
                        "quen đó đã bị chiếm, và mã chính là chìa khóa vào Zalo, Facebook của chị.</p>"
                        "<p><b>4. Giả công an, tòa án.</b> “Chị có liên quan một vụ án, phải xác minh "
                        "ngay, không được nói với ai. Đọc mã vừa gửi về hoặc chuyển tiền vào tài "
                        "khoản tạm giữ.” Công an không làm việc qua điện thoại kiểu này, không bắt "
                        "giữ bí mật, không yêu cầu đọc mã hay chuyển tiền.</p>"
                        "<p><b>5. Giả nhân viên Zalo, Facebook, nhà mạng.</b> “Tài khoản của chị vi "
                        "phạm, sẽ bị khóa trong 24 giờ. Cung cấp mã để xác minh chủ tài khoản.” "
                        "Zalo, Facebook và nhà mạng không gọi điện hay nhắn tin hỏi mã.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Đọc hết tin nhắn chứa mã",
                        "text": (
                            "<p>Tin nhắn OTP thường nói mã dùng để làm gì, ví dụ “mã đăng nhập Zalo "
                            "trên thiết bị mới” hay “mã xác nhận chuyển 9.500.000 VND”. Nếu nội "
                            "dung <b>không khớp</b> với việc chị đang tự làm, hoặc chị không làm gì "
                            "cả, thì dừng lại. Đó là dấu hiệu có người đang lấy tài khoản hoặc tiền "
                            "của chị.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Mã QR cũng nguy hiểm như mã OTP</h3>"
                        "<p>Một chiêu mới: kẻ gian gửi mã QR kèm lời mời “quét để nhận quà”, “quét "
                        "để bình chọn”. Mã đó thật ra là mã để đăng nhập Zalo của chị trên máy tính "
                        "của chúng. Khi quét, điện thoại hiện câu hỏi xác nhận đăng nhập; nếu chị "
                        "bấm đồng ý, chúng vào được Zalo của chị. Chỉ quét mã QR đăng nhập khi chính "
                        "chị đang ngồi trước máy tính của mình.</p>"
                        "<p>Ngân hàng hiện yêu cầu xác thực khuôn mặt cho nhiều giao dịch. Vì thế "
                        "kẻ gian còn xin chị “quay video khuôn mặt” hoặc “cập nhật sinh trắc học qua "
                        "link”. Chỉ làm việc đó trong ứng dụng ngân hàng chị tải từ CH Play hoặc "
                        "App Store, hoặc tại quầy giao dịch.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Khi có người hỏi mã, chị làm thế này",
                        "steps": [
                            {
                                "text": (
                                    "<p>Nói “Tôi không cung cấp mã” rồi cúp máy hoặc thôi trả lời. "
                                    "Không cần giải thích, không cần lịch sự kéo dài.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nếu lo thật sự có chuyện với tài khoản ngân hàng, tự gọi "
                                    "<b>số tổng đài in ở mặt sau thẻ ngân hàng</b>, không gọi lại số "
                                    "vừa gọi cho chị hay số ghi trong tin nhắn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nếu “người quen” nhắn hỏi mã, gọi điện thoại thường cho người "
                                    "đó theo số chị đã lưu từ trước để hỏi. Rất có thể họ đã bị chiếm "
                                    "tài khoản.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nếu lỡ đọc mã rồi: gọi ngay tổng đài ngân hàng để khóa tài "
                                    "khoản, đổi mật khẩu Zalo, Facebook, và làm theo bài “Khi tài khoản "
                                    "bị chiếm”. Càng nhanh càng giữ được tiền.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Kể lại trong nhóm Zalo chi hội để chị em khác biết chiêu này.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Đọc hết tin nhắn OTP xem mã để làm gì",
                            "Chỉ tự nhập mã vào ứng dụng chị đang tự mở",
                            "Gọi tổng đài in ở mặt sau thẻ khi lo lắng",
                            "Gọi điện thoại thường cho người quen để kiểm tra",
                        ],
                        "dont": [
                            "Đọc, chụp, chuyển tiếp mã OTP cho bất kỳ ai",
                            "Tin người xưng ngân hàng, công an, shipper hỏi mã",
                            "Quét mã QR lạ để “nhận quà”, “bình chọn”",
                            "Gửi video khuôn mặt theo yêu cầu của người lạ",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "link-gia-tin-nhan-gia",
            "title": "Nhận ra link giả, tin nhắn ngân hàng giả, trúng thưởng giả",
            "minutes": 6,
            "summary": (
                "Cách đọc tên trang trong một đường link, và các mẫu tin nhắn giả ngân hàng, "
                "giả shipper, trúng thưởng, hỗ trợ vay vốn thường gặp."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Kẻ gian thường gửi một tin nhắn làm chị sợ hoặc làm chị mừng, kèm một "
                        "đường link. Bấm vào, chị thấy một trang giống hệt trang ngân hàng, Zalo "
                        "hay Facebook, và được mời nhập số tài khoản, mật khẩu, mã OTP. Trang đó là "
                        "giả. Mọi thứ chị nhập vào đều đi thẳng tới kẻ gian.</p>"
                        "<h3>Cách đọc một đường link</h3>"
                        "<p>Một đường link có dạng: <b>https://ten-trang.duoi/phan-sau</b>. Phần "
                        "quan trọng nhất là <b>tên trang</b>: đoạn nằm sau “https://” và trước dấu "
                        "“/” đầu tiên. Hãy đọc tên trang <b>từ phải sang trái</b>: cái đuôi cuối "
                        "cùng và chữ đứng ngay trước nó mới cho biết trang đó của ai.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Ví dụ một link giả</h3>"
                        "<p>Tin nhắn: “Vietcombank thông báo: tài khoản của quý khách sẽ bị tạm khóa "
                        "do chưa xác minh thông tin. Xác minh ngay tại "
                        "<b>vietcombank-xacminh.top</b>”.</p>"
                        "<p>Link này <b>giả</b>. Vì sao?</p>"
                        "<ul>"
                        "<li>Tên trang là “vietcombank-xacminh.top”. Ai cũng có thể mua một tên "
                        "trang có chữ “vietcombank” ở trong, giá chỉ vài chục nghìn đồng. Có tên ngân "
                        "hàng trong link <b>không có nghĩa</b> là trang của ngân hàng.</li>"
                        "<li>Đuôi “.top” là đuôi rẻ, kẻ gian rất hay dùng. Các đuôi lạ như .top, "
                        ".xyz, .vip, .cc, .shop, .online trong tin nhắn “ngân hàng” là dấu hiệu rất "
                        "đáng ngờ.</li>"
                        "<li>Tin nhắn dọa “sẽ bị khóa” để chị vội. Ngân hàng không bắt chị xác minh "
                        "qua một link gửi trong tin nhắn.</li>"
                        "</ul>"
                        "<p>Kiểu lừa khác là đặt tên thật ở đầu, tên giả ở cuối, ví dụ "
                        "“<b>zalo.com.baomat-taikhoan.xyz</b>”. Đọc từ phải sang trái, chủ thật là "
                        "“baomat-taikhoan.xyz”, không phải Zalo. Hoặc thay chữ bằng số trông giống "
                        "nhau như “faceb00k” (số 0 thay chữ o).</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ổ khóa và “https” không có nghĩa là thật",
                        "text": (
                            "<p>Trang giả cũng có hình ổ khóa và chữ https. Tin nhắn giả còn có thể "
                            "hiện <b>ngay trong khung tin nhắn của ngân hàng thật</b> trên điện "
                            "thoại, vì kẻ gian dùng thiết bị phát sóng giả. Vậy nên: dù tin nhắn "
                            "nằm ở đâu, <b>không bấm link để đăng nhập ngân hàng</b>. Muốn kiểm tra, "
                            "chị tự mở ứng dụng ngân hàng đã cài sẵn.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Những mẫu tin nhắn giả hay gặp</h3>"
                        "<p><b>Giả shipper, bưu cục:</b> “Đơn hàng của bạn giao không thành công do "
                        "sai địa chỉ. Cập nhật trong 12 giờ kẻo hoàn đơn: buucuc-capnhat.top”. Hoặc "
                        "shipper gọi: “Chị có đơn 350.000 đồng, em để ở nhà bên cạnh rồi, chị chuyển "
                        "khoản giúp em.” Chị hãy nhớ mình có đặt hàng không, mở ứng dụng mua hàng để "
                        "xem đơn. Chưa nhìn thấy hàng, chưa kiểm tra đơn thì chưa chuyển tiền.</p>"
                        "<p><b>Trúng thưởng:</b> “Chúc mừng thuê bao của quý khách trúng thưởng xe "
                        "máy trong chương trình tri ân khách hàng. Nhận giải tại link, đóng phí làm "
                        "hồ sơ 500.000 đồng.” Chị không tham gia chương trình nào thì không thể "
                        "trúng. Giải thưởng thật không bắt đóng phí trước qua chuyển khoản.</p>"
                        "<p><b>Hỗ trợ vay vốn, nhận quà:</b> “Hội Phụ nữ hỗ trợ hội viên vay vốn "
                        "không thế chấp, lãi 0%. Điền thông tin và chụp căn cước tại link.” Kẻ gian "
                        "hay mượn tên cơ quan, đoàn thể để chị tin. Hãy hỏi trực tiếp chi hội "
                        "trưởng hoặc cán bộ hội xã trước khi điền bất cứ gì.</p>"
                        "<p><b>Cài ứng dụng qua link:</b> “Tải ứng dụng này để cập nhật sinh trắc "
                        "học / nhận tiền hỗ trợ / nộp phạt nguội.” File tải về thường có đuôi "
                        "<b>.apk</b>. Ứng dụng này có thể điều khiển điện thoại và rút tiền của chị. "
                        "Chỉ cài ứng dụng từ CH Play hoặc App Store.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Năm bước khi nhận tin nhắn có link",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Dừng lại.</b> Tin nhắn càng giục “ngay”, “trong 24 giờ”, "
                                    "“kẻo bị khóa” thì càng phải chậm lại.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Không bấm link.</b> Đọc tên trang từ phải sang trái. Tên lạ, "
                                    "đuôi lạ, chữ viết sai là giả.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Tự kiểm tra bằng đường khác:</b> mở ứng dụng ngân hàng đã "
                                    "cài sẵn, hoặc gọi số tổng đài in ở mặt sau thẻ, hoặc hỏi người "
                                    "gửi bằng cuộc gọi điện thoại thường.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Hỏi người tin cậy:</b> con cháu, chi hội trưởng, chị em "
                                    "trong nhóm. Hỏi trước không bao giờ thừa.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Xóa và chặn.</b> Trên Zalo, Facebook có thể báo cáo tài "
                                    "khoản gửi tin lừa đảo. Nếu lỡ nhập mật khẩu hay OTP vào trang giả, "
                                    "đổi mật khẩu ngay và gọi ngân hàng.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Đọc tên trang từ phải sang trái",
                            "Tự mở ứng dụng ngân hàng để kiểm tra",
                            "Xem đơn trong ứng dụng mua hàng trước khi trả tiền",
                            "Hỏi chi hội trưởng khi thấy tin “Hội hỗ trợ”",
                            "Chỉ cài ứng dụng từ CH Play hoặc App Store",
                        ],
                        "dont": [
                            "Bấm link trong tin nhắn dọa khóa tài khoản",
                            "Tin link chỉ vì có tên ngân hàng ở trong",
                            "Đóng “phí nhận thưởng”, “phí hồ sơ” trước",
                            "Chụp căn cước gửi qua link lạ",
                            "Cài file .apk người lạ gửi",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "tai-khoan-gia-mao",
            "title": "Tài khoản giả mạo và lời mời kết bạn lạ",
            "minutes": 5,
            "summary": (
                "Nhận ra tài khoản giả dạng người quen, chi hội trưởng hay cơ quan, kiểm tra "
                "trước khi chuyển tiền và giữ an toàn cho nhóm Zalo chi hội."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Kẻ gian không cần chiếm tài khoản thật. Nhiều khi chúng chỉ lấy ảnh đại "
                        "diện và tên của một người chị quen, tạo một tài khoản mới giống hệt, rồi "
                        "gửi lời mời kết bạn. Vài hôm sau, “người quen” nhắn:</p>"
                        "<p><i>“Chị ơi em đang ở viện với mẹ, cần gấp 5 triệu đóng viện phí, chị "
                        "chuyển giúp em vào số tài khoản này, tài khoản của chị gái em, mai em gửi "
                        "lại chị nhé. Em đang bận không nghe máy được.”</i></p>"
                        "<p>Chúng hay giả làm: chi hội trưởng, cán bộ hội, người nhà ở xa, con cháu "
                        "đi làm ăn, khách quen của cửa hàng. Chúng cũng tạo trang Facebook giả mang "
                        "tên Hội Phụ nữ, ngân hàng, công ty điện, nước để mời vay vốn, phát quà.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Dấu hiệu tài khoản giả</h3>"
                        "<ul>"
                        "<li>Chị đã là bạn bè với người đó rồi, nay lại có thêm một lời mời kết bạn "
                        "mới cùng tên, cùng ảnh.</li>"
                        "<li>Tài khoản mới tạo, ít bạn bè, ít bài đăng, ảnh cũ lấy từ trang của "
                        "người thật.</li>"
                        "<li>Vừa kết bạn đã hỏi mượn tiền, nhờ chuyển khoản, nhờ bình chọn, nhờ "
                        "nhận hàng hay mã OTP.</li>"
                        "<li>Tên chủ tài khoản ngân hàng khác tên người đang nhắn.</li>"
                        "<li>Luôn có lý do để không gọi điện: “đang họp”, “mạng yếu”, “đang ở "
                        "viện”.</li>"
                        "<li>Cách xưng hô, cách viết khác với người thật chị vẫn nói chuyện.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Gọi video thấy mặt cũng chưa chắc là thật",
                        "text": (
                            "<p>Kẻ gian có thể ghép mặt và giọng của người quen vào cuộc gọi video. "
                            "Cuộc gọi thường rất ngắn, hình mờ, giật, rồi tắt với lý do mạng yếu. "
                            "Muốn chắc chắn, hãy <b>gọi điện thoại thường</b> vào số chị đã lưu từ "
                            "trước, hoặc hỏi một chuyện chỉ hai người biết.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Bớt để lộ thông tin cho kẻ giả mạo",
                        "text": (
                            "<p>Kẻ gian lấy ảnh, tên, danh sách bạn bè, ngày sinh công khai trên "
                            "Facebook để làm tài khoản giả và biết nên nhắn cho ai. Khi đăng bài, "
                            "chị có thể chọn người xem là <b>Bạn bè</b> thay vì <b>Công khai</b>. "
                            "Trong phần cài đặt quyền riêng tư, để danh sách bạn bè, ngày sinh, số "
                            "điện thoại ở chế độ <b>Bạn bè</b> hoặc <b>Chỉ mình tôi</b>. Trang bán "
                            "hàng thì vẫn để công khai, nhưng đừng đăng ảnh căn cước, thẻ ngân hàng "
                            "hay giấy tờ có số cá nhân.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Trước khi chuyển tiền cho người nhắn qua mạng",
                        "steps": [
                            {
                                "text": (
                                    "<p>Gọi điện thoại thường cho người đó theo số trong danh bạ của "
                                    "chị, không gọi số họ vừa gửi.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nếu không gọi được, hỏi một người thân khác của họ, hoặc hỏi "
                                    "trong nhóm chi hội xem có ai biết chuyện không.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Khi nhập số tài khoản, xem tên chủ tài khoản ứng dụng ngân hàng "
                                    "hiện ra. Tên lạ thì dừng lại.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Không chuyển khi bị giục. Người quen thật sẽ chờ chị được vài "
                                    "phút để gọi kiểm tra.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Nếu là tài khoản giả: báo cho người bị giả mạo biết, bấm báo "
                                    "cáo tài khoản đó trên Zalo hoặc Facebook, rồi chặn.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Lời mời kết bạn từ người lạ</h3>"
                        "<p>Một người lạ, ảnh đẹp, tự nhận là kỹ sư, bác sĩ, người nước ngoài, làm "
                        "quen rất ngọt ngào. Sau đó hứa gửi quà, rồi “hải quan” gọi đòi phí nhận "
                        "quà. Hoặc rủ chị “làm cộng tác viên, làm nhiệm vụ online nhận hoa hồng”, "
                        "lúc đầu trả tiền thật vài chục nghìn, sau bắt nạp tiền nhiều hơn. Đây đều "
                        "là lừa đảo. Không quen ngoài đời thì không cần nhận lời mời kết bạn.</p>"
                        "<h3>Giữ nhóm Zalo chi hội an toàn</h3>"
                        "<p>Chi hội trưởng và người quản lý nhóm có thể làm mấy việc đơn giản:</p>"
                        "<ul>"
                        "<li>Chỉ thêm vào nhóm người mình biết. Trong phần quản lý nhóm, bật chế độ "
                        "trưởng nhóm phải duyệt thành viên mới (tên mục có thể hơi khác tùy bản "
                        "Zalo).</li>"
                        "<li>Ghim một tin nhắn nội quy: “Nhóm không vay mượn, chuyển tiền qua tin "
                        "nhắn. Việc tiền bạc phải gọi điện hoặc gặp mặt.”</li>"
                        "<li>Khi một chị báo bị mất Zalo, tạm mời tài khoản đó ra khỏi nhóm và nhắn "
                        "cảnh báo cả nhóm.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Gọi điện thoại thường để kiểm tra trước khi chuyển tiền",
                            "Xem tên chủ tài khoản trước khi bấm chuyển",
                            "Báo cáo và chặn tài khoản giả",
                            "Ghim nội quy không vay mượn trong nhóm chi hội",
                        ],
                        "dont": [
                            "Nhận kết bạn từ tài khoản trùng tên người đã là bạn",
                            "Chuyển tiền chỉ vì thấy ảnh đại diện quen",
                            "Tin cuộc gọi video ngắn, mờ, tắt vội",
                            "Nạp tiền “làm nhiệm vụ”, đóng phí “nhận quà từ nước ngoài”",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "khi-bi-chiem-tai-khoan",
            "title": "Khi tài khoản bị chiếm: làm gì ngay",
            "minutes": 6,
            "summary": (
                "Dấu hiệu bị chiếm tài khoản và các bước làm ngay: lấy lại mật khẩu, báo bạn "
                "bè, gọi ngân hàng, báo cáo nền tảng và công an."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Mất tài khoản không phải lỗi đáng xấu hổ. Rất nhiều người cẩn thận vẫn "
                        "bị. Điều quan trọng là <b>làm nhanh</b>: mỗi phút chậm trễ, kẻ gian lại "
                        "nhắn thêm cho vài người quen để vay tiền.</p>"
                        "<h3>Dấu hiệu tài khoản bị chiếm</h3>"
                        "<ul>"
                        "<li>Đang dùng bỗng bị đăng xuất, đăng nhập lại báo sai mật khẩu.</li>"
                        "<li>Bạn bè gọi hỏi: “Sao chị nhắn vay tiền em?” mà chị không nhắn.</li>"
                        "<li>Nhận thông báo đăng nhập từ máy lạ, nơi lạ.</li>"
                        "<li>Thấy bài đăng, tin nhắn, lời mời bình chọn mà chị không viết.</li>"
                        "<li>Nhận mã OTP hoặc thư đổi mật khẩu mà chị không yêu cầu.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Làm ngay theo thứ tự",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Lấy lại và đổi mật khẩu.</b> Nếu còn vào được, đổi mật khẩu "
                                    "mới ngay (theo cách ở bài 1). Nếu bị đăng xuất, ở màn hình đăng "
                                    "nhập Zalo hay Facebook, bấm dòng <b>lấy lại mật khẩu</b> hoặc "
                                    "<b>quên mật khẩu</b>, nhận mã gửi về số điện thoại của chị và "
                                    "đặt mật khẩu mới. Mã này chỉ chị tự nhập.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Đăng xuất các máy lạ và bật xác thực hai lớp.</b> Vào phần "
                                    "xem thiết bị đang đăng nhập, đăng xuất tất cả máy không phải của "
                                    "chị. Sau đó bật xác thực hai lớp như bài 2.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Cảnh báo bạn bè và nhóm chi hội.</b> Nếu chưa vào lại được, "
                                    "nhờ người nhà hoặc một chị em dùng tài khoản của họ nhắn vào nhóm "
                                    "Zalo chi hội, nhóm gia đình, và đăng lên Facebook. Mẫu tin nhắn ở "
                                    "ngay dưới đây.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Gọi ngân hàng nếu có liên quan đến tiền.</b> Nếu chị đã đọc "
                                    "OTP, nhập mật khẩu ngân hàng vào trang lạ, cài ứng dụng lạ, hoặc "
                                    "lỡ chuyển tiền: gọi ngay <b>số tổng đài in ở mặt sau thẻ ngân "
                                    "hàng</b> để yêu cầu khóa thẻ, khóa tài khoản tạm thời. Nếu đã "
                                    "chuyển tiền, đề nghị ngân hàng tra soát giao dịch.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Báo cáo với Zalo, Facebook.</b> Tìm mục hỗ trợ, báo cáo tài "
                                    "khoản bị xâm phạm trong ứng dụng. Nhờ bạn bè bấm <b>báo cáo</b> "
                                    "trên trang cá nhân bị chiếm hoặc tài khoản giả.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Báo công an xã, phường.</b> Mang theo điện thoại, căn cước, "
                                    "ảnh chụp màn hình tin nhắn lừa, số tài khoản kẻ gian, biên lai "
                                    "chuyển tiền nếu có. Ghi lại giờ giấc xảy ra sự việc.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Mẫu tin nhắn cảnh báo gửi nhóm</h3>"
                        "<p><i>“Chị em ơi, Zalo (Facebook) của Lan bị kẻ xấu chiếm từ sáng nay. Ai "
                        "nhận tin nhắn từ tài khoản đó hỏi vay tiền, nhờ chuyển khoản, xin mã số, "
                        "nhờ bình chọn thì KHÔNG phải Lan, đừng chuyển tiền, đừng gửi mã. Mọi người "
                        "bấm báo cáo tài khoản đó giúp Lan. Cần gì Lan sẽ gọi điện trực tiếp. Cảm "
                        "ơn chị em!”</i></p>"
                        "<p>Chị thay tên mình vào, gửi vào càng nhiều nhóm càng tốt: nhóm chi hội, "
                        "nhóm gia đình, nhóm khách hàng của cửa hàng.</p>"
                        "<h3>Lấy lại được rồi, kiểm tra thêm</h3>"
                        "<ul>"
                        "<li>Xem tin nhắn đã gửi trong thời gian bị chiếm: kẻ gian đã nhắn cho ai, "
                        "hỏi gì. Gọi cho những người đó để dặn không chuyển tiền.</li>"
                        "<li>Xóa bài đăng, bình luận lừa đảo mà kẻ gian đăng dưới tên chị.</li>"
                        "<li>Kiểm tra tên, ảnh, số điện thoại, email trong tài khoản có bị đổi "
                        "không. Sửa lại về của chị.</li>"
                        "<li>Nếu chị dùng cùng mật khẩu đó ở nơi khác, đổi luôn ở nơi khác.</li>"
                        "<li>Nhắn lại vào nhóm: “Lan đã lấy lại được tài khoản”, để mọi người yên "
                        "tâm, nhưng vẫn dặn: việc tiền bạc luôn gọi điện kiểm tra.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Cẩn thận lừa đảo lần hai",
                        "text": (
                            "<p>Sau khi bị lừa, chị có thể gặp quảng cáo hoặc tin nhắn “dịch vụ lấy "
                            "lại Facebook”, “lấy lại tiền bị lừa, thu phí sau”. Đây thường là lừa "
                            "đảo lần hai. Chỉ làm việc với ngân hàng qua tổng đài in trên thẻ, với "
                            "công an tại trụ sở, và với Zalo, Facebook trong chính ứng dụng.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Mất điện thoại hoặc SIM",
                        "text": (
                            "<p>Nếu mất máy, hoặc điện thoại bỗng mất sóng dù ở chỗ sóng tốt, hãy "
                            "mang căn cước ra cửa hàng nhà mạng để khóa hoặc làm lại SIM, đồng thời "
                            "gọi ngân hàng khóa ứng dụng ngân hàng. Mã khôi phục đã chép vào sổ ở "
                            "bài 2 giúp chị vào lại Facebook.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Đổi mật khẩu, đăng xuất máy lạ ngay",
                            "Nhờ người nhà báo nhóm chi hội, nhóm gia đình",
                            "Gọi số tổng đài in ở mặt sau thẻ để khóa tài khoản",
                            "Giữ lại ảnh chụp tin nhắn, biên lai để báo công an",
                        ],
                        "dont": [
                            "Chờ xem sao, để vài hôm mới xử lý",
                            "Ngại xấu hổ mà không báo ai",
                            "Gọi số “hỗ trợ” tìm trên mạng hoặc trong tin nhắn lạ",
                            "Trả phí cho “dịch vụ lấy lại tài khoản, lấy lại tiền”",
                        ],
                    },
                ),
            ],
        },
    ],
    "quiz": [
        # ---------------------------------------------------- mat-khau-manh
        {
            "lesson": "mat-khau-manh",
            "kind": "single",
            "prompt": (
                "Chị Hoa sinh ngày 20/10/1987, con trai tên Bin sinh năm 2015. Chị muốn đổi "
                "mật khẩu Zalo. Mật khẩu nào an toàn nhất?"
            ),
            "choices": [
                {
                    "text": "20101987",
                    "correct": False,
                    "feedback": (
                        "Ngày sinh là thứ kẻ gian thử đầu tiên, lại hay có sẵn trên Facebook."
                    ),
                },
                {
                    "text": "Bin2015",
                    "correct": False,
                    "feedback": "Tên con kèm năm sinh rất dễ đoán với ai từng xem ảnh nhà chị.",
                },
                {
                    "text": "NuoiGa-Sau-Vuon-3-Lua!",
                    "correct": True,
                    "feedback": (
                        "Đúng. Một câu dài, có số và dấu, không liên quan giấy tờ của chị."
                    ),
                },
                {
                    "text": "123456789",
                    "correct": False,
                    "feedback": "Dãy số liền nhau là một trong những mật khẩu bị đoán nhiều nhất.",
                },
            ],
            "explanation": (
                "Mật khẩu mạnh là một câu dài chỉ mình chị biết, viết liền, không dấu, thêm số "
                "và dấu. Tránh ngày sinh, số điện thoại, tên con."
            ),
        },
        {
            "lesson": "mat-khau-manh",
            "kind": "multiple",
            "prompt": (
                "Những cách nào giúp chị giữ và nhớ mật khẩu an toàn? (Chọn tất cả câu đúng)"
            ),
            "choices": [
                {
                    "text": "Ghi gợi ý mật khẩu vào một cuốn sổ riêng, cất kín ở nhà",
                    "correct": True,
                    "feedback": "Đúng. Sổ ở nhà, chỉ ghi gợi ý, người khác khó dùng được.",
                },
                {
                    "text": "Dùng mật khẩu ngân hàng khác hẳn mật khẩu Zalo, Facebook",
                    "correct": True,
                    "feedback": "Đúng. Lộ một mật khẩu thì các tài khoản khác vẫn an toàn.",
                },
                {
                    "text": "Tự nhắn mật khẩu cho chính mình trên Zalo để khỏi quên",
                    "correct": False,
                    "feedback": "Sai. Mất Zalo hoặc mất máy là kẻ gian đọc được hết mật khẩu.",
                },
                {
                    "text": "Dùng một mật khẩu cho tất cả để dễ nhớ",
                    "correct": False,
                    "feedback": "Sai. Một chìa khóa mở mọi cửa: lộ một chỗ là mất hết.",
                },
                {
                    "text": "Đặt khóa màn hình cho điện thoại",
                    "correct": True,
                    "feedback": (
                        "Đúng. Không khóa máy thì ai cầm máy cũng vào được Zalo, Facebook."
                    ),
                },
            ],
            "explanation": (
                "Mỗi tài khoản một mật khẩu, ghi gợi ý vào sổ cất ở nhà, khóa màn hình điện "
                "thoại. Không chụp ảnh hay tự nhắn mật khẩu cho mình."
            ),
        },
        # ---------------------------------------------------- xac-thuc-hai-lop
        {
            "lesson": "xac-thuc-hai-lop",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Chị đã bật Xác thực 2 lớp trên Zalo. Nếu kẻ gian biết mật khẩu, "
                "chúng vẫn đăng nhập Zalo của chị trên máy khác một cách dễ dàng."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Có lớp thứ hai, kẻ gian còn phải qua bước xác nhận mà chỉ "
                        "chị có, trừ khi chị đọc mã cho chúng."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Lớp thứ hai chặn kẻ gian dù chúng biết mật khẩu, miễn là chị "
                        "không đưa mã xác nhận cho ai."
                    ),
                },
            ],
            "explanation": (
                "Xác thực hai lớp là ổ khóa thứ hai. Nó chỉ bảo vệ được chị khi chị giữ mã xác "
                "nhận cho riêng mình."
            ),
        },
        {
            "lesson": "xac-thuc-hai-lop",
            "kind": "single",
            "prompt": (
                "Tối nay chị không đăng nhập Facebook ở đâu cả, nhưng điện thoại nhận được tin "
                "nhắn dưới đây. Chị nên làm gì?"
            ),
            "scenario": (
                "Ma xac thuc Facebook cua ban la 482913. Khong chia se ma nay voi bat ky ai."
            ),
            "choices": [
                {
                    "text": "Mặc kệ, vì mình không làm gì cả",
                    "correct": False,
                    "feedback": (
                        "Chưa đủ. Mã tự đến nghĩa là có người biết mật khẩu và đang thử vào."
                    ),
                },
                {
                    "text": "Không đưa mã cho ai, và đổi mật khẩu Facebook ngay",
                    "correct": True,
                    "feedback": (
                        "Đúng. Lớp thứ hai vừa chặn kẻ gian. Đổi mật khẩu để chúng mất luôn "
                        "lớp thứ nhất."
                    ),
                },
                {
                    "text": "Nhắn mã cho người vừa hỏi trên Messenger để họ kiểm tra giúp",
                    "correct": False,
                    "feedback": "Sai. Ai xin mã này chính là người đang cố vào tài khoản của chị.",
                },
            ],
            "explanation": (
                "Nhận mã xác thực mà mình không yêu cầu: giữ kín mã và đổi mật khẩu ngay."
            ),
        },
        # ---------------------------------------------------- lua-dao-ma-otp
        {
            "lesson": "lua-dao-ma-otp",
            "kind": "single",
            "prompt": "Chị nhận cuộc gọi dưới đây. Chị nên làm gì?",
            "scenario": (
                "“Alo, chị Mai phải không ạ? Em là nhân viên ngân hàng. Thẻ của chị vừa bị trừ "
                "nhầm 4.800.000 đồng. Em vừa gửi mã OTP về máy chị, chị đọc giúp em 6 số để em "
                "hủy giao dịch và hoàn tiền cho chị ngay ạ.”"
            ),
            "choices": [
                {
                    "text": "Đọc mã cho nhanh để lấy lại tiền",
                    "correct": False,
                    "feedback": "Sai. Mã đó thường là mã chuyển tiền ra khỏi tài khoản của chị.",
                },
                {
                    "text": "Gọi lại đúng số vừa gọi để hỏi cho chắc",
                    "correct": False,
                    "feedback": "Chưa an toàn. Số đó là của kẻ gian, chúng sẽ tiếp tục dụ chị.",
                },
                {
                    "text": (
                        "Không đọc mã, cúp máy, tự gọi số tổng đài in ở mặt sau thẻ nếu còn lo"
                    ),
                    "correct": True,
                    "feedback": "Đúng. Ngân hàng không bao giờ hỏi OTP. Tự gọi số in trên thẻ.",
                },
            ],
            "explanation": (
                "Không ai cần mã OTP của chị, kể cả ngân hàng. Muốn kiểm tra, tự gọi số tổng đài "
                "in ở mặt sau thẻ."
            ),
        },
        {
            "lesson": "lua-dao-ma-otp",
            "kind": "single",
            "prompt": (
                "Chị nhận được tin nhắn Zalo từ tài khoản của một chị em cùng chi hội. Chị nên "
                "làm gì?"
            ),
            "scenario": (
                "“Chị ơi em lỡ đăng ký nhầm số điện thoại của chị, nó gửi mã 6 số về máy chị "
                "đấy. Chị chụp màn hình tin nhắn gửi em với, em cần gấp ạ.”"
            ),
            "choices": [
                {
                    "text": "Chụp gửi vì là chị em quen biết",
                    "correct": False,
                    "feedback": (
                        "Sai. Mã đó là chìa khóa vào Zalo của chị. Tài khoản người quen có "
                        "thể đã bị chiếm."
                    ),
                },
                {
                    "text": (
                        "Không gửi mã, gọi điện thoại thường cho chị ấy theo số đã lưu để hỏi"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Gọi điện kiểm tra, và báo chị ấy nếu Zalo của chị ấy bị chiếm."
                    ),
                },
                {
                    "text": "Đọc mã qua tin nhắn thoại cho an toàn hơn",
                    "correct": False,
                    "feedback": "Sai. Đọc, chụp hay gõ lại thì kẻ gian đều có được mã.",
                },
            ],
            "explanation": (
                "Người quen hỏi mã OTP thường là tài khoản đã bị chiếm. Gọi điện thoại thường "
                "để kiểm tra, không gửi mã."
            ),
        },
        {
            "lesson": "lua-dao-ma-otp",
            "kind": "multiple",
            "prompt": ("Những lời nào dưới đây là dấu hiệu lừa đảo hỏi mã? (Chọn tất cả câu đúng)"),
            "choices": [
                {
                    "text": "“Em là shipper, chị đọc mã vừa gửi về để em xác nhận đơn.”",
                    "correct": True,
                    "feedback": "Đúng. Giao hàng không bao giờ cần mã OTP của người nhận.",
                },
                {
                    "text": (
                        "“Đây là công an, chị liên quan vụ án, đọc mã và không được nói với ai.”"
                    ),
                    "correct": True,
                    "feedback": "Đúng. Công an không hỏi mã, không bắt giữ bí mật qua điện thoại.",
                },
                {
                    "text": "“Chị quét mã QR này để bình chọn cho cháu em nhé.”",
                    "correct": True,
                    "feedback": (
                        "Đúng. Mã QR lạ có thể là mã đăng nhập Zalo của chị trên máy kẻ gian."
                    ),
                },
                {
                    "text": (
                        "Tin nhắn OTP đến khi chính chị vừa bấm chuyển tiền trong ứng dụng ngân "
                        "hàng"
                    ),
                    "correct": False,
                    "feedback": (
                        "Không phải lừa đảo nếu chị tự làm và nội dung khớp. Chị tự nhập mã, "
                        "không đọc cho ai."
                    ),
                },
            ],
            "explanation": (
                "Mã OTP chỉ để chị tự nhập khi chính chị đang làm việc đó. Ai xin mã, xin quét "
                "QR lạ là đang lừa."
            ),
        },
        # ---------------------------------------------------- link-gia-tin-nhan-gia
        {
            "lesson": "link-gia-tin-nhan-gia",
            "kind": "single",
            "prompt": "Chị nhận tin nhắn dưới đây. Nhận xét nào đúng?",
            "scenario": (
                "Vietcombank thong bao: Tai khoan cua quy khach se bi tam khoa do chua xac minh "
                "thong tin. Vui long xac minh ngay tai https://vietcombank-xacminh.top"
            ),
            "choices": [
                {
                    "text": "Link thật, vì có chữ Vietcombank và có https",
                    "correct": False,
                    "feedback": (
                        "Sai. Ai cũng mua được tên trang có chữ ngân hàng, trang giả cũng có https."
                    ),
                },
                {
                    "text": (
                        "Link giả: tên trang là vietcombank-xacminh.top, đuôi lạ, lại dọa khóa "
                        "tài khoản"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Không bấm link. Muốn kiểm tra, tự mở ứng dụng ngân hàng hoặc gọi "
                        "số in trên thẻ."
                    ),
                },
                {
                    "text": "Bấm vào xem thử, chỉ không nhập gì là được",
                    "correct": False,
                    "feedback": (
                        "Không nên. Trang giả có thể dụ cài ứng dụng lạ. Không bấm là an toàn nhất."
                    ),
                },
            ],
            "explanation": (
                "Đọc tên trang từ phải sang trái. Có tên ngân hàng trong link không có nghĩa là "
                "của ngân hàng. Không đăng nhập ngân hàng qua link trong tin nhắn."
            ),
        },
        {
            "lesson": "link-gia-tin-nhan-gia",
            "kind": "multiple",
            "prompt": ("Tin nhắn dưới đây có những dấu hiệu lừa đảo nào? (Chọn tất cả câu đúng)"),
            "scenario": (
                "CHUC MUNG! So thue bao cua quy khach da trung thuong 1 xe may trong chuong "
                "trinh tri an khach hang. Nhan giai tai qua-tang-tri-an.vip va chuyen phi lam "
                "ho so 500.000d trong 24h."
            ),
            "choices": [
                {
                    "text": "Bắt đóng phí trước mới được nhận giải",
                    "correct": True,
                    "feedback": "Đúng. Giải thưởng thật không bắt chuyển khoản phí trước.",
                },
                {
                    "text": "Link có đuôi lạ .vip, không rõ của ai",
                    "correct": True,
                    "feedback": "Đúng. Đuôi lạ trong tin trúng thưởng là dấu hiệu rất đáng ngờ.",
                },
                {
                    "text": "Giục trong 24 giờ",
                    "correct": True,
                    "feedback": "Đúng. Giục gấp để chị không kịp hỏi ai.",
                },
                {
                    "text": "Tin nhắn viết không dấu",
                    "correct": False,
                    "feedback": (
                        "Chưa chắc. Nhiều tin nhắn thật cũng không dấu. Hãy dựa vào link, phí "
                        "và lời giục."
                    ),
                },
            ],
            "explanation": (
                "Không tham gia thì không trúng. Đóng phí trước, link lạ, giục gấp là ba dấu "
                "hiệu trúng thưởng giả."
            ),
        },
        {
            "lesson": "link-gia-tin-nhan-gia",
            "kind": "single",
            "prompt": (
                "Tuần này chị không đặt mua gì trên mạng. Chị nhận tin nhắn dưới đây. Chị nên "
                "làm gì?"
            ),
            "scenario": (
                "Don hang cua ban giao khong thanh cong do sai dia chi. Cap nhat trong 12h "
                "keo hoan don: buucuc-capnhat.top"
            ),
            "choices": [
                {
                    "text": "Bấm link cập nhật địa chỉ cho chắc",
                    "correct": False,
                    "feedback": (
                        "Sai. Trang giả sẽ xin thông tin thẻ, mật khẩu hoặc bắt cài ứng dụng."
                    ),
                },
                {
                    "text": (
                        "Không bấm, xóa tin nhắn; nếu có đặt hàng thì xem trong ứng dụng mua hàng"
                    ),
                    "correct": True,
                    "feedback": "Đúng. Đơn thật luôn xem được trong ứng dụng chị đã đặt.",
                },
                {
                    "text": "Trả lời tin nhắn, gửi địa chỉ nhà và số căn cước",
                    "correct": False,
                    "feedback": "Sai. Chị đang đưa thông tin cá nhân cho kẻ gian.",
                },
            ],
            "explanation": (
                "Tin giả shipper hay dùng link lạ và lời giục. Tự kiểm tra đơn trong ứng dụng "
                "mua hàng, không bấm link."
            ),
        },
        # ---------------------------------------------------- tai-khoan-gia-mao
        {
            "lesson": "tai-khoan-gia-mao",
            "kind": "single",
            "prompt": (
                "Chị đã là bạn Zalo với chị Thu, chi hội trưởng, từ lâu. Hôm nay có thêm một "
                "lời mời kết bạn cùng tên, cùng ảnh. Vừa đồng ý thì nhận được tin nhắn dưới "
                "đây. Chị nên làm gì?"
            ),
            "scenario": (
                "“Em ơi chị Thu đây, chị đang ở viện với mẹ, cần gấp 5 triệu đóng viện phí. "
                "Em chuyển giúp chị vào số tài khoản của em gái chị nhé, chiều chị gửi lại. "
                "Chị đang bận không nghe máy được.”"
            ),
            "choices": [
                {
                    "text": "Chuyển ngay vì đúng ảnh, đúng tên chị Thu",
                    "correct": False,
                    "feedback": (
                        "Sai. Ảnh và tên rất dễ sao chép. Chị đã có chị Thu thật trong danh bạ."
                    ),
                },
                {
                    "text": (
                        "Gọi điện thoại thường cho chị Thu theo số đã lưu, báo chị ấy và báo cáo "
                        "tài khoản giả"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Tài khoản thứ hai cùng tên, hỏi tiền gấp, không nghe máy là giả."
                    ),
                },
                {
                    "text": "Gọi video qua chính tài khoản đó, thấy mặt là chuyển",
                    "correct": False,
                    "feedback": (
                        "Chưa an toàn. Cuộc gọi video có thể bị ghép mặt, thường ngắn và mờ."
                    ),
                },
            ],
            "explanation": (
                "Lời mời kết bạn trùng người đã là bạn, hỏi tiền gấp, né gọi điện: dừng lại, gọi "
                "số đã lưu để kiểm tra."
            ),
        },
        {
            "lesson": "tai-khoan-gia-mao",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Nếu gọi video thấy đúng mặt người quen thì chắc chắn đó là người "
                "thật, có thể chuyển tiền."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Kẻ gian có thể ghép mặt và giọng người quen vào cuộc gọi video."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Hãy gọi điện thoại thường vào số đã lưu, hoặc hỏi chuyện chỉ hai "
                        "người biết."
                    ),
                },
            ],
            "explanation": (
                "Cuộc gọi video ngắn, mờ, tắt vội không đủ để tin. Kiểm tra bằng số điện thoại "
                "đã lưu từ trước."
            ),
        },
        # ---------------------------------------------------- khi-bi-chiem-tai-khoan
        {
            "lesson": "khi-bi-chiem-tai-khoan",
            "kind": "single",
            "prompt": (
                "Sáng nay Zalo của chị Lan bị đăng xuất. Một người bạn gọi hỏi sao chị nhắn vay "
                "3 triệu. Chị Lan vẫn còn SIM. Việc nào nên làm trước tiên?"
            ),
            "choices": [
                {
                    "text": "Chờ vài hôm xem Zalo có tự trở lại không",
                    "correct": False,
                    "feedback": "Sai. Mỗi giờ chờ, kẻ gian lại nhắn vay tiền thêm nhiều người.",
                },
                {
                    "text": (
                        "Lấy lại mật khẩu qua mã gửi về số của mình, đồng thời nhờ người nhà báo "
                        "nhóm chi hội"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Giành lại tài khoản và cảnh báo bạn bè là hai việc gấp nhất."
                    ),
                },
                {
                    "text": "Thuê “dịch vụ lấy lại Zalo” thấy quảng cáo trên mạng",
                    "correct": False,
                    "feedback": "Sai. Đây thường là lừa đảo lần hai, mất thêm tiền.",
                },
            ],
            "explanation": (
                "Khi bị chiếm: lấy lại và đổi mật khẩu, đăng xuất máy lạ, cảnh báo bạn bè ngay. "
                "Không thuê dịch vụ lạ."
            ),
        },
        {
            "lesson": "khi-bi-chiem-tai-khoan",
            "kind": "multiple",
            "prompt": (
                "Chị lỡ nhập mật khẩu ngân hàng và mã OTP vào một trang giả. Những việc nào chị "
                "nên làm? (Chọn tất cả câu đúng)"
            ),
            "choices": [
                {
                    "text": "Gọi ngay số tổng đài in ở mặt sau thẻ ngân hàng để khóa tài khoản",
                    "correct": True,
                    "feedback": "Đúng. Gọi càng sớm càng có cơ hội giữ được tiền.",
                },
                {
                    "text": "Gọi số “hỗ trợ” ghi trên trang web vừa nhập thông tin",
                    "correct": False,
                    "feedback": "Sai. Số đó của kẻ gian. Chỉ gọi số in trên thẻ.",
                },
                {
                    "text": "Chụp lại tin nhắn, link, giữ biên lai rồi báo công an xã, phường",
                    "correct": True,
                    "feedback": "Đúng. Bằng chứng giúp công an và ngân hàng xử lý.",
                },
                {
                    "text": "Giấu chuyện vì ngại, không nói với ai",
                    "correct": False,
                    "feedback": "Sai. Nói ra giúp chị được hỗ trợ và giúp chị em khác tránh bẫy.",
                },
                {
                    "text": "Đổi mật khẩu ngân hàng và các tài khoản dùng chung mật khẩu đó",
                    "correct": True,
                    "feedback": "Đúng. Kẻ gian sẽ thử mật khẩu đó ở những nơi khác.",
                },
            ],
            "explanation": (
                "Lộ thông tin ngân hàng: gọi tổng đài in trên thẻ để khóa, đổi mật khẩu, giữ "
                "bằng chứng, báo công an."
            ),
        },
        # ---------------------------------------------------- final
        {
            "lesson": "final",
            "kind": "single",
            "prompt": "Nhóm Zalo chi hội có người lạ gửi tin dưới đây. Chị nên làm gì?",
            "scenario": (
                "Hoi Phu nu ho tro hoi vien vay von 50 trieu khong the chap, lai suat 0%. Dien "
                "thong tin va chup 2 mat can cuoc tai: hotrovon-phunu.online. Chi con 20 suat!"
            ),
            "choices": [
                {
                    "text": "Điền ngay kẻo hết suất",
                    "correct": False,
                    "feedback": "Sai. “Chỉ còn 20 suất” là lời giục để chị không kịp hỏi ai.",
                },
                {
                    "text": (
                        "Không bấm, hỏi chi hội trưởng hoặc cán bộ hội xã, báo quản lý nhóm xóa tin"
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Chương trình thật của Hội được cán bộ hội thông báo trực tiếp."
                    ),
                },
                {
                    "text": "Chỉ gửi ảnh căn cước, không gửi số tài khoản là an toàn",
                    "correct": False,
                    "feedback": (
                        "Sai. Ảnh căn cước có thể bị dùng để mở tài khoản, vay tiền mạo danh."
                    ),
                },
            ],
            "explanation": (
                "Kẻ gian hay mượn tên Hội, cơ quan để chị tin. Hỏi người phụ trách thật trước khi "
                "điền hay gửi giấy tờ."
            ),
        },
        {
            "lesson": "final",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Công an có thể gọi điện yêu cầu chị chuyển tiền vào một “tài "
                "khoản tạm giữ” để xác minh vụ án, và dặn không được nói với ai."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": "Chưa đúng. Đây là kịch bản giả công an rất phổ biến.",
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng. Công an không yêu cầu chuyển tiền hay đọc mã qua điện thoại. Cúp "
                        "máy, đến trụ sở công an nếu lo."
                    ),
                },
            ],
            "explanation": (
                "Ai bắt chuyển tiền, đọc mã và giữ bí mật là kẻ lừa đảo, dù xưng là công an, "
                "tòa án hay ngân hàng."
            ),
        },
        {
            "lesson": "final",
            "kind": "multiple",
            "prompt": (
                "Chị bán hàng trên Facebook và nhận tin nhắn dưới đây. Những nhận xét nào đúng? "
                "(Chọn tất cả câu đúng)"
            ),
            "scenario": (
                "Trang cua ban da vi pham tieu chuan cong dong va se bi khoa vinh vien sau 24h. "
                "Neu day la nham lan, hay khang nghi tai: faceb00k-hotro.xyz/khang-nghi"
            ),
            "choices": [
                {
                    "text": "Tên trang viết “faceb00k” bằng số 0, đuôi .xyz: đây là trang giả",
                    "correct": True,
                    "feedback": "Đúng. Chữ bị thay bằng số trông giống nhau là mẹo hay gặp.",
                },
                {
                    "text": "Dọa khóa trong 24 giờ để chị vội vàng nhập mật khẩu",
                    "correct": True,
                    "feedback": "Đúng. Dọa và giục là dấu hiệu chung của tin nhắn lừa đảo.",
                },
                {
                    "text": "Nên đăng nhập vào link để kháng nghị cho chắc ăn",
                    "correct": False,
                    "feedback": "Sai. Nhập mật khẩu vào đó là trao trang bán hàng cho kẻ gian.",
                },
                {
                    "text": "Muốn kiểm tra, tự mở ứng dụng Facebook và xem thông báo trong đó",
                    "correct": True,
                    "feedback": "Đúng. Cảnh báo thật sẽ hiện trong chính ứng dụng Facebook.",
                },
            ],
            "explanation": (
                "Không đăng nhập qua link trong tin nhắn. Đọc tên trang, và tự kiểm tra trong "
                "ứng dụng chính thức."
            ),
        },
        {
            "lesson": "final",
            "kind": "single",
            "prompt": ("Một người xưng là nhân viên ngân hàng nhắn Zalo cho chị. Chị nên làm gì?"),
            "scenario": (
                "“Theo quy định mới, tài khoản của chị phải cập nhật sinh trắc học, nếu không "
                "sẽ bị khóa. Chị tải ứng dụng hỗ trợ tại link này (file .apk), cài đặt và cho "
                "phép mọi quyền, em sẽ hướng dẫn chị quay video khuôn mặt.”"
            ),
            "choices": [
                {
                    "text": "Cài theo hướng dẫn vì sợ bị khóa tài khoản",
                    "correct": False,
                    "feedback": "Sai. Ứng dụng lạ có thể điều khiển máy và rút hết tiền của chị.",
                },
                {
                    "text": (
                        "Không cài, chặn người nhắn; chỉ cập nhật trong ứng dụng ngân hàng chính "
                        "thức hoặc tại quầy"
                    ),
                    "correct": True,
                    "feedback": "Đúng. Ngân hàng không gửi file cài đặt qua Zalo.",
                },
                {
                    "text": "Chỉ gửi video khuôn mặt, không cài ứng dụng",
                    "correct": False,
                    "feedback": (
                        "Sai. Video khuôn mặt có thể bị dùng để qua bước xác thực giao dịch."
                    ),
                },
            ],
            "explanation": (
                "Chỉ cài ứng dụng từ CH Play hoặc App Store. Sinh trắc học chỉ làm trong ứng dụng "
                "ngân hàng chị tự mở, hoặc tại quầy."
            ),
        },
    ],
}
