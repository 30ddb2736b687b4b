package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Locale;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.exchange.ExportFormat;
import nl.weefsel.exchange.NetworkExportService;
import org.jspecify.annotations.Nullable;

/** Downloads of the network, or one area's, in every export format; the full back-up for administrators. */
@Route("export")
@PageTitle("Weefsel")
@Menu(title = "nav.export", order = 20, icon = "vaadin:download")
@PermitAll
class ExportView extends VerticalLayout {

    private final NetworkExportService exports;
    private final ComboBox<Area> area = new ComboBox<>();
    /** Read by the download handlers, which run in the request thread rather than the UI's. */
    private volatile @Nullable String areaCode;

    ExportView(NetworkExportService exports, AreaService areas, AuthenticationContext user) {
        this.exports = exports;
        add(new H1(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")), area(areas));
        for (ExportFormat format : ExportFormat.values()) {
            // the back-up holds everything, personal data included: administrators only (the service checks it too)
            if (format != ExportFormat.JSON || user.hasRole("ADMIN")) {
                add(download(format));
            }
        }
        add(new Paragraph(getTranslation("exchange.attribution.figures")));
    }

    private ComboBox<Area> area(AreaService areas) {
        area.setLabel(getTranslation("network.filter.area"));
        area.setPlaceholder(getTranslation("network.filter.area.all"));
        area.setItems(areas.all().stream().filter(a -> a.code() != null).sorted(Comparator.comparing(Area::name)).toList());
        area.setItemLabelGenerator(Area::label);
        area.setClearButtonVisible(true);
        area.setWidth("24em");
        area.addValueChangeListener(change -> areaCode = change.getValue() == null ? null : change.getValue().code());
        return area;
    }

    private VerticalLayout download(ExportFormat format) {
        String key = "export.format." + format.name().toLowerCase(Locale.ROOT);
        DownloadHandler handler = event -> {
            String code = areaCode;
            event.setFileName(format.fileName(code == null ? "weefsel" : "weefsel-" + code));
            event.setContentType(format.contentType());
            exports.write(format, code, event.getOutputStream());
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        link.setId("download-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var block = new VerticalLayout(link, new Span(getTranslation(key + ".hint")));
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }
}
