package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signs in to one of the Camunda webapps (Tasklist, Cockpit, Admin) through its own login page. */
final class Webapp {

    private Webapp() {
    }

    /** Opens the app's login page, checks it is in Vietnamese, saves it, signs in and waits for the app. */
    static void login(Browser browser, String app, String user, String password) {
        browser.go("/camunda/app/" + app + "/default/");
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        assertThat(browser.driver().findElement(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
                .isEqualTo("Tên đăng nhập");
        assertThat(browser.driver().findElement(By.cssSelector("input[ng-model=password]")).getAttribute("placeholder"))
                .isEqualTo("Mật khẩu");
        assertThat(browser.driver().findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Đăng nhập");
        typeCredentials(browser, user, password);
        browser.screenshot(app + "-login-" + user);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector("input[ng-model=password]")).isEmpty());
        browser.settle();
    }

    /**
     * Types the name and password into the login page. The page moves the focus to the name field once it is drawn:
     * typed before that, the password lands in the name field. So the page is let settle first, and what the fields
     * hold is checked (and typed again if need be), as a person sees it.
     */
    static void typeCredentials(Browser browser, String user, String password) {
        browser.settle();
        browser.until(d -> {
            WebElement name = d.findElement(By.cssSelector("input[ng-model=username]"));
            WebElement secret = d.findElement(By.cssSelector("input[ng-model=password]"));
            if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
                return true;
            }
            name.clear();
            name.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            return false;
        });
    }

    /** Signs out through the user menu in the header, back to the login page. */
    static void logout(Browser browser) {
        browser.waitFor(By.cssSelector("[cam-widget-header] .account > a, [cam-widget-header] .account .dropdown-toggle"))
                .click();
        browser.waitFor(By.xpath("//a[normalize-space(.) = 'Đăng xuất']")).click();
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        browser.settle();
    }
}
