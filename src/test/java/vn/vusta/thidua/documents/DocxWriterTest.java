package vn.vusta.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The DOCX written without POI, read back with POI as Word would open it. */
class DocxWriterTest {

    private static final Layout LAYOUT = new Layout(
            new Layout.Header("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM", "CỤM THI ĐUA SỐ 8", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: …/BB-CTĐ8", "Vĩnh Long, ngày 21 tháng 12 năm 2024"),
            List.of(new Layout.Title("BIÊN BẢN", true), new Layout.Title("Họp bình xét <năm 2024>", false),
                    new Layout.Heading("I. Thành phần"),
                    new Layout.Paragraph("Điểm \"tổng kết\" 96,5 & xếp thứ 1/6\u0007", true, false),
                    new Layout.Paragraph("Kết luận", false, true),
                    new Layout.Table(List.of("Đơn vị", "Số phiếu"), List.of(3, 1),
                            List.of(List.of("Vĩnh Long", "5/6"), List.of("Đồng Tháp", ""))),
                    new Layout.Signature(List.of("Nơi nhận:", "- LHHVN;"), List.of("CỤM TRƯỞNG"), "(ký, đóng dấu)",
                            "Nguyễn Văn A")));

    private final DocxWriter writer = new DocxWriter();

    @Test
    void shouldOpenInPoiWithEveryTextInReadingOrder() throws IOException {
        try (XWPFDocument doc = read(writer.write(LAYOUT)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Họp bình xét <năm 2024>",
                    "Điểm \"tổng kết\" 96,5 & xếp thứ 1/6", "Đồng Tháp", "5/6", "Nguyễn Văn A", "(ký, đóng dấu)")
                    .doesNotContain("\u0007");
            assertThat(text.indexOf("BIÊN BẢN")).isLessThan(text.indexOf("I. Thành phần"));
            assertThat(text.indexOf("I. Thành phần")).isLessThan(text.indexOf("Vĩnh Long\t5/6"));
            assertThat(doc.getTables()).hasSize(3);
        }
    }

    @Test
    void shouldKeepThePresentationOfDecree30() throws IOException {
        try (XWPFDocument doc = read(writer.write(LAYOUT))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(30 * 56);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(15 * 56);

            XWPFParagraph title = paragraph(doc, "BIÊN BẢN");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.getRuns().get(0);
            assertThat(titleRun.isBold()).isTrue();
            assertThat(titleRun.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(titleRun.getFontSizeAsDouble()).isEqualTo(14.0);

            XWPFParagraph body = paragraph(doc, "Điểm");
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isEqualTo(10 * 56);
            assertThat(body.getRuns().get(0).isBold()).isFalse();

            XWPFTable header = doc.getTables().get(0);
            XWPFRun motto = header.getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0);
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
            assertThat(header.getCTTbl().getTblPr().isSetTblBorders()).as("the header is borderless").isFalse();

            XWPFTable votes = doc.getTables().get(1);
            assertThat(votes.getCTTbl().getTblPr().isSetTblBorders()).as("a data table is ruled").isTrue();
            assertThat(votes.getRows()).hasSize(3);
            assertThat(votes.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(votes.getRow(2).getCell(1).getText()).isEmpty();
        }
    }

    @Test
    void shouldKeepTheLastArticleOnThePageOfTheSignatureBlock() throws IOException {
        Layout decision = new Layout(LAYOUT.header(), List.of(new Layout.Title("QUYẾT ĐỊNH", true),
                new Layout.Paragraph("Điều 2. Cụm trưởng năm sau", true, false),
                new Layout.Paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký./.", true, false),
                new Layout.Signature(List.of("Nơi nhận:", "- Như Điều 3;"), List.of("CHỦ TỊCH"), "(Ký, ghi rõ họ tên, đóng dấu)",
                        "Trần Văn An")));
        try (XWPFDocument doc = read(writer.write(decision))) {
            assertThat(paragraph(doc, "Điều 3.").getCTP().getPPr().isSetKeepNext()).as("keep with next").isTrue();
            assertThat(paragraph(doc, "Điều 2.").getCTP().getPPr().isSetKeepNext()).isFalse();
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getText()).contains("Nơi nhận:", "Trần Văn An");
            assertThat(signature.getRow(0).isCantSplitRow()).as("the signature row is never split").isTrue();
        }
    }

    @Test
    void shouldGiveTheSameBytesForTheSameLayout() {
        assertThat(writer.write(LAYOUT)).isEqualTo(writer.write(LAYOUT));
        assertThat(DocumentService.sha256(writer.write(LAYOUT))).isEqualTo(DocumentService.sha256(writer.write(LAYOUT)));
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }
}
