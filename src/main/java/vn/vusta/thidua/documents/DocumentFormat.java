package vn.vusta.thidua.documents;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** DOCX to edit, sign and stamp in an office; PDF to read and print as generated. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    DocumentFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    static DocumentFormat ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không có định dạng " + extension + " (docx hoặc pdf)"));
    }
}
