package vn.vusta.thidua.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.system.AuditTrail;

/**
 * Generates a cycle's documents from its stored records, in DOCX and PDF, and keeps each generation as a new version
 * (both formats share the version number); nothing generated is ever replaced.
 */
@Service
public class DocumentService {

    /** A generated file with its bytes. */
    public record Generated(StoredDocument document, byte[] content) {
    }

    private final Cycles cycles;
    private final DocumentModels models;
    private final DocxWriter docx;
    private final PdfDocumentWriter pdf;
    private final GeneratedDocuments store;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentService(Cycles cycles, DocumentModels models, DocxWriter docx, PdfDocumentWriter pdf,
            GeneratedDocuments store, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.models = models;
        this.docx = docx;
        this.pdf = pdf;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates the next version of one document of the cycle; returns the DOCX and the PDF. */
    @Transactional
    public List<Generated> generate(String businessKey, DocumentKind kind, String actor) {
        Cycle cycle = cycles.find(businessKey).orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        Layout layout = layout(kind, cycle);
        int version = store.nextVersion(businessKey, kind);
        Instant now = clock.instant();
        List<Generated> generated = List.of(
                save(cycle, kind, version, DocumentFormat.DOCX, render(layout, kind, DocumentFormat.DOCX, businessKey), now, actor),
                save(cycle, kind, version, DocumentFormat.PDF, render(layout, kind, DocumentFormat.PDF, businessKey), now, actor));
        audit.record(actor, "GENERATE_DOCUMENT", businessKey + "/documents/" + kind.slug() + "/v" + version,
                generated.stream().map(g -> g.document().fileName() + " sha256=" + g.document().sha256()).toList().toString());
        return generated;
    }

    /**
     * A draft of one document from the cycle's records as they are now, in one format; not stored and not a version:
     * the head and the chair read it before completing their task, whose completion stores the final version.
     */
    public byte[] draft(Cycle cycle, DocumentKind kind, DocumentFormat format) {
        return render(layout(kind, cycle), kind, format, cycle.businessKey());
    }

    public List<StoredDocument> list(String businessKey) {
        return store.of(businessKey);
    }

    public Generated download(String businessKey, DocumentKind kind, DocumentFormat format, Integer version) {
        StoredDocument document = store.find(businessKey, kind, format, version).orElseThrow(() -> new NoSuchElementException(
                "Chưa có " + kind.label() + (version == null ? "" : " phiên bản " + version) + " của " + businessKey));
        return new Generated(document, store.content(document.id()));
    }

    private Layout layout(DocumentKind kind, Cycle cycle) {
        return Template.load(kind.template()).fill(models.of(kind, cycle));
    }

    private byte[] render(Layout layout, DocumentKind kind, DocumentFormat format, String businessKey) {
        return format == DocumentFormat.DOCX ? docx.write(layout) : pdf.write(layout, kind.label() + " — " + businessKey);
    }

    private Generated save(Cycle cycle, DocumentKind kind, int version, DocumentFormat format, byte[] content,
            Instant now, String actor) {
        String sha = sha256(content);
        store.insert(cycle.businessKey(), kind, version, format, content, sha, now, actor);
        StoredDocument stored = store.find(cycle.businessKey(), kind, format, version).orElseThrow();
        return new Generated(stored, content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
