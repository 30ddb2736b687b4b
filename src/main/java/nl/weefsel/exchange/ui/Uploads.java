package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The upload field of the import views: one file, kept as a temporary file, handed to the view in its UI thread. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(Component view, String id, int maxBytes, BiConsumer<String, Path> uploaded, String... extensions) {
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) ->
                view.getUI().ifPresent(ui -> ui.access(() -> uploaded.accept(metadata.fileName(), file.toPath())))));
        upload.setAcceptedFileTypes(extensions);
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.setId(id);
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("import.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("import.upload.drop"))));
        return upload;
    }
}
