package vn.vusta.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Layout} as an editable Word document in the presentation of Decree 30/2020/NĐ-CP: A4, margins
 * 20/20/30/15 mm, Times New Roman 13–14 pt, header in two columns, body justified with a first-line indent.
 *
 * <p>The WordprocessingML is written directly (three parts in a zip), not through Apache POI: POI's XML beans made
 * a dossier's DOCX files cost more than the rest of a council's task completion. Entries carry a fixed time, so the
 * same records give the same bytes (and the same SHA-256).
 */
@Component
class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int TOP = 20 * TWIPS_PER_MM;
    private static final int BOTTOM = 20 * TWIPS_PER_MM;
    private static final int LEFT = 30 * TWIPS_PER_MM;
    private static final int RIGHT = 15 * TWIPS_PER_MM;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final long ENTRY_TIME = 315532800000L; // 1980-01-01, the earliest time a zip entry can carry
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>""";

    byte[] write(Layout layout) {
        StringBuilder body = new StringBuilder(16_384);
        header(body, layout.header());
        List<Layout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Layout.Block block = blocks.get(i);
            if (layout.keptWithSignature(i)) {
                keptParagraph(body, (Layout.Paragraph) block);
            } else if (block instanceof Layout.Title t) {
                paragraph(body, "center", t.main() ? 240 : 0, 0, false, run(t.text(), 14, true, false, false));
            } else if (block instanceof Layout.Heading h) {
                paragraph(body, null, 120, 60, false, run(h.text(), 14, true, false, false));
            } else if (block instanceof Layout.Paragraph p) {
                bodyParagraph(body, p);
            } else if (block instanceof Layout.Table t) {
                table(body, t);
            } else if (block instanceof Layout.Signature s) {
                signature(body, s);
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"" + PAGE_WIDTH + "\" w:h=\"" + PAGE_HEIGHT
                + "\"/><w:pgMar w:top=\"" + TOP + "\" w:right=\"" + RIGHT + "\" w:bottom=\"" + BOTTOM + "\" w:left=\""
                + LEFT + "\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        return zip(document);
    }

    private static byte[] zip(String document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8_192);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELATIONSHIPS);
            entry(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void header(StringBuilder body, Layout.Header h) {
        StringBuilder issuer = new StringBuilder();
        if (h.issuerParent() != null) {
            paragraph(issuer, "center", 0, 0, false, run(h.issuerParent(), 12, false, false, false));
        }
        paragraph(issuer, "center", 0, 0, false, run(h.issuer(), 12, true, false, false));
        paragraph(issuer, "center", 0, 0, false, run("————", 13, false, false, false));
        StringBuilder motto = new StringBuilder();
        paragraph(motto, "center", 0, 0, false, run(h.motto(), 12, true, false, false));
        paragraph(motto, "center", 0, 0, false, run(h.mottoLine(), 13, true, false, true));
        StringBuilder number = new StringBuilder();
        paragraph(number, "center", 0, 0, false, run(h.number(), 13, false, false, false));
        StringBuilder placeDate = new StringBuilder();
        paragraph(placeDate, "center", 0, 0, false, run(h.placeDate(), 13, false, true, false));
        table(body, List.of(44, 56), false, List.of(List.of(issuer, motto), List.of(number, placeDate)));
        body.append("<w:p/>");
    }

    private static void bodyParagraph(StringBuilder body, Layout.Paragraph p) {
        if (p.centred()) {
            paragraph(body, "center", 60, 60, false, run(p.text(), 14, true, false, false));
        } else {
            paragraph(body, p.indent() ? "both" : "left", 60, 60, p.indent(), run(p.text(), 14, false, false, false));
        }
    }

    /** The body's last paragraph, kept on the page of the signature block ("keep with next"; its row cannot split). */
    private static void keptParagraph(StringBuilder body, Layout.Paragraph p) {
        StringBuilder paragraph = new StringBuilder();
        bodyParagraph(paragraph, p);
        body.append(paragraph.toString().replace("<w:pPr>", "<w:pPr><w:keepNext/>"));
    }

    private static void table(StringBuilder body, Layout.Table t) {
        List<List<CharSequence>> rows = new java.util.ArrayList<>();
        rows.add(t.columns().stream().map(c -> (CharSequence) cellParagraph(c, true)).toList());
        for (List<String> row : t.rows()) {
            rows.add(row.stream().map(c -> (CharSequence) cellParagraph(c, false)).toList());
        }
        List<Integer> widths = t.widths().isEmpty() ? t.columns().stream().map(c -> 1).toList() : t.widths();
        table(body, widths, true, rows);
        body.append("<w:p/>");
    }

    private static StringBuilder cellParagraph(String text, boolean header) {
        StringBuilder p = new StringBuilder();
        paragraph(p, header ? "center" : null, 0, 0, false, run(text, 12, header, false, false));
        return p;
    }

    private static void signature(StringBuilder body, Layout.Signature s) {
        StringBuilder left = new StringBuilder();
        for (int i = 0; i < s.left().size(); i++) {
            paragraph(left, null, 0, 0, false, run(s.left().get(i), i == 0 ? 12 : 11, i == 0, i == 0, false));
        }
        StringBuilder right = new StringBuilder();
        for (String title : s.titles()) {
            paragraph(right, "center", 0, 0, false, run(title, 14, true, false, false));
        }
        if (s.note() != null) {
            paragraph(right, "center", 0, 0, false, run(s.note(), 13, false, true, false));
        }
        if (s.name() != null) {
            right.append("<w:p/>".repeat(4));
            paragraph(right, "center", 0, 0, false, run(s.name(), 14, true, false, false));
        }
        table(body, List.of(45, 55), false, List.of(List.of(left, right)));
    }

    /** A full-width table; each cell's content is one or more complete paragraphs (or none: an empty paragraph). */
    private static void table(StringBuilder body, List<Integer> widths, boolean ruled, List<List<CharSequence>> rows) {
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>");
        if (ruled) {
            body.append("<w:tblBorders>");
            for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
                body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
            }
            body.append("</w:tblBorders>");
        }
        body.append("</w:tblPr><w:tblGrid>");
        for (int width : widths) {
            body.append("<w:gridCol w:w=\"").append(TEXT_WIDTH * width / total).append("\"/>");
        }
        body.append("</w:tblGrid>");
        for (List<CharSequence> row : rows) {
            body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>"); // a row is never split over two pages
            for (int c = 0; c < row.size(); c++) {
                int pct = 5000 * widths.get(Math.min(c, widths.size() - 1)) / total;
                body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(pct).append("\" w:type=\"pct\"/></w:tcPr>");
                body.append(row.get(c).isEmpty() ? "<w:p/>" : row.get(c)).append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
    }

    private static void paragraph(StringBuilder out, String alignment, int before, int after, boolean indent, String run) {
        out.append("<w:p><w:pPr><w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after).append("\"/>");
        if (indent) {
            out.append("<w:ind w:firstLine=\"").append(10 * TWIPS_PER_MM).append("\"/>");
        }
        if (alignment != null) {
            out.append("<w:jc w:val=\"").append(alignment).append("\"/>");
        }
        out.append("</w:pPr>").append(run).append("</w:p>");
    }

    private static String run(String text, int points, boolean bold, boolean italic, boolean underline) {
        StringBuilder run = new StringBuilder("<w:r><w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT
                + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT + "\"/>");
        run.append(bold ? "<w:b/><w:bCs/>" : "").append(italic ? "<w:i/><w:iCs/>" : "");
        run.append("<w:sz w:val=\"").append(points * 2).append("\"/><w:szCs w:val=\"").append(points * 2).append("\"/>");
        run.append(underline ? "<w:u w:val=\"single\"/>" : "");
        run.append("</w:rPr><w:t xml:space=\"preserve\">").append(escape(text == null ? "" : text)).append("</w:t></w:r>");
        return run.toString();
    }

    /** XML text: the five markup characters escaped, characters XML 1.0 cannot carry dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
