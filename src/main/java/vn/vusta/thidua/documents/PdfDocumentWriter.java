package vn.vusta.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * Writes a {@link Layout} as PDF with the same presentation as {@link DocxWriter}. The text is set in Liberation Serif
 * (metric-compatible with Times New Roman, SIL Open Font License, {@code src/main/resources/fonts/}), embedded as a
 * Unicode subset so that Vietnamese prints and copies correctly everywhere.
 */
@Component
class PdfDocumentWriter {

    private static final float MM = 72f / 25.4f;

    /** Read on the first PDF written, not at start-up: four TrueType files of ~380 KB each, parsed by OpenPDF. */
    private static final class Fonts {
        static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");
    }

    byte[] write(Layout layout, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("Thi đua – LHHVN");
            doc.open();
            header(doc, layout.header());
            List<Layout.Block> blocks = layout.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Layout.Block block = blocks.get(i);
                if (layout.keptWithSignature(i)) {
                    continue; // written with the signature block, in one piece
                }
                if (block instanceof Layout.Title t) {
                    doc.add(centred(t.text(), bold(14), t.main() ? 12 : 0));
                } else if (block instanceof Layout.Heading h) {
                    doc.add(spaced(new Paragraph(h.text(), bold(14)), 6));
                } else if (block instanceof Layout.Paragraph p) {
                    doc.add(paragraph(p));
                } else if (block instanceof Layout.Table t) {
                    doc.add(table(t));
                } else if (block instanceof Layout.Signature s) {
                    doc.add(signature(s, layout.keptWithSignature(i - 1) ? (Layout.Paragraph) blocks.get(i - 1) : null));
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written: " + e.getMessage(), e);
        }
    }

    private void header(Document doc, Layout.Header h) {
        PdfPTable table = borderless(new float[] {44, 56});
        PdfPCell issuer = cell();
        if (h.issuerParent() != null) {
            issuer.addElement(centred(h.issuerParent(), new Font(Fonts.REGULAR, 12), 0));
        }
        issuer.addElement(centred(h.issuer(), bold(12), 0));
        issuer.addElement(rule(35));
        table.addCell(issuer);
        PdfPCell motto = cell();
        motto.addElement(centred(h.motto(), bold(12), 0));
        motto.addElement(centred(h.mottoLine(), bold(13), 0));
        motto.addElement(rule(55));
        table.addCell(motto);
        PdfPCell number = cell();
        number.addElement(centred(h.number(), new Font(Fonts.REGULAR, 13), 4));
        table.addCell(number);
        PdfPCell placeDate = cell();
        placeDate.addElement(centred(h.placeDate(), new Font(Fonts.ITALIC, 13), 4));
        table.addCell(placeDate);
        table.setSpacingAfter(12);
        doc.add(table);
    }

    private Paragraph paragraph(Layout.Paragraph p) {
        if (p.centred()) {
            return centred(p.text(), bold(14), 6);
        }
        Paragraph paragraph = spaced(new Paragraph(p.text(), new Font(Fonts.REGULAR, 14)), 3);
        if (p.indent()) {
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(10 * MM);
        }
        return paragraph;
    }

    private PdfPTable table(Layout.Table t) {
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        if (t.widths().size() == t.columns().size()) {
            float[] widths = new float[t.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = t.widths().get(i);
            }
            table.setWidths(widths);
        }
        table.setHeaderRows(1);
        for (String column : t.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, bold(12)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value, new Font(Fonts.REGULAR, 12)));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        return table;
    }

    /**
     * The signature block as one table that is never split: recipients left, signer right, and above them the body's
     * last paragraph when there is one, so that a page break moves that paragraph with the block instead of leaving
     * "Nơi nhận" and the signature alone on the last page.
     */
    private PdfPTable signature(Layout.Signature s, Layout.Paragraph last) {
        PdfPTable table = borderless(new float[] {45, 55});
        table.setKeepTogether(true);
        if (last != null) {
            PdfPCell above = cell();
            above.setColspan(2);
            above.setPaddingBottom(12);
            above.addElement(paragraph(last));
            table.addCell(above);
        } else {
            table.setSpacingBefore(12);
        }
        PdfPCell left = cell();
        for (int i = 0; i < s.left().size(); i++) {
            left.addElement(new Paragraph(s.left().get(i), i == 0 ? new Font(Fonts.BOLD_ITALIC, 12) : new Font(Fonts.REGULAR, 11)));
        }
        table.addCell(left);
        PdfPCell right = cell();
        for (String title : s.titles()) {
            right.addElement(centred(title, bold(14), 0));
        }
        if (s.note() != null) {
            right.addElement(centred(s.note(), new Font(Fonts.ITALIC, 13), 0));
        }
        if (s.name() != null) {
            right.addElement(centred(s.name(), bold(14), 60));
        }
        table.addCell(right);
        return table;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph rule(float percent) {
        Paragraph p = new Paragraph(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        p.setLeading(7);
        return p;
    }

    private static Paragraph centred(String text, Font font, float before) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph spaced(Paragraph p, float before) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(3);
        return p;
    }

    private Font bold(float size) {
        return new Font(Fonts.BOLD, size);
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfDocumentWriter.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/" + file + " is missing");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
