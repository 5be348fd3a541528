package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What an officer does in Tasklist: choose a filter, open a task from the list, claim it, fill the Camunda Form
 * (form-js) field by field, complete it, and read what Tasklist says back.
 */
final class Tasklist {

    static final String UNIT_TASKS = "Việc của đơn vị";

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    static Tasklist login(Browser browser, String user) {
        Webapp.login(browser, "tasklist", user, "demo");
        browser.waitFor(By.cssSelector(".task-filter h4.name a"));
        return new Tasklist(browser);
    }

    /** Selects a filter in the left column by its name. */
    Tasklist filter(String name) {
        browser.waitFor(By.xpath("//div[contains(@class,'task-filter')]//h4//a[contains(normalize-space(.), "
                + Browser.literal(name) + ")]")).click();
        browser.settle();
        return this;
    }

    /** Opens the task whose name is exactly {@code name} from the current list (reloading until it is there). */
    Tasklist open(String name) {
        return openLink(By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(.) = " + Browser.literal(name) + "]"));
    }

    /** Opens the first task whose name starts with {@code prefix} from the current list (reloading until one is there). */
    Tasklist openStartingWith(String prefix) {
        return openLink(By.xpath("//ol[contains(@class,'tasks-list')]//h4//a[starts-with(normalize-space(.), "
                + Browser.literal(prefix) + ")]"));
    }

    private Tasklist openLink(By link) {
        browser.until(d -> {
            if (!d.findElements(link).isEmpty()) {
                return true;
            }
            d.navigate().refresh(); // Tasklist polls, but a reload is faster and certain
            browser.settle();
            return !d.findElements(link).isEmpty();
        });
        browser.driver().findElement(link).click();
        browser.waitFor(By.cssSelector(".task-details h2, .task-details .names"));
        browser.settle();
        return this;
    }

    /** The id of the opened task (Tasklist keeps it in the address: {@code #/?task=…}). */
    String taskId() {
        String url = browser.driver().getCurrentUrl();
        return url.replaceAll(".*[?&]task=([^&]+).*", "$1");
    }

    /** Opens a tab of the task's details: "Biểu mẫu", "Lịch sử", "Sơ đồ" or "Mô tả". */
    Tasklist tab(String name) {
        browser.waitFor(By.xpath("//a[@ng-click='selectTaskDetailTab(taskDetailTab)'][normalize-space(.) = "
                + Browser.literal(name) + "]")).click();
        browser.settle();
        return this;
    }

    /**
     * The opened task's due date in Vietnamese. Tasklist loads its date locale asynchronously and now and then
     * renders the first view with English dates; a reload shows the Vietnamese ones, as it does for a user.
     */
    String vietnameseDueDate() {
        String due = dueDate();
        for (int reload = 0; reload < 3 && !due.matches("(Thứ|Chủ nhật).*"); reload++) {
            browser.driver().navigate().refresh();
            browser.settle();
            due = dueDate();
        }
        return due;
    }

