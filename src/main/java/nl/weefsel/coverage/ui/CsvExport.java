package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import nl.weefsel.base.CsvWriter;

/**
 * A link that downloads a list as CSV, written by {@link CsvWriter}: UTF-8 with a byte-order mark
 * and semicolons, as Dutch spreadsheet programs expect; cells that a spreadsheet would run as a
 * formula are defused.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** @param rows the header first; computed when the link is followed, so it is never stale */
    public static Anchor anchor(String fileName, String label, Supplier<List<List<String>>> rows) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = CsvWriter.csv(rows.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + label);
        anchor.addClassName("weefsel-export");
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
