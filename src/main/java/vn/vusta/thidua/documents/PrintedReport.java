package vn.vusta.thidua.documents;

import java.util.List;

/**
 * A report made of tables that another feature assembles (the overview's national summary of a year) and this package
 * prints ({@link ReportPdf}) with the same header, fonts and table style as the dossier's documents.
 */
public record PrintedReport(String issuerParent, String issuer, String placeDate, String title, String subtitle,
        List<Section> sections) {

    /** A heading and its table; {@code emptyText} is printed instead of a table without rows. */
    public record Section(String heading, List<String> columns, List<Integer> widths, List<List<String>> rows,
            String emptyText) {
    }
}
