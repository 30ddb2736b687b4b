package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A link that downloads a list as CSV: UTF-8 with a byte-order mark and semicolons, as Dutch
 * spreadsheet programs expect; cells that a spreadsheet would run as a formula are defused.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** @param rows the header first; computed when the link is followed, so it is never stale */
    public static Anchor anchor(String fileName, String label, Supplier<List<List<String>>> rows) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(rows.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + label);
        anchor.addClassName("weefsel-export");
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    public static String csv(List<List<String>> rows) {
        return "\uFEFF" + rows.stream().map(row -> row.stream().map(CsvExport::cell).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n")) + "\r\n";
    }

    private static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r") || !text.equals(value)
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