    /** The opened task's due date as Tasklist writes it in full (the tooltip of "… nữa"), after hovering it. */
    String dueDate() {
        WebElement due = browser.waitFor(By.cssSelector(".task-details [am-time-ago='task.due']"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(due).perform();
        browser.waitFor(By.cssSelector(".tooltip"));
        return due.getAttribute("uib-tooltip");
    }

    /** Claims the opened task ("Nhận việc") so that its form can be filled. */
    Tasklist claim() {
        WebElement claim = browser.waitFor(By.cssSelector("button.claim"));
        assertThat(claim.getText()).isEqualTo("Nhận việc");
        claim.click();
        browser.waitFor(By.cssSelector(".fjs-container"));
        browser.until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
        browser.settle();
        return this;
    }

    /** The form field of the Camunda Form with this element id (the {@code Field_…} id in the .form file). */
    WebElement field(String fieldId) {
        return browser.waitFor(By.cssSelector(".fjs-container [id$='-" + fieldId + "']"));
    }

    Tasklist type(String fieldId, String value) {
        WebElement input = field(fieldId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        return this;
    }

    /**
     * Types into a field as a person does, in one go inside the browser: a click into the field (or Tab from the
     * previous one when {@code tab}), then one key at a time with {@code perKey} between keys, and no pause after
     * the last key. Nothing waits for the form to settle: that is what a person does not do either.
     */
    Tasklist typeKeys(String fieldId, String text, Duration perKey, boolean tab) {
        WebElement input = field(fieldId);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
        Actions keys = new Actions(browser.driver());
        if (tab) {
            keys.sendKeys(Keys.TAB);
        } else {
            keys.click(input);
        }
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            keys.sendKeys(new String(Character.toChars(text.codePointAt(i))));
            if (!perKey.isZero()) {
                keys.pause(perKey);
            }
        }
        keys.perform();
        return this;
    }

    /** Types a date into a form-js datetime field (its date picker takes the typed text, MM/DD/YYYY) and leaves it. */
    Tasklist date(String fieldId, String typed) {
        WebElement input = field(fieldId + "-date");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(typed, Keys.ENTER);
        browser.script("arguments[0].blur();", input);
        return this;
    }

    /** Ticks or unticks a checkbox with a real click (which, as for a person, first leaves the field being typed). */
    Tasklist check(String fieldId, boolean checked) {
        WebElement box = field(fieldId);
        if (box.isSelected() != checked) {
            browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
        }
        return this;
    }

    /** Chooses the radio option with this label in the radio group of that field id. */
    Tasklist choose(String fieldId, String optionLabel) {
        WebElement option = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
                + "//label[normalize-space(.) = " + Browser.literal(optionLabel) + "]"));
        option.click();
        return this;
    }

    /** Ticks the entry of a checklist whose label starts with {@code optionLabel}. */
    Tasklist tick(String fieldId, String optionLabel) {
        WebElement label = browser.waitFor(By.xpath("//label[.//input[contains(@id, '-" + fieldId + "-')]]"
                + "[starts-with(normalize-space(.), " + Browser.literal(optionLabel) + ")]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
        return this;
    }

    /** Picks the entry of a form-js select (a dropdown, not a native select) whose label starts with this. */
    Tasklist select(String fieldId, String optionLabel) {
        WebElement select = field(fieldId + "-display");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), "
                + Browser.literal(optionLabel) + ")]")).click();
        return this;
    }

    /** The validation messages form-js shows under the fields. */
    List<String> fieldErrors() {
        return browser.driver().findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    WebElement completeButton() {
        return browser.waitFor(By.cssSelector("button[ng-click='complete()']"));
    }

    /** Closes the messages Tasklist shows over the bottom of the page (they cover the buttons). */
    Tasklist dismissNotifications() {
        for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications .close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        return this;
    }

    /** Clicks "Hoàn thành" (it must be enabled). */
    Tasklist complete() {
        dismissNotifications();
        WebElement button = completeButton();
        assertThat(button.getText()).isEqualTo("Hoàn thành");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.until(d -> button.isEnabled());
        Matcher open = OPEN_TASK.matcher(browser.driver().getCurrentUrl());
        if (open.find()) {
            // Tasklist may refresh the task it has just completed before it closes it: that task is gone, 404
            browser.expectConsoleError("/task/" + open.group(1) + " - Failed to load resource: the server responded with a status of 404");
        }
        button.click();
        browser.settle();
        return this;
    }

    private static final Pattern OPEN_TASK = Pattern.compile("[?&]task=([0-9a-f-]+)");

    /** Scrolls the form to the given field, so that a screenshot shows it. */
    Tasklist show(String fieldId) {
        // the field's own element, which may be hidden (a select's input is): scroll to its form field
        WebElement input = browser.driver().findElement(By.cssSelector(".fjs-container [id$='-" + fieldId + "']"));
        browser.script("arguments[0].closest('.fjs-form-field').scrollIntoView({block: 'center'});", input);
        return this;
    }
}
