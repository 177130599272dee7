"""Demo course: Bán hàng online (topic "selling"). Content format: see FORMAT.md."""

COURSE = {
    "slug": "ban-hang-online",
    "title": "Bán hàng online",
    "topic": "selling",
    "color": "#b93a0b",
    "summary": (
        "Chụp ảnh sản phẩm, viết bài đăng, tính giá có phí ship và thu hộ (COD), "
        "chốt đơn qua Zalo và bán an toàn trong nhóm chi hội, phiên chợ online."
    ),
    "intro": (
        "<p>Nhiều chị em có hàng tốt: tôm cá phơi khô, gạo, rau củ nhà trồng, túi cói, "
        "đồ móc len. Bán qua nhóm Zalo chi hội, Facebook hay phiên chợ online giúp chị có "
        "thêm khách ở xa mà không phải ra chợ.</p>"
        "<p>Khóa học này đi từng bước: chụp ảnh bằng điện thoại, viết bài đăng, tính giá "
        "có phí ship và thu hộ (COD), trả lời khách và ghi sổ đơn, rồi giữ an toàn trước "
        "các chiêu lừa khi mua bán online.</p>"
        "<p>Mỗi bài đọc trong 6–8 phút, có ví dụ cụ thể để làm theo ngay. Cuối khóa có "
        "câu hỏi tình huống để chị tự kiểm tra.</p>"
    ),
    "outcomes": [
        "Chụp ảnh sản phẩm sáng, rõ, đúng màu bằng chính điện thoại của mình.",
        "Viết bài đăng đủ tên hàng, giá, khối lượng, nguồn gốc và cách đặt hàng.",
        "Tính giá bán vẫn có lãi sau khi trừ bao bì, phí ship và phí thu hộ.",
        "Trả lời khách lịch sự, chốt đơn đủ thông tin và ghi sổ đơn hàng.",
        "Nhận ra ảnh chuyển khoản giả và các chiêu lừa đặt cọc.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "chup-anh-san-pham",
            "title": "Chụp ảnh sản phẩm đẹp bằng điện thoại",
            "minutes": 6,
            "summary": (
                "Lau ống kính, chọn ánh sáng, dọn nền và chụp đủ góc để khách tin hàng của chị."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Khách mua online không cầm được món hàng trên tay. Họ chỉ nhìn ảnh "
                        "rồi quyết định hỏi mua hay lướt qua. Ảnh sáng, rõ, đúng màu làm khách "
                        "tin; ảnh tối, mờ, lộn xộn làm khách nghĩ hàng kém, dù hàng của chị "
                        "rất tốt.</p>"
                        "<p>Chị không cần điện thoại đắt tiền. Một chiếc điện thoại rẻ vẫn chụp "
                        "đẹp nếu chị làm đúng bốn việc: <b>lau ống kính, chọn ánh sáng, dọn nền, "
                        "chụp đủ góc</b>.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Chuẩn bị trước khi chụp (chỉ mất 2 phút)",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Lau ống kính.</b> Ống kính ở mặt sau điện thoại hay "
                                    "dính dầu tay, bụi túi quần. Lau nhẹ bằng khăn mềm sạch hoặc "
                                    "vạt áo cotton. Ảnh mờ như có sương thường là do ống kính "
                                    "bẩn, không phải do máy kém.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Làm sạch sản phẩm.</b> Lau bụi trên túi, bóc tem giá "
                                    "cũ, nhặt vụn tôm, cắt chỉ thừa. Máy ảnh thấy hết những lỗi "
                                    "nhỏ mà mắt mình quen bỏ qua.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Chọn chỗ sáng.</b> Gần cửa sổ, cửa chính hoặc dưới mái "
                                    "hiên, vào ban ngày.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Dọn nền.</b> Trải một tấm vải trơn, tờ giấy trắng khổ "
                                    "lớn, hoặc dùng mặt bàn gỗ, cái nia, cái mẹt. Cất dép, chăn "
                                    "gối, bát đũa ra khỏi khung hình.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Ánh sáng: quan trọng nhất</h3>"
                        "<p>Ánh sáng tự nhiên ban ngày cho màu đúng nhất. Giờ đẹp là khoảng "
                        "8–10 giờ sáng hoặc 3–4 giờ chiều. Nắng gắt buổi trưa chiếu thẳng làm "
                        "bóng đổ đen và chỗ sáng bị cháy trắng. Nếu phải chụp buổi trưa, đứng "
                        "dưới mái hiên hoặc trong nhà cạnh cửa.</p>"
                        "<ul>"
                        "<li><b>Tắt đèn flash.</b> Flash làm túi nilon, hũ thủy tinh bị bóng "
                        "loáng, màu sản phẩm bị bệt.</li>"
                        "<li><b>Không trộn nhiều loại đèn.</b> Đèn vàng trong nhà cộng ánh sáng "
                        "cửa sổ làm ảnh lúc vàng lúc xanh. Chụp gần cửa sổ thì tắt đèn trong "
                        "phòng.</li>"
                        "<li><b>Hắt sáng bằng giấy trắng.</b> Nếu một bên sản phẩm bị tối, dựng "
                        "một tờ giấy A4 hoặc miếng xốp trắng ở phía đối diện cửa sổ. Ánh sáng "
                        "dội lại làm mặt tối sáng lên.</li>"
                        "</ul>"
                        "<h3>Nền: đơn giản để sản phẩm nổi bật</h3>"
                        "<p>Nền nên một màu và khác màu với sản phẩm. Tôm khô màu cam nổi rõ "
                        "trên giấy trắng hoặc cái nia tre. Túi cói màu kem đẹp trên vải sẫm màu "
                        "hoặc mặt bàn gỗ. Nông sản, đồ nhà làm đặt trên nia, mẹt, lá chuối cho "
                        "khách thấy cảm giác quê, sạch, tự tay làm.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Bộ ảnh đủ góc cho một sản phẩm (4–6 ảnh)",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Ảnh toàn cảnh, chụp chính diện.</b> Sản phẩm nằm giữa "
                                    "khung, chiếm khoảng 2/3 ảnh. Đây là ảnh đầu tiên khách "
                                    "thấy.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh cận chất lượng.</b> Đưa máy lại gần: thớ tôm, "
                                    "đường móc len, đường may, mặt vải. Khách muốn biết hàng có "
                                    "chắc, có sạch không.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh cho thấy kích thước.</b> Cầm sản phẩm trên tay, "
                                    "hoặc đặt cạnh chai nước, cái điện thoại, thước dây. Khách "
                                    "hay trả hàng vì “tưởng to hơn”.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh bên trong hoặc chi tiết.</b> Túi: mở ra cho thấy "
                                    "ngăn, lớp lót, khóa kéo. Đồ ăn: đổ một nắm ra đĩa cho thấy "
                                    "cỡ con, độ khô.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh đóng gói.</b> Túi hút chân không, nhãn ghi ngày "
                                    "làm, hộp gửi đi. Khách yên tâm hàng đến nơi không dập, không "
                                    "ẩm.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh đang dùng (nếu có).</b> Người đeo chiếc túi, bát "
                                    "canh nấu bằng tôm khô. Ảnh này giúp khách hình dung khi "
                                    "dùng.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Mẹo cầm máy cho ảnh nét",
                        "text": (
                            "<p>Chạm ngón tay vào sản phẩm trên màn hình để máy lấy nét đúng "
                            "chỗ. Cầm bằng hai tay, tì khuỷu tay lên bàn, bấm nhẹ. Không phóng "
                            "to (zoom) bằng hai ngón tay vì ảnh sẽ vỡ hạt: hãy bước lại gần. "
                            "Mỗi góc chụp 3–4 tấm rồi chọn tấm nét nhất. Nếu phần cài đặt máy "
                            "ảnh có chế độ lưới (các đường kẻ ô trên màn hình), bật lên để giữ "
                            "máy thẳng.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ảnh phải giống hàng thật",
                        "text": (
                            "<p>Không lấy ảnh trên mạng hay ảnh của gian hàng khác. Không dùng "
                            "bộ lọc làm đẹp làm đổi màu: tôm khô chụp qua bộ lọc thành đỏ tươi, "
                            "khách nhận về thấy màu nhạt sẽ nghĩ bị lừa, đòi trả hàng và kể với "
                            "người khác. Nếu mỗi mẻ hàng màu hơi khác nhau, ghi rõ trong bài "
                            "đăng.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Giữ ảnh để dùng lại",
                        "text": (
                            "<p>Khi chụp, đặt cạnh sản phẩm một mẩu giấy nhỏ ghi tên gian hàng "
                            "của chị (ví dụ “Tôm khô Chị Lan”), người khác khó lấy ảnh của chị "
                            "đi bán. Chụp xong, tạo một album riêng cho từng sản phẩm trong máy, "
                            "hoặc gửi ảnh vào mục <b>Cloud của tôi</b> trên Zalo, để lần sau "
                            "đăng bài không phải chụp lại.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Lau ống kính trước khi chụp",
                            "Chụp ban ngày, gần cửa sổ hoặc dưới mái hiên",
                            "Dùng nền trơn, một màu",
                            "Chụp 4–6 góc, có một ảnh cho thấy kích thước",
                            "Giữ đúng màu thật của hàng",
                        ],
                        "dont": [
                            "Bật đèn flash",
                            "Chụp dưới bóng đèn vàng buổi tối",
                            "Để dép, chăn gối, bát đũa lọt vào ảnh",
                            "Phóng to bằng hai ngón tay thay vì bước lại gần",
                            "Dùng ảnh mạng hoặc bộ lọc làm đổi màu hàng",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "viet-bai-dang-ban",
            "title": "Viết bài đăng bán hàng rõ ràng, trung thực",
            "minutes": 7,
            "summary": (
                "Bảy phần của một bài đăng tốt, có bài mẫu tôm khô và túi len móc tay "
                "để chị làm theo."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Trong nhóm Zalo hay trên Facebook, khách lướt rất nhanh. Một bài "
                        "đăng tốt <b>trả lời sẵn</b> những câu khách hay hỏi: hàng gì, giá bao "
                        "nhiêu, to nhỏ nặng nhẹ ra sao, ai làm, làm ở đâu, đặt thế nào, bao lâu "
                        "thì nhận. Mỗi câu khách phải nhắn hỏi là một lần khách có thể bỏ "
                        "đi.</p>"
                        "<p>Bài đăng cũng là lời hứa của chị với khách. Viết đúng sự thật thì "
                        "khách nhận hàng vui vẻ, lần sau mua tiếp và giới thiệu thêm người.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Bảy phần của một bài đăng bán hàng",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Dòng đầu: tên hàng và một điểm nổi bật.</b> Trên bảng "
                                    "tin, người ta thường chỉ thấy 1–2 dòng đầu. Ví dụ: “TÔM ĐẤT "
                                    "KHÔ NHÀ LÀM – không phẩm màu”. Chỉ viết hoa dòng tên, không "
                                    "viết hoa cả bài.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Giá rõ ràng.</b> Ghi con số cụ thể và giá cho bao "
                                    "nhiêu: “420.000đ / túi 0,5 kg”. Ghi rõ đã gồm phí ship hay "
                                    "chưa. Tránh “giá inbox”: nhiều khách ngại hỏi và lướt qua "
                                    "luôn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Quy cách.</b> Khối lượng, kích thước, màu, cỡ, số "
                                    "lượng trong một gói. Túi: dài x rộng, quai dài bao nhiêu. Đồ "
                                    "ăn: khối lượng mỗi túi, cỡ con, cỡ hạt.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Nguồn gốc.</b> Ai làm, làm ở đâu, làm thế nào: “Tôm "
                                    "đầm nhà em, luộc rồi phơi 2 nắng, bóc vỏ bằng tay.” Câu "
                                    "chuyện thật làm khách tin hơn mọi lời khen.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Mô tả trung thực.</b> Nói cả điểm tốt lẫn điều khách "
                                    "cần biết: vị hơi mặn, hàng làm tay có thể lệch 1–2 cm, màu "
                                    "ngoài đời đậm hơn ảnh một chút. Thêm cách bảo quản, nên dùng "
                                    "trong bao lâu.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Cách đặt, giao hàng, trả tiền.</b> Nhắn Zalo hay bình "
                                    "luận; cần gửi thông tin gì; trong xã giao hôm nào; gửi đi "
                                    "tỉnh mất mấy ngày; trả tiền khi nhận hàng (COD) hay chuyển "
                                    "khoản.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ảnh thật.</b> 4–6 ảnh như bài trước, ảnh đẹp nhất để "
                                    "đầu tiên.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Bài mẫu: tôm khô nhà làm</h3>"
                        "<p><b>TÔM ĐẤT KHÔ NHÀ LÀM – ngọt thịt, không phẩm màu</b></p>"
                        "<p>Giá: <b>420.000đ / túi 0,5 kg</b>, chưa gồm phí ship. Trong xã giao "
                        "tận nhà miễn phí.</p>"
                        "<p>Tôm đất đánh bắt ở đầm quê em, luộc với chút muối rồi phơi 2 nắng, "
                        "bóc vỏ bằng tay. Con cỡ vừa, dài khoảng 3–4 cm, màu cam tự nhiên.</p>"
                        "<p>Lưu ý: tôm hơi mặn vì luộc muối, chị em ngâm nước khoảng 10 phút "
                        "trước khi nấu. Mẻ này con không đều bằng mẻ trước, có lẫn ít con "
                        "nhỏ.</p>"
                        "<p>Đóng túi zip hút chân không, nhãn ghi ngày làm. Để ngăn mát tủ lạnh, "
                        "nên dùng trong 2–3 tháng.</p>"
                        "<p>Đặt hàng: bình luận “Đặt + số túi” hoặc bấm vào tên Lan trong nhóm "
                        "để nhắn riêng. Gửi giúp em tên, số điện thoại, địa chỉ người nhận.</p>"
                        "<p>Giao hàng: trong xã giao chiều thứ Tư và thứ Bảy. Đi tỉnh gửi qua "
                        "bưu điện hoặc đơn vị giao hàng, nhận sau 2–4 ngày, được xem hàng rồi "
                        "mới trả tiền.</p>"
                        "<p><i>Tôm khô Chị Lan – hội viên chi hội thôn Đông.</i></p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Vì sao nên viết cả điểm chưa hoàn hảo?",
                        "text": (
                            "<p>Câu “mẻ này có lẫn ít con nhỏ” nghe như làm mất khách, nhưng "
                            "thật ra khách tin chị hơn. Khách biết trước thì không thất vọng khi "
                            "nhận hàng, không đòi trả, không chê trong nhóm. Khách tin thì quay "
                            "lại mua tiếp.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Bài mẫu ngắn: túi len móc tay</h3>"
                        "<p><b>TÚI LEN MÓC TAY – màu be, có lót vải và khóa kéo</b></p>"
                        "<p>Giá: 180.000đ / chiếc, chưa gồm ship. Kích thước 25 x 20 cm, quai "
                        "đeo vai dài 50 cm, đựng vừa điện thoại, ví và ô gấp nhỏ.</p>"
                        "<p>Em tự móc bằng len sợi cotton, mỗi chiếc mất khoảng 2 ngày. Hàng "
                        "làm tay nên mỗi chiếc có thể lệch 1–2 cm. Giặt tay nhẹ, phơi trong "
                        "bóng râm.</p>"
                        "<p>Có sẵn 3 chiếc màu be. Đặt màu khác: làm trong 5–7 ngày, đặt cọc "
                        "trước 50.000đ.</p>"
                        "<h3>Sửa một bài đăng chưa tốt</h3>"
                        "<p>Bài cũ: <i>“Tôm khô ngon lắm ạ, giá tốt, ai lấy ib em!!!”</i></p>"
                        "<p>Đọc xong, khách không biết giá, không biết mỗi túi bao nhiêu gam, "
                        "tôm ở đâu, có gửi đi xa không. Muốn mua phải hỏi 4–5 câu. Bài mẫu tôm "
                        "khô ở trên chính là bài đã sửa: cùng một món hàng, nhưng khách đọc "
                        "xong là đặt được ngay.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Những câu không được viết",
                        "text": (
                            "<p>Không viết sản phẩm “chữa bệnh”, “trị tiểu đường”, “giảm cân "
                            "cấp tốc”, “tốt hơn thuốc”. Không ghi “hàng xách tay”, “chính hãng”, "
                            "“sạch 100%” nếu chị không chứng minh được. Quảng cáo sai sự thật có "
                            "thể bị phạt, bị nhóm xóa bài, và làm mất lòng tin của chị em.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Ghi giá bằng con số cụ thể",
                            "Ghi khối lượng, kích thước, màu",
                            "Kể thật ai làm, làm ở đâu, làm thế nào",
                            "Nói cả điểm chưa hoàn hảo",
                            "Ghi rõ cách đặt, giao hàng, trả tiền",
                        ],
                        "dont": [
                            "Viết “giá inbox”",
                            "Viết hoa cả bài, dùng nhiều dấu chấm than",
                            "Hứa chữa bệnh hay “sạch 100%” không có căn cứ",
                            "Chỉ viết “ai lấy ib” mà không có thông tin",
                            "Chép nguyên bài của gian hàng khác",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "tinh-gia-ship-cod",
            "title": "Tính giá bán có phí ship và thu hộ (COD)",
            "minutes": 8,
            "summary": (
                "Cộng đủ vốn, bao bì, phí ship, phí thu hộ và lãi; biết xử lý khi khách "
                "không nhận hàng."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Nhiều chị em bán đắt hàng mà cuối tháng không thấy tiền đâu. Lý do "
                        "thường là quên tính tiền túi, hộp, băng keo, phí ship, phí thu hộ và "
                        "những đơn khách không nhận. Bài này giúp chị tính giá để mỗi đơn đều "
                        "có lãi thật.</p>"
                        "<h3>Ship COD (thu hộ) là gì?</h3>"
                        "<p><b>COD</b> nghĩa là người giao hàng thu tiền mặt của khách lúc giao, "
                        "vài ngày sau đơn vị vận chuyển chuyển tiền lại cho chị, <b>sau khi trừ "
                        "phí ship và phí thu hộ</b> nếu chị là người trả phí. Khách thích COD vì "
                        "nhận hàng rồi mới trả tiền. Chị cần biết rõ mỗi đơn bị trừ bao "
                        "nhiêu.</p>"
                        "<p>Phí ship và phí thu hộ mỗi nơi một khác, tùy cân nặng và quãng "
                        "đường. Hãy hỏi bảng giá ở bưu điện hoặc 2–3 đơn vị giao hàng gần nhà. "
                        "Các con số dưới đây chỉ là ví dụ để tập tính.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Năm khoản cần cộng vào giá bán",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Giá vốn.</b> Tiền mua hàng hoặc nguyên liệu cho một "
                                    "đơn vị hàng (một túi, một chiếc). Tự làm thì tính cả tiền "
                                    "gas, điện, len, vải.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Bao bì.</b> Túi zip, túi hút chân không, hộp, giấy "
                                    "gói, băng keo, nhãn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Chi phí nhỏ khác.</b> Hao hụt, tiền xe đi gửi hàng, "
                                    "tiền điện thoại. Mỗi đơn một ít, cộng cả tháng là nhiều.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Lãi mong muốn.</b> Số tiền chị muốn còn lại sau mỗi "
                                    "đơn, ví dụ 10–20% tiền vốn. Đừng quên tính công sức của "
                                    "mình.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Phí ship và phí thu hộ.</b> Quyết định ai trả: khách "
                                    "trả riêng, hay chị cộng sẵn vào giá (“freeship”).</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Ví dụ tính giá: túi tôm khô 0,5 kg</h3>"
                        "<ul>"
                        "<li>Giá vốn 0,5 kg tôm khô: 350.000đ</li>"
                        "<li>Bao bì (túi zip, hút chân không, hộp, băng keo): 10.000đ</li>"
                        "<li>Chi phí khác (xe đi gửi hàng, hao hụt): 5.000đ</li>"
                        "<li><b>Tổng vốn: 365.000đ</b></li>"
                        "<li>Lãi mong muốn khoảng 15%: 365.000 x 15% = 54.750đ, làm tròn "
                        "55.000đ</li>"
                        "<li><b>Giá bán chưa ship: 365.000 + 55.000 = 420.000đ</b></li>"
                        "</ul>"
                        "<p>Trong xã chị tự giao thì bán 420.000đ. Gửi đi tỉnh theo COD, ví dụ "
                        "phí ship 30.000đ và phí thu hộ 5.000đ, cộng lại 35.000đ. Chị có hai "
                        "cách ghi giá:</p>"
                        "<ul>"
                        "<li><b>Cách 1 – khách trả ship:</b> ghi “420.000đ, chưa gồm ship”. "
                        "Khách trả người giao 420.000 + 35.000 = 455.000đ. Chị nhận về "
                        "420.000đ, lãi 55.000đ.</li>"
                        "<li><b>Cách 2 – freeship:</b> ghi “455.000đ, đã gồm ship”. Khách trả "
                        "455.000đ, bị trừ 35.000đ, chị nhận về 420.000đ, lãi vẫn 55.000đ.</li>"
                        "</ul>"
                        "<p><b>Chỗ hay nhầm:</b> ghi “420.000đ freeship” mà quên cộng phí. Khi "
                        "đó chị chỉ nhận về 420.000 − 35.000 = 385.000đ, lãi còn 20.000đ, chưa "
                        "bằng một nửa số lãi định có.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Cân hàng sau khi đã đóng gói",
                        "text": (
                            "<p>Phí ship tính theo cân nặng cả gói, gồm hộp và băng keo; có nơi "
                            "tính theo kích thước thùng. Cân thử một gói hoàn chỉnh rồi hỏi giá "
                            "ship trước khi ghi giá bán. Chọn hộp vừa khít, đừng dùng thùng quá "
                            "to.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Khi khách không nhận hàng (“bom hàng”)</h3>"
                        "<p>Khách đặt COD rồi không nghe máy, đổi ý hoặc đi vắng, hàng bị trả "
                        "về cho chị. Chị <b>vẫn phải trả phí ship chiều đi</b> và thường thêm "
                        "<b>phí hoàn hàng</b>. Ví dụ: 30.000đ ship đi + 15.000đ phí hoàn = "
                        "45.000đ mất trắng, gần bằng tiền lãi của cả một đơn (55.000đ). Tôm gửi "
                        "đi gửi về có thể bị ẩm, hộp bị móp, khó bán lại đủ giá.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Cách giảm đơn bị bom",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Xác nhận trước khi gửi.</b> Nhắn hoặc gọi khách, đọc "
                                    "lại đơn: tên, số điện thoại, địa chỉ, số lượng, tổng tiền. "
                                    "Khách trả lời “đúng rồi” mới đóng gói.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Xin cọc với đơn nhiều rủi ro.</b> Đơn làm riêng theo "
                                    "yêu cầu (màu, cỡ riêng), đơn lớn, khách lần đầu ở xa: xin "
                                    "chuyển khoản trước một phần, ví dụ 30%, phần còn lại thu "
                                    "COD. Nói nhẹ nhàng: “Dạ hàng làm riêng nên em xin cọc trước "
                                    "30% ạ.” Kiểm tra tiền cọc đã vào tài khoản rồi mới bắt tay "
                                    "làm.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ghi chú rõ trên phiếu gửi.</b> Ví dụ “Cho xem hàng, "
                                    "không thử” và “Gọi trước khi giao”. Khách được xem hàng thì "
                                    "ít từ chối vì nghi ngờ.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Khi hàng bị hoàn.</b> Nhắn hỏi lịch sự, vì có thể "
                                    "khách bận hoặc đi vắng thật. Nếu khách vẫn muốn lấy, hẹn "
                                    "giao lại và nói rõ ai trả phí ship lần hai.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Ghi sổ.</b> Ghi số điện thoại khách đã không nhận hàng "
                                    "vào một trang riêng trong sổ đơn. Lần sau khách đó đặt, xin "
                                    "chuyển khoản trước.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Đừng bêu khách lên mạng",
                        "text": (
                            "<p>Bực mình vì bị bom hàng, nhiều người đăng tên, số điện thoại, "
                            "địa chỉ của khách lên nhóm. Làm vậy có thể vi phạm quy định về "
                            "thông tin cá nhân, dễ gây cãi vã, và người khác nhìn vào sẽ ngại "
                            "mua của chị. Chỉ ghi vào sổ riêng của mình.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Theo dõi tiền thu hộ</h3>"
                        "<p>Tiền COD về tài khoản chậm vài ngày và đã bị trừ phí. Mỗi tuần, lấy "
                        "sổ đơn ra so với bảng đối soát (danh sách đơn và số tiền) mà bưu điện "
                        "hay đơn vị giao hàng gửi: đơn nào đã giao, đơn nào bị hoàn, tiền về đủ "
                        "chưa. Đơn nào lệch thì hỏi ngay, đừng để dồn cả tháng.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Cộng đủ vốn, bao bì, chi phí nhỏ và lãi",
                            "Hỏi giá ship, phí thu hộ, phí hoàn trước khi ghi giá",
                            "Ghi rõ giá đã gồm ship hay chưa",
                            "Xác nhận đơn với khách trước khi gửi",
                            "Xin cọc với đơn làm riêng, đơn lớn, khách lạ ở xa",
                        ],
                        "dont": [
                            "Ghi “freeship” mà quên cộng phí ship vào giá",
                            "Quên phí thu hộ và phí hoàn hàng",
                            "Bán lỗ kéo dài để “giữ khách”",
                            "Đăng thông tin khách bom hàng lên nhóm",
                            "Để tiền COD cả tháng không đối soát",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "tra-loi-khach-zalo",
            "title": "Trả lời khách và chốt đơn qua Zalo",
            "minutes": 7,
            "summary": (
                "Tin nhắn mẫu trả lời nhanh, lịch sự; chốt đơn đủ năm thông tin, ghi sổ đơn hàng."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Khách online thường hỏi nhiều nơi cùng lúc. Ai trả lời nhanh, lịch "
                        "sự và rõ ràng thì người đó bán được hàng. Chị không cần ôm điện thoại "
                        "cả ngày, chỉ cần có sẵn vài tin nhắn mẫu và một cách ghi đơn gọn "
                        "gàng.</p>"
                        "<p>Nếu chị làm ca ở xưởng hay ra đồng cả buổi, ghi trong bài đăng giờ "
                        "chị trả lời tin nhắn, ví dụ “Em trả lời tin nhắn sau 6 giờ chiều”. "
                        "Khách biết trước thì chờ được.</p>"
                        "<h3>Lịch sự trong tin nhắn</h3>"
                        "<ul>"
                        "<li>Mở đầu bằng “Dạ”, kết thúc bằng “ạ”, gọi tên khách nếu biết: “Dạ "
                        "chị Hà ơi, …”.</li>"
                        "<li>Viết đủ câu, ít viết tắt. Khách lớn tuổi có thể không hiểu “ib”, "
                        "“ck”, “sl”.</li>"
                        "<li>Không viết hoa cả câu, không dùng nhiều dấu chấm than: khách đọc "
                        "thấy như bị quát.</li>"
                        "<li>Khách chê đắt: không cãi. Giải thích vì sao có giá đó (nhà làm, "
                        "bóc tay, không phẩm màu), có thể gợi ý gói nhỏ hơn.</li>"
                        "<li>Khách hỏi rồi không mua: vẫn cảm ơn. Hôm nay chỉ hỏi, lần sau có "
                        "thể mua.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Năm tin nhắn mẫu nên soạn sẵn",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Khi khách hỏi giá:</b> <i>“Dạ em chào chị ạ. Tôm đất "
                                    "khô nhà làm giá 420.000đ/túi 0,5 kg, chưa gồm ship. Trong xã "
                                    "em giao miễn phí chiều thứ Tư, thứ Bảy. Chị lấy mấy túi để "
                                    "em ghi đơn ạ?”</i></p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Xin thông tin đặt hàng:</b> <i>“Dạ chị cho em xin họ "
                                    "tên người nhận, số điện thoại, địa chỉ đầy đủ (số nhà, "
                                    "thôn/xóm, xã/phường, tỉnh) và số lượng ạ.”</i></p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Xác nhận đơn:</b> <i>“Dạ em xác nhận đơn của chị: "
                                    "Nguyễn Thị Hà, số điện thoại chị vừa gửi, thôn Trung, xã "
                                    "Bình Minh. 2 túi tôm khô 0,5 kg = 840.000đ, ship 35.000đ, "
                                    "tổng 875.000đ, trả khi nhận hàng. Dự kiến nhận sau 2–4 ngày. "
                                    "Chị xem giúp em, đúng thì nhắn ‘đúng rồi’ ạ.”</i></p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Báo đã gửi hàng:</b> <i>“Dạ sáng nay em đã gửi hàng "
                                    "cho chị, mã vận đơn em gửi kèm ảnh phiếu gửi ạ. Chị để ý "
                                    "điện thoại giúp em, người giao sẽ gọi trước khi đến.”</i></p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Cảm ơn sau khi nhận:</b> <i>“Dạ chị nhận được tôm chưa "
                                    "ạ? Chị nấu thấy thế nào thì nhắn em với nhé. Em cảm ơn chị "
                                    "đã ủng hộ!”</i></p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Lưu tin nhắn mẫu ở đâu?",
                        "text": (
                            "<p>Cách đơn giản nhất: soạn các mẫu rồi gửi vào mục <b>Cloud của "
                            "tôi</b> trên Zalo, hoặc ghi trong ứng dụng ghi chú của điện thoại. "
                            "Khi cần, nhấn giữ tin nhắn mẫu, chọn sao chép, dán vào cuộc trò "
                            "chuyện với khách, sửa tên và số lượng rồi gửi. Nếu Zalo của chị có "
                            "tính năng tin nhắn nhanh thì dùng cũng được; không có thì cách sao "
                            "chép vẫn dùng tốt.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Năm thông tin phải chốt trước khi gửi hàng</h3>"
                        "<ol>"
                        "<li><b>Họ tên người nhận</b> (người đặt và người nhận có khi khác "
                        "nhau).</li>"
                        "<li><b>Số điện thoại</b> người nhận, đọc lại từng số.</li>"
                        "<li><b>Địa chỉ đầy đủ</b>: số nhà, thôn/xóm/tổ, xã/phường, tỉnh/thành. "
                        "Nơi nào vừa sáp nhập, đổi tên xã thì ghi thêm tên cũ trong ngoặc cho "
                        "người giao dễ tìm.</li>"
                        "<li><b>Hàng và số lượng</b>: loại, màu, cỡ, bao nhiêu cái.</li>"
                        "<li><b>Tổng tiền và cách trả</b>: trả khi nhận (COD), chuyển khoản "
                        "trước, hay đã cọc bao nhiêu.</li>"
                        "</ol>"
                        "<p>Gửi lại cho khách một tin tóm tắt và chờ khách xác nhận. Tin nhắn "
                        "này cũng là bằng chứng nếu sau này có hiểu lầm.</p>"
                        "<h3>Sổ ghi đơn</h3>"
                        "<p>Đừng nhớ đơn trong đầu hay để lẫn trong hàng chục cuộc trò chuyện. "
                        "Dùng một quyển vở, mỗi đơn một dòng, kẻ các cột:</p>"
                        "<ul>"
                        "<li>Ngày đặt</li>"
                        "<li>Tên khách, số điện thoại</li>"
                        "<li>Địa chỉ</li>"
                        "<li>Hàng, số lượng</li>"
                        "<li>Tổng tiền, cách trả (COD / chuyển khoản / cọc)</li>"
                        "<li>Ngày gửi, mã vận đơn</li>"
                        "<li>Đã nhận tiền chưa (đánh dấu khi tiền về)</li>"
                        "</ul>"
                        "<p>Ví dụ một dòng: <i>12/3 – chị Hà – thôn Trung, xã Bình Minh – 2 túi "
                        "tôm – 875.000đ COD – gửi 13/3 – tiền về 18/3.</i> Cuối tuần cộng lại, "
                        "chị biết bán được bao nhiêu, còn bao nhiêu tiền chưa về, khách nào hay "
                        "mua để nhắn khi có mẻ hàng mới.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Khi khách phàn nàn",
                        "steps": [
                            {
                                "text": (
                                    "<p><b>Cảm ơn và xin lỗi</b> vì khách chưa hài lòng, dù chưa "
                                    "rõ lỗi ở đâu.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Xin ảnh hoặc video</b> hàng khách nhận được để xem lỗi "
                                    "thật sự.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Lỗi của mình</b> (sai màu, dập vỡ, thiếu hàng): đề "
                                    "nghị đổi hàng hoặc trả lại tiền phần bị lỗi. <b>Khách hiểu "
                                    "nhầm</b>: nhẹ nhàng hướng dẫn cách dùng, ví dụ ngâm tôm cho "
                                    "bớt mặn.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p><b>Giải quyết trong tin nhắn riêng</b>, không tranh cãi "
                                    "trong nhóm chung.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Giữ kín thông tin của khách",
                        "text": (
                            "<p>Số điện thoại, địa chỉ của khách chỉ dùng để giao hàng. Không "
                            "chuyển cho người khác, không chụp màn hình đơn hàng đăng lên nhóm "
                            "để khoe “chốt đơn”. Muốn khoe thì che tên, số điện thoại và địa chỉ "
                            "trước.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Trả lời bằng “Dạ”, “ạ”, gọi tên khách",
                            "Báo trước giờ chị trả lời tin nhắn",
                            "Gửi tin tóm tắt đơn, chờ khách xác nhận",
                            "Ghi mỗi đơn một dòng vào sổ",
                            "Báo khách khi đã gửi hàng",
                        ],
                        "dont": [
                            "Trả lời cộc lốc “còn”, “ib”",
                            "Cãi nhau khi khách chê giá",
                            "Gửi hàng khi chưa đủ tên, số điện thoại, địa chỉ",
                            "Nhớ đơn trong đầu",
                            "Đăng ảnh đơn hàng có số điện thoại của khách",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "ban-an-toan-nhom-cho-online",
            "title": "Bán an toàn trong nhóm chi hội và phiên chợ online",
            "minutes": 8,
            "summary": (
                "Giữ đúng luật chơi của phiên chợ, nhận ra ảnh chuyển khoản giả, link "
                "“nhận tiền” và các chiêu lừa đặt cọc."
            ),
            "body": [
                (
                    "text",
                    (
                        "<p>Nhóm Zalo chi hội và phiên chợ online hằng tuần của Hội là nơi bán "
                        "hàng dễ nhất: người mua là chị em quen biết, giao trong xã, tin nhau. "
                        "Nhưng chính vì tin nhau mà kẻ gian hay trà trộn vào: giả làm khách, "
                        "giả người giao hàng, thậm chí dùng tài khoản Zalo bị chiếm của một hội "
                        "viên.</p>"
                        "<p>Hai quy tắc vàng của bài này: <b>tiền chỉ tính là đã nhận khi chị "
                        "thấy nó trong ứng dụng ngân hàng của chính mình</b>, và <b>nhận tiền "
                        "không bao giờ cần mật khẩu, mã OTP, đường link hay nộp phí</b>.</p>"
                        "<h3>Bán đúng luật chơi của phiên chợ</h3>"
                        "<ul>"
                        "<li>Đọc nội quy nhóm: giờ nào được đăng, đăng theo mẫu nào, mỗi người "
                        "mấy bài.</li>"
                        "<li>Mỗi sản phẩm một bài, có ảnh thật, giá, khối lượng, cách giao. "
                        "Không đăng dồn, không đăng đi đăng lại.</li>"
                        "<li>Đồ ăn nhà làm: ghi ngày làm, cách bảo quản, nên dùng trong bao "
                        "lâu.</li>"
                        "<li>Trong nhóm chỉ trả lời ngắn; địa chỉ, số điện thoại thì nhắn "
                        "riêng.</li>"
                        "<li>Có chuyện với khách thì giải quyết riêng, nhờ chi hội trưởng nếu "
                        "cần, không cãi nhau trong nhóm.</li>"
                        "</ul>"
                        "<h3>Chiêu 1: Ảnh chụp màn hình chuyển khoản giả</h3>"
                        "<p>Khách nhắn gấp: <i>“Em chuyển khoản 455.000đ rồi nhé chị, ảnh đây, "
                        "chị gửi hàng luôn giúp em, em cần gấp.”</i> Kèm theo là ảnh “Chuyển "
                        "khoản thành công” có logo ngân hàng, mã giao dịch, giờ phút rõ "
                        "ràng.</p>"
                        "<p>Ảnh như vậy làm giả được trong vài phút bằng ứng dụng chỉnh ảnh. Tin "
                        "nhắn SMS báo tiền cũng có thể bị giả. Dấu hiệu đáng ngờ: khách lạ, "
                        "giục gửi ngay, đơn giá trị cao, nhờ gửi cho một người khác nhận.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Khi khách báo đã chuyển khoản",
                        "steps": [
                            {
                                "text": (
                                    "<p>Tự mở <b>ứng dụng ngân hàng của chính chị</b> từ màn hình "
                                    "điện thoại. Không bấm vào đường link nào khách gửi.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Xem <b>số dư hoặc lịch sử giao dịch</b>: có khoản tiền "
                                    "đúng số tiền, đúng lúc, nội dung chuyển khoản khớp không.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Chưa thấy tiền thì nhắn lịch sự: <i>“Dạ em chưa thấy tiền "
                                    "về tài khoản, tiền vào là em gửi hàng ngay ạ.”</i> Khách "
                                    "thật sẽ chờ; kẻ gian thường giục, cáu, hoặc biến mất.</p>"
                                )
                            },
                            {
                                "text": (
                                    "<p>Thấy tiền thật rồi mới đóng gói, gửi hàng, và đánh dấu "
                                    "“đã nhận tiền” trong sổ đơn.</p>"
                                )
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Chiêu 2: Đường link “nhận tiền”</h3>"
                        "<p>“Khách” nói đã chuyển tiền nhưng bị treo, rồi nhắn: <i>“Tài khoản "
                        "chị chưa xác thực nên tiền chưa vào. Chị vào nhan-tien-nhanh.top, nhập "
                        "số thẻ và mã OTP để nhận 455.000đ nhé.”</i> Đây là trang giả, không "
                        "phải của ngân hàng nào. Nhập vào là kẻ gian rút sạch tiền trong tài "
                        "khoản. Người chuyển tiền cho chị chỉ cần số tài khoản và tên chị, chị "
                        "không phải làm gì thêm.</p>"
                        "<h3>Chiêu 3: Lừa đặt cọc</h3>"
                        "<ul>"
                        "<li><b>Người bán giả:</b> một tài khoản lạ, hoặc tài khoản mang tên "
                        "giống một chị trong nhóm, rao gạo, hải sản rẻ bất thường, đòi cọc "
                        "trước rồi chặn liên lạc.</li>"
                        "<li><b>Khách đặt số lượng lớn:</b> “đặt 50 túi làm quà cho công ty”, "
                        "rồi nhờ chị ứng trước tiền ship hay “phí bảo hiểm đơn hàng” vào một "
                        "tài khoản lạ.</li>"
                        "<li><b>Người giao hàng giả:</b> gọi báo đơn bị hoàn, đòi chị chuyển phí "
                        "vào một tài khoản cá nhân.</li>"
                        "<li><b>Bán sỉ giá rẻ, tuyển cộng tác viên:</b> đòi chuyển tiền nhập "
                        "hàng hoặc “làm nhiệm vụ” trước, hứa hoa hồng cao.</li>"
                        "</ul>"
                        "<p>Nguyên tắc: chỉ đặt cọc cho người chị biết rõ; gọi điện hoặc gọi "
                        "video để chắc đúng là chị em trong nhóm. Phí ship, phí hoàn hàng chỉ "
                        "trả theo cách đã thỏa thuận với bưu điện hay đơn vị giao hàng, không "
                        "chuyển cho tài khoản cá nhân lạ. Khi chuyển khoản, ứng dụng ngân hàng "
                        "hiện tên người nhận: tên khác với người chị đang nói chuyện thì dừng "
                        "lại.</p>"
                        "<h3>Chiêu 4: “Chuyển nhầm tiền”</h3>"
                        "<p>Tài khoản chị bỗng nhận một khoản tiền lạ, rồi có người gọi nhờ "
                        "“chuyển trả” sang một tài khoản khác. Đừng tự chuyển. Gọi tổng đài "
                        "ngân hàng in ở mặt sau thẻ hoặc ra quầy ngân hàng để được hướng dẫn "
                        "trả lại đúng cách.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nếu chị đã lỡ bị lừa",
                        "text": (
                            "<p>Làm ngay, càng sớm càng tốt:</p>"
                            "<ol>"
                            "<li>Gọi tổng đài ngân hàng in ở mặt sau thẻ, báo bị lừa, đề nghị "
                            "khóa thẻ, tài khoản nếu đã lộ thông tin.</li>"
                            "<li>Lưu bằng chứng: chụp màn hình tin nhắn, số tài khoản, tên tài "
                            "khoản, đường link.</li>"
                            "<li>Báo công an xã, phường nơi chị ở.</li>"
                            "<li>Báo chi hội trưởng để cảnh báo cả nhóm.</li>"
                            "</ol>"
                            "<p>Cẩn thận với người tự nhận “lấy lại tiền giúp” và đòi phí trước: "
                            "đó là lừa đảo lần hai.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Cả chi hội cùng giữ an toàn",
                        "text": (
                            "<p>Đề nghị nhóm chi hội có nội quy: chỉ hội viên được đăng bán, "
                            "người mới vào phải có người giới thiệu, trưởng nhóm duyệt thành "
                            "viên. Thấy tài khoản lạ hay tin nhắn đáng ngờ, chụp màn hình gửi "
                            "chi hội trưởng. Nếu Zalo của một chị bị chiếm, cả nhóm cần biết "
                            "ngay để không ai chuyển tiền.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "Kiểm tra tiền trong ứng dụng ngân hàng của chính mình",
                            "Chờ tiền vào tài khoản rồi mới gửi hàng",
                            "Gọi điện, gọi video để xác minh người quen",
                            "Xem tên người nhận trước khi chuyển khoản",
                            "Báo chi hội trưởng khi thấy dấu hiệu lừa",
                        ],
                        "dont": [
                            "Tin ảnh chụp màn hình chuyển khoản",
                            "Bấm link “nhận tiền”, “xác thực tài khoản”",
                            "Đọc hay gửi mã OTP cho bất kỳ ai",
                            "Đặt cọc cho tài khoản lạ vì giá quá rẻ",
                            "Tự chuyển trả tiền “chuyển nhầm” cho người lạ",
                            "Gửi ảnh căn cước công dân cho người mua, người bán lạ",
                        ],
                    },
                ),
            ],
        },
    ],
    "quiz": [
        # ------------------------------------------------ chup-anh-san-pham
        {
            "lesson": "chup-anh-san-pham",
            "kind": "single",
            "prompt": (
                "Chị Hoa chụp chiếc túi cói lúc 9 giờ tối, dưới bóng đèn vàng, có bật "
                "flash. Ảnh bị ngả vàng, có chỗ bóng loáng. Chị nên làm gì?"
            ),
            "choices": [
                {
                    "text": "Sáng mai chụp lại gần cửa sổ, tắt flash, trải tấm vải trơn làm nền.",
                    "correct": True,
                    "feedback": (
                        "Đúng. Ánh sáng ban ngày cho màu thật, tắt flash thì hết bóng "
                        "loáng, nền trơn làm chiếc túi nổi bật."
                    ),
                },
                {
                    "text": "Dùng bộ lọc làm trắng ảnh rồi đăng luôn.",
                    "correct": False,
                    "feedback": (
                        "Bộ lọc dễ làm màu túi khác hàng thật, khách nhận về sẽ thất vọng. "
                        "Chụp lại với ánh sáng tốt đơn giản hơn."
                    ),
                },
                {
                    "text": "Lấy ảnh một chiếc túi cói giống vậy trên mạng cho đẹp.",
                    "correct": False,
                    "feedback": (
                        "Không nên. Ảnh mạng không phải hàng của chị; khách nhận hàng khác "
                        "ảnh sẽ mất lòng tin."
                    ),
                },
                {
                    "text": "Bật đèn flash mạnh hơn cho ảnh sáng.",
                    "correct": False,
                    "feedback": "Flash chính là thứ gây bóng loáng. Càng mạnh càng bóng.",
                },
            ],
            "explanation": (
                "Chụp ban ngày gần cửa sổ, tắt flash, dùng nền trơn. Ảnh phải giống hàng thật."
            ),
        },
        {
            "lesson": "chup-anh-san-pham",
            "kind": "multiple",
            "prompt": (
                "Chị Mai chuẩn bị đăng bán túi len móc tay. Những ảnh nào nên có trong bộ "
                "ảnh? (Chọn tất cả ý đúng)"
            ),
            "choices": [
                {
                    "text": "Ảnh cả chiếc túi chụp chính diện, nằm giữa khung.",
                    "correct": True,
                    "feedback": "Đúng. Đây là ảnh đầu tiên khách nhìn thấy.",
                },
                {
                    "text": "Ảnh cận đường móc và lớp lót bên trong.",
                    "correct": True,
                    "feedback": "Đúng. Khách muốn thấy hàng làm có chắc, có kỹ không.",
                },
                {
                    "text": "Ảnh chị đeo túi để khách thấy túi to nhỏ cỡ nào.",
                    "correct": True,
                    "feedback": "Đúng. Ảnh so kích thước giúp tránh khách trả hàng vì "
                    "“tưởng to hơn”.",
                },
                {
                    "text": "Ảnh túi của một gian hàng nổi tiếng trông giống túi mình.",
                    "correct": False,
                    "feedback": "Không được. Ảnh phải là hàng thật của chị.",
                },
                {
                    "text": "Ảnh chụp phóng to từ xa bằng hai ngón tay cho nhanh.",
                    "correct": False,
                    "feedback": ("Phóng to bằng ngón tay làm ảnh vỡ hạt, mờ. Hãy bước lại gần."),
                },
            ],
            "explanation": (
                "Một bộ ảnh tốt có 4–6 ảnh thật: toàn cảnh, cận chất lượng, so kích thước, "
                "bên trong, đóng gói, đang dùng."
            ),
        },
        # ------------------------------------------------ viet-bai-dang-ban
        {
            "lesson": "viet-bai-dang-ban",
            "kind": "single",
            "prompt": (
                "Chị Lan định đăng bài dưới đây vào nhóm Zalo chi hội. Điều quan trọng "
                "nhất cần sửa là gì?"
            ),
            "scenario": "Tôm khô ngon lắm ạ!!! Giá tốt, ai lấy ib em nhé!!!",
            "choices": [
                {
                    "text": (
                        "Ghi giá cụ thể, khối lượng mỗi túi, tôm ở đâu làm, cách đặt và giao hàng."
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Khách đọc xong phải đủ thông tin để đặt ngay, không phải "
                        "hỏi 4–5 câu."
                    ),
                },
                {
                    "text": "Viết hoa cả bài và thêm dấu chấm than cho nổi.",
                    "correct": False,
                    "feedback": (
                        "Viết hoa cả bài, nhiều dấu chấm than đọc như bị quát, mà vẫn thiếu "
                        "thông tin."
                    ),
                },
                {
                    "text": "Thêm câu “ăn tôm khô chữa loãng xương” cho hấp dẫn.",
                    "correct": False,
                    "feedback": (
                        "Không được hứa chữa bệnh. Đó là quảng cáo sai, có thể bị phạt và "
                        "mất lòng tin."
                    ),
                },
                {
                    "text": "Giữ nguyên, khách muốn biết thì tự nhắn hỏi.",
                    "correct": False,
                    "feedback": (
                        "Nhiều khách ngại hỏi và lướt qua. Mỗi câu khách phải hỏi là một "
                        "lần có thể mất khách."
                    ),
                },
            ],
            "explanation": (
                "Bài đăng cần đủ: tên hàng, giá, quy cách, nguồn gốc, mô tả trung thực, "
                "cách đặt và giao hàng, ảnh thật."
            ),
        },
        {
            "lesson": "viet-bai-dang-ban",
            "kind": "multiple",
            "prompt": (
                "Những câu nào nên có trong bài đăng bán tôm khô của chị? (Chọn tất cả ý đúng)"
            ),
            "choices": [
                {
                    "text": "Giá 420.000đ / túi 0,5 kg, chưa gồm phí ship.",
                    "correct": True,
                    "feedback": "Đúng. Giá cụ thể, cho bao nhiêu, đã gồm ship hay chưa.",
                },
                {
                    "text": "Tôm hơi mặn vì luộc muối, nên ngâm nước 10 phút trước khi nấu.",
                    "correct": True,
                    "feedback": (
                        "Đúng. Nói trước điều khách cần biết thì khách không bất ngờ, không "
                        "đòi trả hàng."
                    ),
                },
                {
                    "text": "Giá: inbox.",
                    "correct": False,
                    "feedback": "Nhiều khách ngại hỏi giá và lướt qua. Hãy ghi con số.",
                },
                {
                    "text": "Tôm sạch 100%, chữa còi xương cho trẻ.",
                    "correct": False,
                    "feedback": (
                        "Không hứa chữa bệnh, không cam kết điều chị không chứng minh được."
                    ),
                },
                {
                    "text": (
                        "Bình luận “Đặt + số túi” hoặc nhắn riêng cho Lan, gửi tên, số "
                        "điện thoại, địa chỉ."
                    ),
                    "correct": True,
                    "feedback": "Đúng. Khách biết ngay phải làm gì để đặt hàng.",
                },
            ],
            "explanation": (
                "Ghi rõ giá, quy cách, cách đặt; nói thật cả điểm chưa hoàn hảo; không hứa "
                "chữa bệnh hay điều không có căn cứ."
            ),
        },
        # ------------------------------------------------ tinh-gia-ship-cod
        {
            "lesson": "tinh-gia-ship-cod",
            "kind": "single",
            "prompt": (
                "Chị Thu bán túi cói. Vốn mỗi chiếc 120.000đ, bao bì 5.000đ, chị muốn lãi "
                "35.000đ mỗi chiếc. Gửi COD đi tỉnh: phí ship 30.000đ, phí thu hộ 5.000đ. "
                "Chị muốn ghi “freeship” (chị trả hết các phí). Chị nên ghi giá bao nhiêu?"
            ),
            "choices": [
                {
                    "text": "160.000đ",
                    "correct": False,
                    "feedback": (
                        "Mới đủ vốn, bao bì và lãi. Bị trừ 35.000đ phí, chị chỉ nhận về "
                        "125.000đ: vừa đủ vốn, lãi bằng 0."
                    ),
                },
                {
                    "text": "190.000đ",
                    "correct": False,
                    "feedback": (
                        "Chị đã cộng phí ship nhưng quên phí thu hộ 5.000đ, lãi chỉ còn 30.000đ."
                    ),
                },
                {
                    "text": "195.000đ",
                    "correct": True,
                    "feedback": (
                        "Đúng: 120.000 + 5.000 + 35.000 + 30.000 + 5.000 = 195.000đ. Trừ "
                        "35.000đ phí, chị nhận về 160.000đ, lãi đúng 35.000đ."
                    ),
                },
                {
                    "text": "230.000đ",
                    "correct": False,
                    "feedback": ("Giá này cộng phí hai lần. Giá cao hơn cần thiết dễ mất khách."),
                },
            ],
            "explanation": (
                "Giá freeship = vốn + bao bì + chi phí khác + lãi + phí ship + phí thu hộ."
            ),
        },
        {
            "lesson": "tinh-gia-ship-cod",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Khách đặt COD rồi không nhận hàng thì chị không mất đồng "
                "nào, vì hàng được gửi trả về."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Hàng về nhưng chị vẫn trả phí ship chiều đi, thường "
                        "thêm phí hoàn hàng; hàng có thể bị ẩm, móp."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng vậy. Ví dụ 30.000đ ship đi + 15.000đ phí hoàn = 45.000đ mất "
                        "trắng, gần bằng lãi của cả một đơn."
                    ),
                },
            ],
            "explanation": (
                "Đơn bị bom vẫn tốn tiền. Xác nhận đơn trước khi gửi, xin cọc với đơn rủi ro."
            ),
        },
        # ------------------------------------------------ tra-loi-khach-zalo
        {
            "lesson": "tra-loi-khach-zalo",
            "kind": "single",
            "prompt": "Một khách lạ nhắn cho chị qua Zalo. Câu trả lời nào tốt nhất?",
            "scenario": "Chị ơi túi len màu be còn không ạ? Em lấy 2 cái gửi về Thái Bình.",
            "choices": [
                {
                    "text": "Còn.",
                    "correct": False,
                    "feedback": (
                        "Cộc lốc quá, khách vẫn chưa biết giá, phí ship, phải gửi thông tin gì."
                    ),
                },
                {
                    "text": "Dạ còn ạ, chị chuyển khoản 360.000đ là em gửi luôn.",
                    "correct": False,
                    "feedback": (
                        "Chưa có tên, số điện thoại, địa chỉ, chưa báo phí ship. Khách lạ "
                        "bị đòi chuyển khoản ngay cũng dễ ngại."
                    ),
                },
                {
                    "text": (
                        "Dạ còn ạ, em cảm ơn chị. Túi 180.000đ/chiếc, 2 chiếc là 360.000đ, "
                        "ship về Thái Bình khoảng 35.000đ, chị nhận hàng rồi trả tiền. Chị "
                        "cho em xin họ tên, số điện thoại, địa chỉ đầy đủ để em lên đơn ạ."
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Lịch sự, báo đủ giá và tổng tiền, xin đủ thông tin để chốt đơn."
                    ),
                },
                {
                    "text": "Dạ còn, để em gửi luôn cho chị nhé.",
                    "correct": False,
                    "feedback": (
                        "Chưa có địa chỉ, số điện thoại thì chưa gửi được, và khách chưa "
                        "biết tổng tiền."
                    ),
                },
            ],
            "explanation": (
                "Trả lời lịch sự, báo giá và tổng tiền, rồi xin đủ tên, số điện thoại, địa "
                "chỉ trước khi chốt đơn."
            ),
        },
        {
            "lesson": "tra-loi-khach-zalo",
            "kind": "multiple",
            "prompt": (
                "Trước khi gửi hàng, tin nhắn xác nhận đơn của chị cần có những thông tin "
                "nào? (Chọn tất cả ý đúng)"
            ),
            "choices": [
                {
                    "text": "Họ tên và số điện thoại người nhận.",
                    "correct": True,
                    "feedback": "Đúng. Người giao hàng cần gọi đúng người.",
                },
                {
                    "text": "Địa chỉ đầy đủ: số nhà, thôn/xóm, xã/phường, tỉnh.",
                    "correct": True,
                    "feedback": "Đúng. Thiếu địa chỉ rõ ràng, hàng dễ bị giao chậm hoặc hoàn.",
                },
                {
                    "text": "Hàng, số lượng, tổng tiền và cách trả (COD hay chuyển khoản).",
                    "correct": True,
                    "feedback": "Đúng. Hai bên thống nhất trước thì không hiểu lầm.",
                },
                {
                    "text": "Ảnh căn cước công dân của khách.",
                    "correct": False,
                    "feedback": (
                        "Bán hàng không cần giấy tờ tùy thân của khách. Xin ảnh căn cước "
                        "làm khách nghi ngờ."
                    ),
                },
                {
                    "text": "Mã OTP ngân hàng của khách để kiểm tra tiền.",
                    "correct": False,
                    "feedback": (
                        "Không bao giờ xin hay nhận mã OTP của ai. Chỉ chủ tài khoản được "
                        "biết mã này."
                    ),
                },
            ],
            "explanation": (
                "Năm thông tin: tên, số điện thoại, địa chỉ, hàng và số lượng, tổng tiền và "
                "cách trả. Gửi tóm tắt và chờ khách xác nhận."
            ),
        },
        # ------------------------------------------------ ban-an-toan-nhom-cho-online
        {
            "lesson": "ban-an-toan-nhom-cho-online",
            "kind": "single",
            "prompt": (
                "Một khách lạ nhắn tin, kèm một ảnh “Chuyển khoản thành công”. Chị làm gì "
                "trước khi gửi hàng?"
            ),
            "scenario": (
                "Em chuyển 455.000đ rồi nhé chị, ảnh đây. Chị gửi hàng ngay chiều nay giúp "
                "em, em cần gấp lắm!"
            ),
            "choices": [
                {
                    "text": "Ảnh có logo ngân hàng và mã giao dịch, gửi hàng luôn.",
                    "correct": False,
                    "feedback": (
                        "Ảnh như vậy làm giả được trong vài phút. Logo và mã giao dịch "
                        "không chứng minh tiền đã về."
                    ),
                },
                {
                    "text": (
                        "Tự mở ứng dụng ngân hàng của mình, xem lịch sử giao dịch có đúng "
                        "455.000đ chưa; thấy tiền rồi mới gửi."
                    ),
                    "correct": True,
                    "feedback": "Đúng. Chỉ tin số tiền chị thấy trong ứng dụng của chính mình.",
                },
                {
                    "text": "Bấm vào đường link khách gửi để kiểm tra giao dịch.",
                    "correct": False,
                    "feedback": (
                        "Không bấm link lạ. Chỉ kiểm tra trong ứng dụng ngân hàng do chính chị mở."
                    ),
                },
                {
                    "text": "Hỏi lại khách xem có chắc đã chuyển chưa, khách nói chắc thì gửi.",
                    "correct": False,
                    "feedback": (
                        "Lời khách nói chưa phải bằng chứng. Kẻ gian luôn nói “chắc chắn”."
                    ),
                },
            ],
            "explanation": (
                "Tiền chỉ tính là đã nhận khi thấy trong ứng dụng ngân hàng của chính mình. "
                "Khách lạ giục gấp là dấu hiệu cần cẩn thận hơn."
            ),
        },
        {
            "lesson": "ban-an-toan-nhom-cho-online",
            "kind": "single",
            "prompt": (
                "Sau khi chốt đơn với một khách mới, chị nhận được tin nhắn này. Chị nên làm gì?"
            ),
            "scenario": (
                "Chị ơi em chuyển tiền rồi nhưng bị treo do tài khoản chị chưa xác thực. "
                "Chị vào nhan-tien-nhanh.top nhập số thẻ và mã OTP để nhận 455.000đ nhé."
            ),
            "choices": [
                {
                    "text": "Vào link, nhập số thẻ nhưng không nhập mã OTP.",
                    "correct": False,
                    "feedback": (
                        "Số thẻ cũng là thông tin phải giữ kín. Trang này là giả, đừng nhập gì cả."
                    ),
                },
                {
                    "text": (
                        "Không bấm link, không nhập gì; trả lời rằng chị chỉ nhận chuyển "
                        "khoản thường, rồi báo chi hội trưởng để cảnh báo nhóm."
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Nhận tiền chỉ cần số tài khoản và tên, không bao giờ cần "
                        "OTP, link hay nộp phí."
                    ),
                },
                {
                    "text": "Nhập đủ thông tin, vì chỉ là để nhận tiền, không mất gì.",
                    "correct": False,
                    "feedback": (
                        "Nhập số thẻ và OTP vào trang giả là kẻ gian rút được tiền trong "
                        "tài khoản của chị."
                    ),
                },
                {
                    "text": "Chuyển cho khách một ít phí để “mở khóa” giao dịch.",
                    "correct": False,
                    "feedback": (
                        "Không có giao dịch nào bắt người nhận nộp phí mới nhận được tiền. "
                        "Đây là lừa đảo."
                    ),
                },
            ],
            "explanation": (
                "Nhận tiền không bao giờ cần mật khẩu, mã OTP, đường link hay nộp phí. Gặp "
                "yêu cầu như vậy là lừa đảo."
            ),
        },
        {
            "lesson": "ban-an-toan-nhom-cho-online",
            "kind": "multiple",
            "prompt": (
                "Trong phiên chợ online của chi hội, một tài khoản mang tên giống một hội "
                "viên, mới được thêm vào nhóm hôm qua, đăng bài dưới đây. Những dấu hiệu "
                "nào đáng ngờ? (Chọn tất cả ý đúng)"
            ),
            "scenario": (
                "Gạo thơm chỉ 9.000đ/kg, số lượng có hạn! Ai lấy chuyển cọc 100.000đ trước "
                "12 giờ trưa nay vào tài khoản TRAN VAN K, hết giờ không nhận!"
            ),
            "choices": [
                {
                    "text": "Giá rẻ bất thường so với giá gạo ở chợ.",
                    "correct": True,
                    "feedback": "Đúng. Rẻ bất thường là mồi nhử quen thuộc.",
                },
                {
                    "text": "Giục chuyển cọc trước giờ hẹn, “hết giờ không nhận”.",
                    "correct": True,
                    "feedback": "Đúng. Giục gấp để chị không kịp suy nghĩ, hỏi han.",
                },
                {
                    "text": "Tên tài khoản nhận tiền khác tên người đăng bài.",
                    "correct": True,
                    "feedback": "Đúng. Tên người nhận tiền phải khớp với người bán.",
                },
                {
                    "text": "Tài khoản mới vào nhóm hôm qua dù mang tên giống người quen.",
                    "correct": True,
                    "feedback": (
                        "Đúng. Có thể là tài khoản giả mạo. Gọi điện cho chị hội viên đó để hỏi."
                    ),
                },
                {
                    "text": "Bài đăng ghi giá cụ thể.",
                    "correct": False,
                    "feedback": "Ghi giá cụ thể là điều tốt, không phải dấu hiệu lừa.",
                },
                {
                    "text": "Bài được đăng trong nhóm chi hội nên chắc chắn an toàn.",
                    "correct": False,
                    "feedback": (
                        "Kẻ gian vẫn có thể trà trộn vào nhóm chi hội, hoặc dùng tài khoản "
                        "bị chiếm."
                    ),
                },
            ],
            "explanation": (
                "Rẻ bất thường, giục cọc gấp, tên người nhận tiền khác người bán, tài khoản "
                "mới: dừng lại, gọi điện cho người quen để hỏi, báo chi hội trưởng."
            ),
        },
        # ------------------------------------------------ final
        {
            "lesson": "final",
            "kind": "single",
            "prompt": (
                "Một khách lần đầu mua, ở tỉnh xa, đặt 5 túi len móc màu xanh theo yêu cầu "
                "(chị chưa có sẵn màu này), tổng 900.000đ, muốn trả khi nhận hàng (COD). "
                "Chị nên làm gì?"
            ),
            "choices": [
                {
                    "text": (
                        "Gửi tin xác nhận đơn, xin cọc trước khoảng 30% (270.000đ) vì hàng "
                        "làm riêng; thấy tiền cọc trong ứng dụng ngân hàng rồi mới làm; "
                        "phần còn lại thu COD."
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Cọc một phần giúp chị bớt rủi ro mà khách vẫn được trả phần "
                        "lớn khi nhận hàng."
                    ),
                },
                {
                    "text": "Nhận đơn COD toàn bộ, móc xong gửi luôn.",
                    "correct": False,
                    "feedback": (
                        "Hàng làm riêng: nếu khách không nhận, chị mất phí ship, phí hoàn "
                        "và khó bán lại 5 túi màu đó."
                    ),
                },
                {
                    "text": "Từ chối vì khách ở xa.",
                    "correct": False,
                    "feedback": (
                        "Không cần từ chối. Xin cọc giúp chị vừa bán được hàng vừa an toàn."
                    ),
                },
                {
                    "text": "Bắt khách chuyển đủ 900.000đ và gửi ảnh căn cước công dân.",
                    "correct": False,
                    "feedback": (
                        "Cọc một phần là đủ. Xin ảnh căn cước là không cần và làm khách ngại."
                    ),
                },
            ],
            "explanation": (
                "Đơn làm riêng, đơn lớn, khách lạ ở xa: xác nhận đủ thông tin, xin cọc một "
                "phần, kiểm tra tiền cọc trong ứng dụng ngân hàng của mình."
            ),
        },
        {
            "lesson": "final",
            "kind": "true_false",
            "prompt": (
                "Đúng hay sai: Ảnh chụp màn hình chuyển khoản có logo ngân hàng, mã giao "
                "dịch và giờ chuyển rõ ràng là đủ để gửi hàng."
            ),
            "choices": [
                {
                    "text": "Đúng",
                    "correct": False,
                    "feedback": (
                        "Chưa đúng. Ảnh chụp màn hình làm giả được dễ dàng, dù trông rất thật."
                    ),
                },
                {
                    "text": "Sai",
                    "correct": True,
                    "feedback": (
                        "Đúng vậy. Chỉ gửi hàng khi chị thấy tiền trong ứng dụng ngân hàng "
                        "của chính mình."
                    ),
                },
            ],
            "explanation": (
                "Không tin ảnh chụp màn hình hay lời khách nói. Tự mở ứng dụng ngân hàng "
                "của mình để kiểm tra."
            ),
        },
        {
            "lesson": "final",
            "kind": "multiple",
            "prompt": (
                "Chị chuẩn bị bán mắm tép nhà làm trong phiên chợ online tối thứ Bảy của "
                "chi hội. Việc nào chị nên làm? (Chọn tất cả ý đúng)"
            ),
            "choices": [
                {
                    "text": "Lau ống kính, chụp hũ mắm buổi sáng gần cửa sổ, tắt flash.",
                    "correct": True,
                    "feedback": "Đúng. Ảnh sáng, rõ, đúng màu làm khách tin.",
                },
                {
                    "text": "Ghi giá, khối lượng mỗi hũ, ngày làm, cách bảo quản.",
                    "correct": True,
                    "feedback": "Đúng. Đồ ăn nhà làm càng cần ghi rõ ngày làm và cách giữ.",
                },
                {
                    "text": "Đăng đúng giờ, theo mẫu của nhóm, mỗi sản phẩm một bài.",
                    "correct": True,
                    "feedback": "Đúng. Giữ luật chơi chung để phiên chợ gọn gàng, dễ tìm.",
                },
                {
                    "text": (
                        "Đăng tên, số điện thoại của khách tuần trước bom hàng để cảnh báo nhóm."
                    ),
                    "correct": False,
                    "feedback": (
                        "Không nên. Có thể vi phạm quy định về thông tin cá nhân và gây cãi "
                        "vã. Chỉ ghi vào sổ riêng."
                    ),
                },
                {
                    "text": "Ghi “giá inbox” để khách phải nhắn riêng.",
                    "correct": False,
                    "feedback": "Nhiều khách ngại hỏi giá và lướt qua. Hãy ghi con số.",
                },
            ],
            "explanation": (
                "Ảnh thật, thông tin đủ, đúng luật của nhóm; thông tin của khách luôn giữ kín."
            ),
        },
        {
            "lesson": "final",
            "kind": "single",
            "prompt": "Khách nhắn phàn nàn sau khi nhận tôm khô. Trả lời nào tốt nhất?",
            "scenario": "Tôm chị bán mặn quá, không như quảng cáo!",
            "choices": [
                {
                    "text": "Bài đăng em ghi rõ rồi mà chị không đọc à?",
                    "correct": False,
                    "feedback": (
                        "Dù bài có ghi, trả lời kiểu trách móc làm khách giận và kể lại với "
                        "người khác."
                    ),
                },
                {
                    "text": (
                        "Dạ em xin lỗi vì chị chưa hài lòng ạ. Tôm luộc muối nên hơi mặn, "
                        "chị ngâm nước khoảng 10 phút trước khi nấu sẽ dịu hơn. Chị gửi em "
                        "ảnh tôm, nếu hàng có lỗi em xin đổi hoặc trả lại tiền cho chị ạ."
                    ),
                    "correct": True,
                    "feedback": (
                        "Đúng. Xin lỗi, hướng dẫn cách dùng, xin ảnh và sẵn sàng đổi nếu lỗi thật."
                    ),
                },
                {
                    "text": "Không trả lời, để khách tự nguôi.",
                    "correct": False,
                    "feedback": (
                        "Im lặng làm khách nghĩ chị bỏ mặc, dễ mất khách và bị chê trong nhóm."
                    ),
                },
                {
                    "text": "Trả lời trong nhóm chung để mọi người thấy mình đúng.",
                    "correct": False,
                    "feedback": (
                        "Chuyện với khách nên giải quyết trong tin nhắn riêng, không tranh "
                        "cãi trong nhóm."
                    ),
                },
            ],
            "explanation": (
                "Khi khách phàn nàn: xin lỗi, xin ảnh, hướng dẫn cách dùng, đổi hoặc trả "
                "tiền nếu lỗi thật, giải quyết trong tin nhắn riêng."
            ),
        },
    ],
}
