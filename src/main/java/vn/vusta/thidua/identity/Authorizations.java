package vn.vusta.thidua.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants engine permissions idempotently: an existing grant for the same subject and resource is extended. */
@Component
public class Authorizations {

    private final AuthorizationService authorizationService;

    Authorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        save(authorization, resource, resourceId, permissions);
    }

    public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        save(authorization, resource, resourceId, permissions);
    }

    /** A grant to every authenticated user. */
    public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
        authorization.setUserId(ANY);
        save(authorization, resource, resourceId, permissions);
    }

    /**
     * The same grants for many subjects at once (start-up): the existing grant and global authorizations are read
     * in one query, so each grant costs a query only when it is new or changed, not one query per grant.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Grants against one snapshot of the existing authorizations; see {@link #batch()}. */
    public final class Batch {

        private final Map<String, Authorization> existing = new HashMap<>();
        private final Set<String> createdHere = new HashSet<>();

        private Batch() {
            for (Authorization authorization : authorizationService.createAuthorizationQuery().list()) {
                if (authorization.getAuthorizationType() == AUTH_TYPE_GRANT
                        || authorization.getAuthorizationType() == AUTH_TYPE_GLOBAL) {
                    existing.putIfAbsent(key(authorization.getAuthorizationType(), authorization.getUserId(),
                            authorization.getGroupId(), authorization.getResourceType(), authorization.getResourceId()),
                            authorization);
                }
            }
        }

        public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
            grant(AUTH_TYPE_GRANT, null, groupId, resource, resourceId, permissions);
        }

        public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
            grant(AUTH_TYPE_GRANT, userId, null, resource, resourceId, permissions);
        }

        public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
            grant(AUTH_TYPE_GLOBAL, ANY, null, resource, resourceId, permissions);
        }

        private void grant(int type, String userId, String groupId, Resource resource, String resourceId,
                Permission... permissions) {
            String key = key(type, userId, groupId, resource.resourceType(), resourceId);
            Authorization authorization = existing.get(key);
            if (authorization != null && createdHere.contains(key)) {
                // re-read what this batch inserted, so an update carries the stored revision
                authorization = authorizationService.createAuthorizationQuery().authorizationId(authorization.getId())
                        .singleResult();
            }
            if (authorization == null) {
                authorization = authorizationService.createNewAuthorization(type);
                if (groupId != null) {
                    authorization.setGroupId(groupId);
                } else {
                    authorization.setUserId(userId);
                }
            }
            boolean isNew = authorization.getId() == null;
            existing.put(key, save(authorization, resource, resourceId, permissions));
            if (isNew) {
                createdHere.add(key);
            }
        }

        private static String key(int type, String userId, String groupId, int resourceType, String resourceId) {
            return type + "|" + (userId == null ? "" : "u:" + userId) + (groupId == null ? "" : "g:" + groupId) + "|"
                    + resourceType + "|" + resourceId;
        }
    }

    private Authorization save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
        boolean changed = authorization.getId() == null;
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            return authorizationService.saveAuthorization(authorization);
        }
        return authorization;
    }
}
