package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import nl.weefsel.exchange.ImportPreview;
import nl.weefsel.exchange.InvalidFileException;
import nl.weefsel.exchange.SheetHeader;
import nl.weefsel.exchange.SheetKind;
import nl.weefsel.exchange.SpreadsheetImportService;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Spreadsheet import in three steps: upload a CSV or XLSX file, check the column mapping, read
 * the preview of every problem — then import, all rows or none. Long files show their progress.
 * Administrators and coordinators; the service keeps a coordinator's rows inside their territory.
 */
@Route("import")
@PageTitle("Weefsel")
@Menu(title = "nav.import", order = 21, icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "COORDINATOR"})
class SpreadsheetImportView extends VerticalLayout {

    private static final int MAX_FILE_BYTES = 100 * 1024 * 1024;

    private final SpreadsheetImportService imports;
    private final Select<SheetKind> kind = new Select<>();
    private final Div steps = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private @Nullable Path file;
    private String fileName = "";
    private @Nullable ColumnMappingForm mapping;
    private @Nullable ImportPreviewPanel preview;
    private final Button check = new Button();
    private final Button run = new Button();

    SpreadsheetImportView(SpreadsheetImportService imports) {
        this.imports = imports;
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(SheetKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.setValue(SheetKind.ACTORS);
        kind.addValueChangeListener(change -> showMapping());
        kind.setId("import-kind");
        progress.setVisible(false);
        progress.setWidth("24em");
        message.setId("import-message");
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(click -> checkRows());
        run.setText(getTranslation("import.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> importRows());
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), kind,
                Uploads.of(this, "import-upload", MAX_FILE_BYTES, this::uploaded, ".csv", ".txt", ".xlsx"),
                progress, message, steps);
    }

    private void uploaded(String name, Path path) {
        file = path;
        fileName = name;
        showMapping();
    }

    private void showMapping() {
        steps.removeAll();
        preview = null;
        message.setText("");
        if (file == null) {
            return;
        }
        try {
            SheetHeader header = imports.header(file, fileName);
            mapping = new ColumnMappingForm(kind.getValue(), header.headers());
            steps.add(new Paragraph(getTranslation("import.read-as", fileName, header.readAs())), mapping, check);
        } catch (InvalidFileException e) {
            message.setText(getTranslation("import.unreadable", fileName, e.getMessage()));
        }
    }

    private void checkRows() {
        if (file == null || mapping == null) {
            return;
        }
        Path sheet = file;
        var chosen = mapping.mapping();
        SheetKind sheetKind = kind.getValue();
        busy(true);
        var ui = getUI().orElseThrow();
        Background.run(ui, () -> imports.preview(sheet, fileName, sheetKind, chosen, Background.progress(ui, progress::setValue)),
                this::showPreview, this::failed);
    }

    private void showPreview(ImportPreview result) {
        busy(false);
        if (preview != null) {
            steps.remove(preview);
        }
        steps.remove(run);
        preview = new ImportPreviewPanel(result);
        run.setEnabled(result.canImport());
        steps.add(preview, run);
    }

    private void importRows() {
        if (file == null || mapping == null || preview == null) {
            return;
        }
        Path sheet = file;
        var chosen = mapping.mapping();
        var createAnyway = preview.createAnyway();
        SheetKind sheetKind = kind.getValue();
        busy(true);
        var ui = getUI().orElseThrow();
        Background.run(ui, () -> imports.importRows(sheet, fileName, sheetKind, chosen, createAnyway,
                Background.progress(ui, progress::setValue)), result -> {
                    busy(false);
                    steps.removeAll();
                    file = null;
                    message.setText(getTranslation("import.done", result.created(), result.merged(), fileName));
                }, this::failed);
    }

    private void failed(RuntimeException e) {
        busy(false);
        if (!(e instanceof InvalidFileException)) {
            LoggerFactory.getLogger(SpreadsheetImportView.class).error("Import of {} failed", fileName, e);
        }
        message.setText(e instanceof InvalidFileException ? getTranslation("import.unreadable", fileName, e.getMessage())
                : getTranslation("import.failed"));
    }

    private void busy(boolean busy) {
        progress.setVisible(busy);
        progress.setValue(0);
        check.setEnabled(!busy);
        run.setEnabled(!busy && run.isEnabled());
        kind.setReadOnly(busy);
    }
}
