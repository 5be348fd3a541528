package vn.vusta.thidua.engine;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine considers authenticated on this thread (set by the REST filters, the webapps' session, tests), in
 * public types: Camunda hands it out as an internal class.
 */
public record Authenticated(String userId, List<String> groupIds) {

    public Authenticated {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public static Optional<Authenticated> current(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Authenticated(authentication.getUserId(), authentication.getGroupIds()));
    }
}
