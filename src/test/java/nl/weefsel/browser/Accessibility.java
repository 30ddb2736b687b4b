package nl.weefsel.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (test resources only, {@code axe/axe.min.js}, MPL-2.0) on the page a browser shows
 * and returns its serious and critical findings, one line per element: rule, impact, element and what to fix.
 */
final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    /**
     * @param excluded findings left out, each as {@code "rule selector"} (e.g. {@code "aria-required-children
     *                 [\"vaadin-tabs\"]"}) with its reason documented at the caller
     */
    static List<String> seriousViolations(WebDriver driver, Set<String> excluded) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => ({ id: v.id, impact: v.impact, help: v.help, target: JSON.stringify(n.target),
                                                       summary: (n.failureSummary || '').replace(/\\s+/g, ' ') })))))
                  .catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), target: '', summary: '' }]));
                """);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> finding : Objects.requireNonNull(found)) {
            if (!excluded.contains(finding.get("id") + " " + finding.get("target"))) {
                lines.add(finding.get("id") + " (" + finding.get("impact") + "): " + finding.get("help") + " — "
                        + finding.get("target") + ": " + finding.get("summary"));
            }
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(Objects.requireNonNull(in, "axe/axe.min.js is missing from the test resources").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
