package nl.weefsel.base.ui;

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
 * A link that downloads CSV, computed when it is followed: never stale, and made from the reads of
 * the user who follows it. The text comes from {@link CsvWriter}: UTF-8 with a byte-order mark and
 * semicolons, as Dutch spreadsheet programs expect, and cells a spreadsheet would run as a formula
 * defused.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** @param rows the header first */
    public static Anchor ofRows(String fileName, String label, Supplier<List<List<String>>> rows) {
        return of(fileName, label, () -> CsvWriter.csv(rows.get()));
    }

    /** @param csv the whole file, as {@link CsvWriter} writes it */
    public static Anchor of(String fileName, String label, Supplier<String> csv) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
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
