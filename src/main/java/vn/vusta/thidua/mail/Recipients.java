package vn.vusta.thidua.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The people behind a group or a user id, with the e-mail address an administrator entered in the Admin webapp.
 * A group none of whose users has an address yields one unreachable {@link Recipient}, so that the outbox shows who
 * could not be told.
 */
@Component
class Recipients {

    private final IdentityService identityService;

    Recipients(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<Recipient> ofGroup(String groupId) {
        List<Recipient> found = new ArrayList<>();
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
            if (hasAddress(user)) {
                found.add(of(user, groupId));
            }
        }
        return found.isEmpty() ? List.of(Recipient.nobodyIn(groupId)) : found;
    }

    /**
     * The user, unreachable if it has no address; nobody if there is no such user (a cluster without a supervisor
     * account is not an error).
     */
    List<Recipient> ofUser(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return List.of();
        }
        return List.of(hasAddress(user) ? of(user, null) : new Recipient(user.getId(), name(user), null, null));
    }

    /** The groups' names as the identity service (Admin) gives them, in the given order; a group's id if it has none. */
    List<String> groupNames(List<String> groupIds) {
        Map<String, String> names = new HashMap<>();
        identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
                .forEach(g -> names.put(g.getId(), g.getName()));
        return groupIds.stream().map(id -> Objects.requireNonNullElse(names.get(id), id)).toList();
    }

    private static boolean hasAddress(User user) {
        return user.getEmail() != null && user.getEmail().contains("@");
    }

    private static Recipient of(User user, String group) {
        return new Recipient(user.getId(), name(user), user.getEmail().trim(), group);
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
