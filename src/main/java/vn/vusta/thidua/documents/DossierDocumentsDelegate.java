package vn.vusta.thidua.documents;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the head has corrected a returned dossier (process {@code council}): the dossier's documents (Biên bản,
 * Tờ trình, Báo cáo tổng kết, Báo cáo thành tích) are generated again from the corrected records, each as its next
 * version, before the office checks again; every earlier version stays downloadable.
 */
@Component("dossierDocuments")
class DossierDocumentsDelegate implements JavaDelegate {

    static final List<DocumentKind> DOSSIER = List.of(DocumentKind.MINUTES, DocumentKind.PROPOSAL, DocumentKind.SUMMARY,
            DocumentKind.ACHIEVEMENT);

    private final DocumentService documents;

    DossierDocumentsDelegate(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String corrector = (String) execution.getVariable("dossierCorrectedBy");
        for (DocumentKind kind : DOSSIER) {
            documents.generate(execution.getProcessBusinessKey(), kind, corrector == null ? "system" : corrector);
        }
    }
}
