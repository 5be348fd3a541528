package vn.vusta.thidua.documents;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.workflow.Actor;

/**
 * A nominee's achievement report was written or corrected ({@code Task_WriteAchievementReport},
 * {@code Task_CorrectAchievementReport}, complete): the dossier's achievement reports document is generated again, as
 * its next version.
 */
@Component("achievementDocuments")
class AchievementDocumentsListener extends TaskDocuments {

    AchievementDocumentsListener(DocumentService documents, Actor actor) {
        super(documents, actor, List.of(DocumentKind.ACHIEVEMENT));
    }
}
