package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.Year;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.coverage.BoundaryImportResult;
import nl.weefsel.coverage.CoverageService;
import org.springframework.security.access.AccessDeniedException;

/** Loads area boundaries for the map from a GeoJSON file whose features carry CBS codes. */
final class BoundaryUpload extends Details {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    BoundaryUpload(CoverageService coverage, Runnable loaded) {
        setSummaryText(getTranslation("coverage.map.boundaries.title"));
        var source = new TextField(getTranslation("coverage.map.boundaries.source"));
        source.setValue("Kadaster / CBS");
        source.setWidth("18rem");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String credit = source.getValue().isBlank() ? metadata.fileName() : source.getValue();
            String message;
            try {
                BoundaryImportResult result = coverage.importBoundaries(new ByteArrayInputStream(bytes), Year.now().getValue(), credit);
                message = getTranslation("coverage.map.boundaries.loaded", result.loaded(), result.unknownCodes().size());
            } catch (InvalidInputException e) {
                message = getTranslation("coverage.map.boundaries.failed", e.getMessage());
            } catch (AccessDeniedException e) {
                message = getTranslation("coverage.map.boundaries.not-allowed");
            }
            String text = message;
            getUI().ifPresent(ui -> ui.access(() -> {
                Notification.show(text);
                loaded.run();
            }));
        }));
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        add(new Paragraph(getTranslation("coverage.map.boundaries.help")), source, upload);
    }
}
