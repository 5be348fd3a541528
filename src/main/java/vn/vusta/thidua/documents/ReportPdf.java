package vn.vusta.thidua.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Prints a {@link PrintedReport} as PDF, through the dossier documents' PDF writer. */
@Component
public class ReportPdf {

    private final PdfDocumentWriter pdf;

    ReportPdf(PdfDocumentWriter pdf) {
        this.pdf = pdf;
    }

    public byte[] write(PrintedReport report) {
        Layout.Header header = new Layout.Header(report.issuerParent(), report.issuer(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", null, report.placeDate());
        List<Layout.Block> blocks = new ArrayList<>();
        blocks.add(new Layout.Title(report.title(), true));
        blocks.add(new Layout.Title(report.subtitle(), false));
        for (PrintedReport.Section section : report.sections()) {
            blocks.add(new Layout.Heading(section.heading()));
            if (section.rows().isEmpty()) {
                blocks.add(new Layout.Paragraph(section.emptyText(), false, false));
            } else {
                blocks.add(new Layout.Table(section.columns(), section.widths(), section.rows()));
            }
        }
        return pdf.write(new Layout(header, blocks), report.title() + " — " + report.subtitle());
    }
}
