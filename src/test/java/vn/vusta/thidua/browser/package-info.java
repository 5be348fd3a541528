/**
 * End-to-end tests in a real browser: Debian's Chromium, headless and in Vietnamese, driven by Selenium through
 * Debian's chromedriver against the application on a random port. Every screen is saved as a PNG under
 * {@code target/screenshots/}, and a JavaScript error in the browser's console fails the test. Skipped (JUnit
 * assumption) where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
package vn.vusta.thidua.browser;
