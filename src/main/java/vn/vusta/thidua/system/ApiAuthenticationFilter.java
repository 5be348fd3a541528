package vn.vusta.thidua.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/*}: a user already signed in to the webapps (Tasklist, Cockpit) is accepted from
 * the session (a request that changes data must then carry the session's CSRF token, as the webapps send it);
 * otherwise HTTP Basic against the Camunda identity service. Anything else gets 401.
 * The engine's authorization checks then apply to everything the request does. Every answer carries headers
 * that keep user text from ever being executed by a browser.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identityService;
    private final BasicAuthenticationCache cache;

    ApiAuthenticationFilter(IdentityService identityService, BasicAuthenticationCache cache) {
        this.identityService = identityService;
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // JSON only: never sniffed into HTML, never framed, never cached by a shared machine's browser
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "no-store");
        String userId = fromSession(request);
        if (userId != null && changesState(request) && !carriesSessionCsrfToken(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "CSRF", "Yêu cầu thay đổi dữ liệu từ phiên đăng nhập "
                    + "phải kèm mã chống giả mạo X-XSRF-TOKEN của phiên (như Tasklist, Cockpit gửi)");
            return;
        }
        List<String> groups = null;
        if (userId == null) {
            BasicAuthenticationCache.Identity identity = fromBasicHeader(request);
            if (identity != null) {
                userId = identity.userId();
                groups = identity.groups();
            }
        }
        if (userId == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"thi-dua\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "Cần đăng nhập");
            return;
        }
        if (groups == null) {
            groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        }
        identityService.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }

    private static boolean changesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    /**
     * The webapps' own CSRF token (Camunda's CsrfPreventionFilter keeps it in the session and the XSRF-TOKEN cookie):
     * a page of another site can make the browser send the session cookie, but cannot read the token to send it back.
     * HTTP Basic clients carry no ambient credentials and need no token.
     */
    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(ENGINE);
        return authentication == null ? null : authentication.getIdentityId();
    }

    /** The identity of valid HTTP Basic credentials (remembered for a short time, see BasicAuthenticationCache). */
    private BasicAuthenticationCache.Identity fromBasicHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        BasicAuthenticationCache.Identity known = cache.get(ENGINE, header);
        if (known != null) {
            return known;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        if (!identityService.checkPassword(user, decoded.substring(colon + 1))) {
            return null;
        }
        BasicAuthenticationCache.Identity identity = BasicAuthenticationCache.identityOf(identityService, user);
        cache.put(ENGINE, header, identity);
        return identity;
    }
}
