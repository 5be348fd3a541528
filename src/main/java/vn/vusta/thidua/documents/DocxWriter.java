package vn.vusta.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Layout} as an editable Word document in the presentation of Decree 30/2020/NĐ-CP: A4, margins
 * 20/20/30/15 mm, Times New Roman 13–14 pt, header in two columns, body justified with a first-line indent.
 */
@Component
class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    byte[] write(Layout layout) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, layout.header());
            for (Layout.Block block : layout.blocks()) {
                if (block instanceof Layout.Title t) {
                    centred(doc.createParagraph(), t.text(), 14, true, false, t.main() ? 240 : 0);
                } else if (block instanceof Layout.Heading h) {
                    text(spaced(doc.createParagraph(), 120), h.text(), 14, true, false);
                } else if (block instanceof Layout.Paragraph p) {
                    paragraph(doc, p);
                } else if (block instanceof Layout.Table t) {
                    table(doc, t);
                } else if (block instanceof Layout.Signature s) {
                    signature(doc, s);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument doc, Layout.Header h) {
        XWPFTable table = borderless(doc.createTable(2, 2), List.of(44, 56));
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph first = issuer.getParagraphs().get(0);
        if (h.issuerParent() != null) {
            centred(first, h.issuerParent(), 12, false, false, 0);
            first = issuer.addParagraph();
        }
        centred(first, h.issuer(), 12, true, false, 0);
        centred(issuer.addParagraph(), "————", 13, false, false, 0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        centred(motto.getParagraphs().get(0), h.motto(), 12, true, false, 0);
        XWPFRun line = centred(motto.addParagraph(), h.mottoLine(), 13, true, false, 0);
        line.setUnderline(UnderlinePatterns.SINGLE);
        centred(table.getRow(1).getCell(0).getParagraphs().get(0), h.number(), 13, false, false, 0);
        centred(table.getRow(1).getCell(1).getParagraphs().get(0), h.placeDate(), 13, false, true, 0);
        doc.createParagraph();
    }

    private static void paragraph(XWPFDocument doc, Layout.Paragraph p) {
        XWPFParagraph paragraph = spaced(doc.createParagraph(), 60);
        if (p.centred()) {
            centred(paragraph, p.text(), 14, true, false, 0);
            return;
        }
        paragraph.setAlignment(p.indent() ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
        if (p.indent()) {
            paragraph.setIndentationFirstLine(10 * TWIPS_PER_MM);
        }
        text(paragraph, p.text(), 14, false, false);
    }

    private static void table(XWPFDocument doc, Layout.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        table.setWidth("100%");
        fillRow(table.getRow(0), t.columns(), true);
        for (int i = 0; i < t.rows().size(); i++) {
            fillRow(table.getRow(i + 1), t.rows().get(i), false);
        }
        widths(table, t.widths());
        doc.createParagraph();
    }

    private static void fillRow(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            if (header) {
                centred(p, cells.get(c), 12, true, false, 0);
            } else {
                text(p, cells.get(c), 12, false, false);
            }
        }
    }

    private static void signature(XWPFDocument doc, Layout.Signature s) {
        XWPFTable table = borderless(doc.createTable(1, 2), List.of(45, 55));
        XWPFTableCell left = table.getRow(0).getCell(0);
        for (int i = 0; i < s.left().size(); i++) {
            XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
            text(p, s.left().get(i), i == 0 ? 12 : 11, i == 0, i == 0);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        for (int i = 0; i < s.titles().size(); i++) {
            centred(i == 0 ? right.getParagraphs().get(0) : right.addParagraph(), s.titles().get(i), 14, true, false, 0);
        }
        if (s.note() != null) {
            centred(right.addParagraph(), s.note(), 13, false, true, 0);
        }
        if (s.name() != null) {
            for (int i = 0; i < 4; i++) {
                right.addParagraph();
            }
            centred(right.addParagraph(), s.name(), 14, true, false, 0);
        }
    }

    private static XWPFTable borderless(XWPFTable table, List<Integer> widths) {
        table.removeBorders();
        table.setWidth("100%");
        widths(table, widths);
        return table;
    }

    private static void widths(XWPFTable table, List<Integer> widths) {
        if (widths.isEmpty()) {
            return;
        }
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.size() && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(widths.get(c) * 100 / total + "%");
            }
        }
    }

    private static XWPFParagraph spaced(XWPFParagraph p, int before) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFRun centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic, int before) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(before);
        return text(p, text, size, bold, italic);
    }

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
        return run;
    }
}
