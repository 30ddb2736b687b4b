package nl.weefsel.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import nl.weefsel.analysis.AnalysisOptions;
import nl.weefsel.analysis.MetricsJson;
import nl.weefsel.base.ui.NetworkGraph;
import nl.weefsel.network.NetworkAnalysisService;
import nl.weefsel.network.NetworkFilter;

/**
 * Saving what the network view shows: the picture as a PNG (made in the browser), and the analysis
 * of the live network — or of the chosen area, with or without its partners outside — as JSON in
 * the format of the command line's {@code analyze}. File names carry the area and the day.
 * The analysis follows the area, day, actor kind and tie kind filters; not the role and intensity
 * filters, which only narrow the picture.
 */
final class NetworkDownloads {

    private final NetworkAnalysisService analysis;
    private final NetworkGraph graph;
    private final Select<NetworkAnalysisService.Scope> scope = new Select<>();
    private final Button png;
    private final Anchor metrics;
    private volatile NetworkFilter filter = NetworkFilter.wholeNetworkOn(java.time.LocalDate.now());
    private volatile String fileStem = "weefsel";
    private volatile NetworkAnalysisService.Scope chosenScope = NetworkAnalysisService.Scope.AREA_ONLY;

    NetworkDownloads(NetworkAnalysisService analysis, NetworkGraph graph, Component owner) {
        this.analysis = analysis;
        this.graph = graph;
        png = new Button(owner.getTranslation("network.download.png"), VaadinIcon.PICTURE.create(),
                click -> graph.downloadPng(fileStem.replace("{what}", "netwerk") + ".png"));
        png.setId("download-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scope.setId("metrics-scope");
        scope.setLabel(owner.getTranslation("network.download.scope"));
        scope.setItems(NetworkAnalysisService.Scope.values());
        scope.setItemLabelGenerator(s -> owner.getTranslation("network.download.scope." + s.name().toLowerCase(Locale.ROOT)));
        scope.setValue(chosenScope);
        scope.addValueChangeListener(change -> chosenScope = change.getValue());
        scope.setVisible(false);
        DownloadHandler handler = event -> {
            NetworkFilter shown = filter;
            NetworkAnalysisService.Scope part = chosenScope;
            event.setFileName(fileStem.replace("{what}", "analyse") + ".json");
            event.setContentType("application/json");
            MetricsJson.write(analysis.analyse(shown, part, AnalysisOptions.WEIGHTED), event.getOutputStream());
        };
        metrics = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        metrics.add(VaadinIcon.DOWNLOAD_ALT.create());
        metrics.add(" " + owner.getTranslation("network.download.metrics"));
        metrics.setId("download-metrics");
        metrics.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
    }

    Component[] components() {
        return new Component[] {png, scope, metrics};
    }

    /**
     * Follows the filter: what the downloads cover and how their files are named.
     *
     * @param areaCode the chosen area's code (or name when it has none); null for the whole network
     */
    void follow(NetworkFilter shown, @org.jspecify.annotations.Nullable String areaCode) {
        filter = shown;
        scope.setVisible(shown.areaId() != null);
        fileStem = "weefsel-{what}-" + (areaCode == null ? "" : slug(areaCode) + "-") + shown.asOf();
    }

    private static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "gebied" : slug;
    }
}
