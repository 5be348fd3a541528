package vn.vusta.thidua.reference;

import java.util.List;

/** The eight fields of work (lĩnh vực) in which units set targets (docs/domain.md); numbered 1–8 in forms and tables. */
public final class FieldsOfWork {

    public static final List<String> NAMES = List.of(
            "Xây dựng và phát triển tổ chức",
            "Giáo dục chính trị tư tưởng, tập hợp trí thức",
            "Tư vấn, phản biện và giám định xã hội",
            "Nghiên cứu, ứng dụng khoa học và công nghệ, bảo vệ môi trường",
            "Thông tin, phổ biến kiến thức khoa học và công nghệ",
            "Hợp tác quốc tế",
            "Hội thi Sáng tạo kỹ thuật; Cuộc thi Sáng tạo thanh thiếu niên nhi đồng",
            "Tôn vinh trí thức");

    public static final int COUNT = NAMES.size();

    private FieldsOfWork() {
    }

    public static String name(int field) {
        return NAMES.get(field - 1);
    }
}
