package nl.weefsel.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A link that downloads CSV text, computed (and filtered for the user) when it is followed. */
final class Downloads {

    private Downloads() {
    }

    static Anchor csv(String fileName, String label, Supplier<String> text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(label));
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
