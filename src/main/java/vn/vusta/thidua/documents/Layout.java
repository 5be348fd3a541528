package vn.vusta.thidua.documents;

import java.util.List;

/**
 * A filled document, independent of its format: the header of Decree 30/2020/NĐ-CP (issuing body, national motto,
 * number and symbol, place and date) and the blocks of the body in reading order. {@link DocxWriter} and
 * {@link PdfDocumentWriter} render the same layout, so the two formats never say different things.
 */
record Layout(Header header, List<Block> blocks) {

    /**
     * Whether block {@code index} is the body's last paragraph, right before the signature block: the writers keep
     * the two on one page (a decision's last article with "Nơi nhận" and the signature).
     */
    boolean keptWithSignature(int index) {
        return index >= 0 && index + 1 < blocks.size() && blocks.get(index) instanceof Paragraph
                && blocks.get(index + 1) instanceof Signature;
    }

    /** Left column: parent body and issuing body; right column: motto; then number (left) and place-date (right). */
    record Header(String issuerParent, String issuer, String motto, String mottoLine, String number, String placeDate) {
    }

    sealed interface Block permits Title, Heading, Paragraph, Table, Signature {
    }

    /** Centred and bold; {@code main} is the document's name (BIÊN BẢN, TỜ TRÌNH…), else a line under it. */
    record Title(String text, boolean main) implements Block {
    }

    record Heading(String text) implements Block {
    }

    /** Body text; {@code indent}: justified with a first-line indent, else flush left; {@code centred}: bold centred. */
    record Paragraph(String text, boolean indent, boolean centred) implements Block {
    }

    /** A ruled table; {@code widths} are relative column widths. */
    record Table(List<String> columns, List<Integer> widths, List<List<String>> rows) implements Block {
    }

    /** Bottom left: recipients or a second signer (first line bold); bottom right: signer's titles, note, name. */
    record Signature(List<String> left, List<String> titles, String note, String name) implements Block {
    }
}
