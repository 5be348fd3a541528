package vn.vusta.thidua.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.CycleAccess;
import vn.vusta.thidua.cycle.Cycles;

/**
 * A cycle's generated documents, for exactly those who may read the cycle ({@link CycleAccess}): the list of every
 * version, one file (the latest version unless {@code ?version=} says otherwise), and a draft made on request.
 */
@RestController
@RequestMapping("/api/cycles/{businessKey}/documents")
class DocumentController {

    private final Cycles cycles;
    private final CycleAccess access;
    private final DocumentService documents;

    DocumentController(Cycles cycles, CycleAccess access, DocumentService documents) {
        this.cycles = cycles;
        this.access = access;
        this.documents = documents;
    }

    @GetMapping
    List<Map<String, Object>> list(@PathVariable String businessKey) {
        readable(businessKey);
        return documents.list(businessKey).stream().map(DocumentController::view).toList();
    }

    @GetMapping("/{kind:[a-z]+}.{format:docx|pdf}")
    ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable String kind,
            @PathVariable String format, @RequestParam(required = false) Integer version) {
        readable(businessKey);
        DocumentService.Generated file = documents.download(businessKey, DocumentKind.ofSlug(kind),
                DocumentFormat.ofExtension(format), version);
        return attachment(file.document().format(), file.document().fileName())
                .header("X-Content-SHA256", file.document().sha256())
                .body(file.content());
    }

    /** A draft from the records as they are now (not stored; see {@link DocumentService#draft}). */
    @GetMapping("/draft/{kind:[a-z]+}.{format:docx|pdf}")
    ResponseEntity<byte[]> draft(@PathVariable String businessKey, @PathVariable String kind, @PathVariable String format) {
        Cycle cycle = readable(businessKey);
        DocumentKind documentKind = DocumentKind.ofSlug(kind);
        DocumentFormat documentFormat = DocumentFormat.ofExtension(format);
        // no caching: ApiAuthenticationFilter answers every /api request with Cache-Control: no-store
        return attachment(documentFormat, documentKind.slug() + "-" + businessKey + "-du-thao." + documentFormat.extension())
                .body(documents.draft(cycle, documentKind, documentFormat));
    }

    private static ResponseEntity.BodyBuilder attachment(DocumentFormat format, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }

    private Cycle readable(String businessKey) {
        Cycle cycle = cycles.find(businessKey).orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        access.scopeFor(cycle);
        return cycle;
    }

    private static Map<String, Object> view(StoredDocument d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", d.kind().slug());
        view.put("name", d.kind().label());
        view.put("version", d.version());
        view.put("format", d.format().extension());
        view.put("fileName", d.fileName());
        view.put("size", d.size());
        view.put("sha256", d.sha256());
        view.put("createdAt", d.createdAt().toString());
        view.put("createdBy", d.createdBy());
        view.put("href", "/api/cycles/" + d.businessKey() + "/documents/" + d.kind().slug() + "." + d.format().extension()
                + "?version=" + d.version());
        return view;
    }
}
