package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choropleth map of areas drawn with Leaflet ({@code <weefsel-area-map>}, see
 * {@code frontend/components/weefsel-area-map.js}). It needs only the areas' GeoJSON boundaries;
 * background tiles are optional. All texts reach the browser as text, never as HTML.
 */
@Tag("weefsel-area-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./components/weefsel-area-map.js")
public class AreaMap extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One legend line: a colour and what it means. */
    record LegendEntry(String colour, String label) {
    }

    public AreaMap() {
        setWidthFull();
        setHeight("30rem");
    }

    /** Background tiles from a {z}/{x}/{y} URL template; nothing is fetched when it is blank. */
    void setTiles(String urlTemplate, String attribution) {
        if (!urlTemplate.isBlank()) {
            getElement().callJsFunction("setTiles", urlTemplate, attribution);
        }
    }

    /**
     * @param features a GeoJSON FeatureCollection whose features carry {@code id}, {@code colour} and {@code tooltip}
     * @param summary  what the map shows, in one sentence, for screen readers
     */
    void setData(Map<String, Object> features, String title, List<LegendEntry> legend, String credit, String summary) {
        getElement().callJsFunction("setData", JSON.writeValueAsString(Map.of("features", features, "title", title,
                "legend", legend, "credit", credit, "summary", summary)));
    }

    void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", fileName);
    }

    Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
        return addListener(AreaClickEvent.class, listener);
    }

    @DomEvent("area-click")
    public static class AreaClickEvent extends ComponentEvent<AreaMap> {

        private final String areaId;

        public AreaClickEvent(AreaMap source, boolean fromClient, @EventData("event.detail.id") String areaId) {
            super(source, fromClient);
            this.areaId = areaId;
        }

        String areaId() {
            return areaId;
        }
    }
}
