package nl.weefsel.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small steps on Vaadin components as a user takes them: type into a field, pick a grid row, press a button. */
final class Vaadin {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Vaadin() {
    }

    static WebElement await(WebDriver driver, By by) {
        return new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    /** Replaces the text of a text field or text area and leaves it, as the user would with Tab. */
    static void type(WebDriver driver, By field, String text) {
        WebElement input = await(driver, field).findElement(By.cssSelector("input, textarea"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Scrolls the element into view and clicks it (a phone's screen shows only part of a form). */
    static void click(WebDriver driver, By button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                await(driver, button));
    }

    /** Clicks the grid cell that shows exactly {@code text}, waiting for it to appear. */
    static void pickRow(WebDriver driver, String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
        new WebDriverWait(driver, PATIENCE).until(d -> !d.findElements(cell).isEmpty());
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElement(cell));
    }

    /** Picks the item labelled {@code text} in a combo box as a user does: types the label and presses Enter. */
    static void choose(WebDriver driver, By combo, String text) {
        WebElement box = await(driver, combo);
        WebElement input = box.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(text);
        var js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return arguments[0].opened && !arguments[0].loading && arguments[0].filteredItems.length > 0", box)));
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return arguments[0].selectedItem != null && !arguments[0].opened", box)));
    }

    /**
     * Whether an element with this id is on the page and shown (Vaadin hides with the {@code hidden}
     * attribute). Looks again when Vaadin replaces the element while it is being looked at.
     */
    static boolean shows(WebDriver driver, String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    static boolean gridShows(WebDriver driver, String text) {
        return !driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")).isEmpty();
    }

    static String valueOf(WebDriver driver, By field) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].value", await(driver, field)));
    }
}
