package vn.vusta.thidua.browser;

import java.util.List;

/**
 * Console messages at level SEVERE that are not errors of this application. Each entry says why it is ignored;
 * everything else at SEVERE fails the test.
 */
final class ConsoleNoise {

    private static final List<String> KNOWN = List.of(
            // Every webapp asks "who is signed in?" when it starts; before login the answer is 404 by design
            // (camunda-webapp's UserAuthenticationResource), which Chromium logs as a failed resource load.
            "/camunda/api/admin/auth/user/default - Failed to load resource: the server responded with a status of 404");

    private ConsoleNoise() {
    }

    static boolean isNoise(String message) {
        return KNOWN.stream().anyMatch(message::contains);
    }
}
