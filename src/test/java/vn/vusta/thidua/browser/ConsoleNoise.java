package vn.vusta.thidua.browser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Console messages at level SEVERE that are not errors of this application. Each entry says why it is ignored;
 * everything else at SEVERE fails the test.
 */
final class ConsoleNoise {

    private static final List<String> KNOWN = List.of(
            // Every webapp asks "who is signed in?" when it starts; before login the answer is 404 by design
            // (camunda-webapp's UserAuthenticationResource), which Chromium logs as a failed resource load.
            "/camunda/api/admin/auth/user/default - Failed to load resource: the server responded with a status of 404",
            // The Welcome page's profile asks for the password policy; the engine answers 404 when the policy is off,
            // which only the demo and test profiles do (application-demo.yaml: the demo password "demo" is weak).
            "/camunda/api/engine/engine/default/identity/password-policy - Failed to load resource: the server responded with a status of 404");

    private ConsoleNoise() {
    }

    /**
     * Tasklist polls the open filter's list; a poll still in flight when the test logs out comes back 401 after the
     * session ended (seen only on the login page, right after a logout).
     */
    private static final Pattern FILTER_POLL_AFTER_LOGOUT = Pattern.compile(
            "/camunda/api/engine/engine/default/filter/[^/ ]+/list\\S* - Failed to load resource: the server responded with a status of 401");

    static boolean isNoise(String message) {
        return KNOWN.stream().anyMatch(message::contains);
    }

    static boolean isNoise(String message, String pageUrl) {
        return isNoise(message) || (pageUrl != null && pageUrl.endsWith("#/login") && FILTER_POLL_AFTER_LOGOUT.matcher(message).find());
    }
}
