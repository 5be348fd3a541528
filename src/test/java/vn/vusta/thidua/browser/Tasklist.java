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
import org.openqa.selenium.support.ui.Select;

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

    /** Types a date into a form-js datetime field as ngày/tháng/năm (dd/MM/yyyy, see the Tasklist script) and leaves it. */
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
        openDropdown(fieldId);
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

    /** The messages Tasklist shows (errors, the confirmation after "Hoàn thành"), as text. */
    String notifications() {
        return browser.driver().findElements(By.cssSelector(".page-notifications .alert")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).reduce("", (a, b) -> a + b + "\n").strip();
    }

    /** Fails if a message Tasklist shows lies over "Lưu" or "Hoàn thành". */
    Tasklist assertNotificationsLeaveTheButtonsFree() {
        Object overlaps = browser.script("""
                var buttons = [...document.querySelectorAll("button[ng-click='complete()'], button[ng-click^='save(']")]
                    .filter(function (b) { return b.offsetParent; });
                var boxes = [...document.querySelectorAll('.page-notifications .alert')].filter(function (a) { return a.offsetParent; });
                var out = [];
                boxes.forEach(function (box) {
                  var a = box.getBoundingClientRect();
                  buttons.forEach(function (button) {
                    var b = button.getBoundingClientRect();
                    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(button.textContent.trim());
                  });
                });
                return [boxes.length, out];""");
        List<?> result = (List<?>) overlaps;
        assertThat(((Number) result.get(0)).intValue()).as("messages shown").isPositive();
        assertThat((List<?>) result.get(1)).as("buttons under a message").isEmpty();
        return this;
    }

    /** The filters in the left column with the count each shows, as a person reads them: "Việc của đơn vị (1)". */
    List<String> filters() {
        By shown = By.cssSelector(".task-filter");
        browser.until(d -> d.findElements(shown).stream().allMatch(f -> count(f) != null));
        return browser.driver().findElements(shown).stream().map(f -> name(f) + " (" + count(f) + ")").toList();
    }

    /** The name of the filter whose tasks are listed. */
    String openFilter() {
        return name(browser.waitFor(By.cssSelector(".task-filter.active")));
    }

    private static String name(WebElement filter) {
        return filter.findElement(By.cssSelector("h4 a")).getText().replaceAll("\\s*\\d+\\s*$", "").strip();
    }

    private static String count(WebElement filter) {
        return filter.findElements(By.cssSelector(".counter")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(t -> t.matches("\\d+")).findFirst().orElse(null);
    }

    /** The header's actions an officer can see ("Phím tắt", …). */
    List<String> headerActions() {
        return browser.driver().findElements(By.cssSelector("[cam-widget-header] .navbar-nav > li, [cam-widget-header] ul > li"))
                .stream().filter(WebElement::isDisplayed).map(li -> li.getText().strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** The relative dates of the list and the task ("14 ngày nữa", "vài giây trước"). */
    List<String> relativeDates() {
        return browser.driver().findElements(By.cssSelector("[am-time-ago]")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    /** Labels of the form cut at their column's width (the text is wider than the label). */
    List<String> cutLabels() {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) browser.script("""
                return [...document.querySelectorAll('.fjs-container .fjs-form-field-label')]
                    .filter(function (l) { return l.offsetParent && l.scrollWidth > l.clientWidth + 1; })
                    .map(function (l) { return l.textContent.trim(); });""");
        return cut;
    }

    /**
     * Fails unless, with each table of the form scrolled to its last column, every row still shows its first column
     * (the unit) inside the table's visible part, next to the last figure.
     */
    Tasklist assertEveryRowShowsItsUnit() {
        List<?> result = (List<?>) browser.script("""
                var rows = 0, out = [];
                document.querySelectorAll('.fjs-container .fjs-table-inner-container').forEach(function (box) {
                  box.scrollLeft = box.scrollWidth;
                  box.querySelectorAll('tbody tr').forEach(function (row) {
                    if (row.cells.length < 2) return; // "Không có dữ liệu." of an empty table
                    rows++;
                    row.scrollIntoView({block: 'center'}); // as a person scrolls down to it: elementFromPoint sees only the viewport
                    box.scrollLeft = box.scrollWidth;
                    var frame = box.getBoundingClientRect();
                    var inside = function (r) { return r.left >= frame.left - 1 && r.right <= frame.right + 1; };
                    var first = row.cells[0], last = row.cells[row.cells.length - 1];
                    var shown = document.elementFromPoint(first.getBoundingClientRect().left + 4, first.getBoundingClientRect().top + 4);
                    if (!inside(first.getBoundingClientRect()) || !inside(last.getBoundingClientRect()) || !first.contains(shown)) {
                      out.push(first.textContent.trim());
                    }
                  });
                });
                return [rows, out];""");
        assertThat(((Number) result.get(0)).intValue()).as("table rows").isPositive();
        assertThat((List<?>) result.get(1)).as("rows whose unit is out of sight next to the last column").isEmpty();
        browser.script("document.querySelectorAll('.fjs-container .fjs-table-inner-container').forEach(function (b) { b.scrollLeft = 0; });");
        return this;
    }

    /**
     * Opens a form-js select and takes each of its options in turn with a real click, as a person would (a click on
     * an option hidden under the page footer fails); returns the options' labels. The last one stays chosen.
     */
    List<String> clickEveryOption(String fieldId) {
        By items = By.cssSelector(".fjs-dropdownlist-item");
        List<String> labels = openDropdown(fieldId).stream().map(WebElement::getText).toList();
        assertThat(labels).as("options of " + fieldId).isNotEmpty();
        for (int i = 0; i < labels.size(); i++) {
            openDropdown(fieldId).get(i).click();
            String chosen = labels.get(i);
            browser.until(d -> d.findElements(items).isEmpty() && field(fieldId + "-display").getText().strip().equals(chosen));
        }
        return labels;
    }

    /**
     * The options of a form-js select, opened like a person does: a click elsewhere (the form's heading), then on the
     * field. After a choice, form-js 1.8.7 opens the list again only at the second such pair of clicks (measured: the
     * first never does), so each try is looked at only briefly.
     */
    private List<WebElement> openDropdown(String fieldId) {
        By items = By.cssSelector(".fjs-dropdownlist-item");
        for (int click = 0; click < 6 && browser.driver().findElements(items).isEmpty(); click++) {
            browser.driver().findElement(By.cssSelector(".fjs-container .fjs-form-field-text")).click();
            field(fieldId + "-display").click();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofMillis(300), Duration.ofMillis(50))
                        .until(d -> !d.findElements(items).isEmpty());
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // click once more
            }
        }
        List<WebElement> shown = browser.driver().findElements(items);
        assertThat(shown).as("options of " + fieldId + " after a click on it").isNotEmpty();
        return shown;
    }

    /** Focuses a date field, as a person does to open its calendar; returns the month and year the calendar shows. */
    String openCalendar(String fieldId) {
        WebElement input = field(fieldId + "-date");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        WebElement calendar = browser.waitFor(By.cssSelector(".flatpickr-calendar.open"));
        String month = new Select(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")))
                .getFirstSelectedOption().getText();
        return month + " " + calendar.findElement(By.cssSelector(".cur-year")).getAttribute("value");
    }

    /** Closes the messages Tasklist shows, as a person does before trying again. */
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
