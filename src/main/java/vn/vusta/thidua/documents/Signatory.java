package vn.vusta.thidua.documents;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.system.GroupIds;

/**
 * Who signs the award decision, as printed in the signature block: the title configured in
 * {@code thidua.documents.signer-title} (printed in capitals) and the name from the signer's Camunda profile.
 */
@Component
class Signatory {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final IdentityService identityService;
    private final String title;

    Signatory(IdentityService identityService, @Value("${thidua.documents.signer-title:Chủ tịch}") String title) {
        this.identityService = identityService;
        this.title = title;
    }

    String title() {
        return title.strip().toUpperCase(VIETNAMESE);
    }

    /**
     * The name of the user who signed; before the signature, of the council's chair when the chair group has exactly
     * one member (the draft is signed by that person); null when unknown or the profile has no name.
     */
    String name(String signedBy) {
        if (signedBy != null) {
            return fullName(identityService.createUserQuery().userId(signedBy).singleResult());
        }
        List<User> chairs = identityService.createUserQuery().memberOfGroup(GroupIds.COUNCIL_CHAIR).listPage(0, 2);
        return chairs.size() == 1 ? fullName(chairs.get(0)) : null;
    }

    /**
     * Vietnamese order: family and middle names first. Admin labels Camunda's last name "Họ và tên đệm" and its first
     * name "Tên", so "Nguyễn Văn" + "An" prints "Nguyễn Văn An".
     */
    static String fullName(User user) {
        if (user == null) {
            return null;
        }
        String name = (blankIfNull(user.getLastName()) + " " + blankIfNull(user.getFirstName())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
