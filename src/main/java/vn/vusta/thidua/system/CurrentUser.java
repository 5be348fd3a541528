package vn.vusta.thidua.system;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.Authenticated;

/** The user authenticated for the current request (set by {@link ApiAuthenticationFilter}). */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        return authentication().userId();
    }

    public List<String> groups() {
        return authentication().groupIds();
    }

    public boolean isAdministrator() {
        return groups().contains(GroupIds.ADMIN);
    }

    public boolean isIn(String group) {
        return groups().contains(group);
    }

    /** The province this user is an officer of, if any. */
    public Optional<String> province() {
        return groups().stream().filter(GroupIds::isProvince).map(GroupIds::provinceOf).findFirst();
    }

    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new ForbiddenException("Chỉ quản trị viên được thực hiện thao tác này");
        }
    }

    private Authenticated authentication() {
        return Authenticated.current(identityService)
                .orElseThrow(() -> new IllegalStateException("no authenticated user on this request"));
    }
}
