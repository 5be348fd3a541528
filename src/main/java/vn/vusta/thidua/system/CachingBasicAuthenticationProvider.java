package vn.vusta.thidua.system;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic provider for {@code /engine-rest}, with a successful authentication remembered for a short
 * time ({@link BasicAuthenticationCache}). It also returns the user's groups and tenants, so the filter does not
 * query them again: a repeated request with the same credentials sends no SQL for authentication.
 */
class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    private final BasicAuthenticationCache cache;

    CachingBasicAuthenticationProvider(BasicAuthenticationCache cache) {
        this.cache = cache;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String header = request.getHeader("Authorization");
        BasicAuthenticationCache.Identity known = cache.get(engine.getName(), header);
        if (known != null) {
            return result(known);
        }
        AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
        if (!checked.isAuthenticated()) {
            return checked;
        }
        BasicAuthenticationCache.Identity identity =
                BasicAuthenticationCache.identityOf(engine.getIdentityService(), checked.getAuthenticatedUser());
        cache.put(engine.getName(), header, identity);
        return result(identity);
    }

    private static AuthenticationResult result(BasicAuthenticationCache.Identity identity) {
        AuthenticationResult result = AuthenticationResult.successful(identity.userId());
        result.setGroups(identity.groups());
        result.setTenants(identity.tenants());
        return result;
    }
}
