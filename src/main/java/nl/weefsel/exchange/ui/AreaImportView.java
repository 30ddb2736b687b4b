package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import nl.weefsel.exchange.AreaImportResult;
import nl.weefsel.exchange.AreaImportService;
import nl.weefsel.exchange.InvalidFileException;

/**
 * Areas from open data: upload a CBS list (CSV) or a PDOK boundary file (GeoJSON) of gemeenten,
 * wijken or buurten. Shows what changed and the credit CBS requires for its boundaries and figures.
 */
@Route("import/areas")
@PageTitle("Weefsel")
@Menu(title = "nav.import-areas", order = 22, icon = "vaadin:globe")
@RolesAllowed("ADMIN")
class AreaImportView extends VerticalLayout {

    private final AreaImportService imports;
    private final VerticalLayout result = new VerticalLayout();

    AreaImportView(AreaImportService imports) {
        this.imports = imports;
        result.setPadding(false);
        result.setId("area-import-result");
        var upload = Uploads.of(this, "area-upload", 200 * 1024 * 1024, this::imported, ".csv", ".geojson", ".json");
        upload.addSucceededListener(done -> upload.clearFileList());
        add(new H1(getTranslation("areas-import.title")), new Paragraph(getTranslation("areas-import.intro")), upload, result,
                new Paragraph(getTranslation("exchange.attribution.figures")));
    }

    private void imported(String fileName, Path file) {
        result.removeAll();
        try {
            show(fileName, imports.importFile(file, fileName));
        } catch (InvalidFileException e) {
            result.add(new Paragraph(getTranslation("import.unreadable", fileName, e.getMessage())));
        }
    }

    private void show(String fileName, AreaImportResult done) {
        result.add(new Paragraph(getTranslation("areas-import.done", fileName, done.created(), done.updated(), done.boundaries())));
        if (done.populationYear() != null) {
            result.add(new Paragraph(getTranslation("areas-import.population", done.populationYear())));
        }
        if (done.boundaryYear() != null) {
            result.add(new Paragraph(getTranslation("exchange.attribution.boundaries", String.valueOf(done.boundaryYear()))));
        }
        if (!done.skipped().isEmpty()) {
            var skipped = new UnorderedList();
            done.skipped().stream().limit(50).forEach(reason -> skipped.add(new ListItem(reason)));
            result.add(new Paragraph(getTranslation("areas-import.skipped", done.skipped().size())), skipped);
        }
    }
}
