package nl.weefsel.base.ui;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.TieKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network drawn with Cytoscape.js ({@code <weefsel-network>}, see
 * {@code frontend/components/weefsel-network.js}). Labels are drawn as text on a canvas, so no
 * actor name can ever be interpreted as HTML.
 */
@Tag("weefsel-network")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@JsModule("./components/weefsel-network.js")
public class NetworkGraph extends Component implements HasSize {

    /** Node colour per actor kind, chosen for contrast on white and between neighbours in the legend. */
    public static final Map<ActorKind, String> KIND_COLOURS = kindColours();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, Map<String, Object>> sentNodes = Map.of();
    private Map<String, Map<String, Object>> sentEdges = Map.of();
    private String sentSummary = "";
    private boolean drawn;

    public NetworkGraph() {
        setSizeFull();
        // brought back after a detach (the browser may have dropped the element): send all of it again
        addAttachListener(attach -> {
            if (drawn && !attach.isInitialAttach()) {
                sendWhole(sentNodes, sentEdges, sentSummary);
            }
        });
    }

    /**
     * Shows {@code snapshot}; node size follows {@code metric} (the degree when nothing else is chosen).
     * The first call sends the whole graph; later calls send only the nodes and edges that were added,
     * changed or removed since, so a change costs the same whether the network has 20 or 2,000 actors,
     * and everything else keeps its place.
     *
     * @param summary a sentence describing the picture for screen readers
     */
    public void setGraph(NetworkSnapshot snapshot, ToDoubleFunction<NetworkNode> metric, String summary) {
        double max = snapshot.nodes().stream().mapToDouble(metric).max().orElse(1);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (NetworkNode node : snapshot.nodes()) {
            double share = max <= 0 ? 0 : metric.applyAsDouble(node) / max;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", node.id());
            data.put("label", node.label());
            data.put("kind", node.kind().name());
            data.put("colour", KIND_COLOURS.get(node.kind()));
            data.put("size", Math.round(18 + 42 * Math.sqrt(share)));
            nodes.put(node.id(), data);
        }
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        for (NetworkEdge edge : snapshot.edges()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", edge.id());
            data.put("source", edge.sourceId());
            data.put("target", edge.targetId());
            data.put("width", edge.intensity() == null ? 1 : 1 + edge.intensity().ordinal());
            data.put("oneSided", !edge.confirmed());
            data.put("affiliation", edge.isAffiliation());
            data.put("money", edge.isMoney());
            if (edge.kind() == TieKind.FUNDING || edge.kind() == TieKind.COMMISSION) {
                data.put("directed", true);
            }
            edges.put(edge.id(), data);
        }
        if (!drawn) {
            sendWhole(nodes, edges, summary);
        } else {
            List<String> removed = new ArrayList<>();
            sentNodes.keySet().stream().filter(id -> !nodes.containsKey(id)).forEach(removed::add);
            sentEdges.keySet().stream().filter(id -> !edges.containsKey(id)).forEach(removed::add);
            List<Map<String, Object>> changedNodes = changed(sentNodes, nodes);
            List<Map<String, Object>> changedEdges = changed(sentEdges, edges);
            if (!removed.isEmpty() || !changedNodes.isEmpty() || !changedEdges.isEmpty() || !summary.equals(sentSummary)) {
                getElement().callJsFunction("patch", JSON.writeValueAsString(Map.of("nodes", changedNodes, "edges", changedEdges,
                        "removed", removed, "summary", summary)));
            }
        }
        sentNodes = nodes;
        sentEdges = edges;
        sentSummary = summary;
    }

    private void sendWhole(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> edges, String summary) {
        String json = JSON.writeValueAsString(Map.of("nodes", nodes.values(), "edges", edges.values(), "summary", summary));
        getElement().callJsFunction("setGraph", json);
        drawn = true;
    }

    private static List<Map<String, Object>> changed(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> now) {
        return now.entrySet().stream().filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * Saves the whole picture as a PNG file in the browser (white background, twice the screen's
     * resolution, at most 8,000 pixels a side), under {@code fileName}. Nothing goes to the server.
     */
    public void downloadPng(String fileName) {
        getElement().executeJs("""
                const blob = this.cy.png({ full: true, scale: 2, maxWidth: 8000, maxHeight: 8000, bg: '#ffffff', output: 'blob' });
                const link = document.createElement('a');
                link.href = URL.createObjectURL(blob);
                link.download = $0;
                link.hidden = true;
                document.body.appendChild(link);
                link.click();
                link.remove();
                setTimeout(() => URL.revokeObjectURL(link.href), 60000);
                """, fileName);
    }

    /** Selects the node and centres it. */
    public void select(String id) {
        getElement().callJsFunction("select", id);
    }

    /** Lays the whole network out afresh. */
    public void relayout() {
        getElement().callJsFunction("relayout");
    }

    public Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        return addListener(NodeClickEvent.class, listener);
    }

    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<NetworkGraph> {

        private final String nodeId;

        public NodeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String nodeId() {
            return nodeId;
        }
    }

    private static Map<ActorKind, String> kindColours() {
        Map<ActorKind, String> colours = new EnumMap<>(ActorKind.class);
        colours.put(ActorKind.ARTS_EDUCATION_CENTRE, "#c2410c");
        colours.put(ActorKind.KNOWLEDGE_CENTRE, "#7c3aed");
        colours.put(ActorKind.CULTURE_SUPPORT, "#db2777");
        colours.put(ActorKind.CULTURAL_INSTITUTION, "#2563eb");
        colours.put(ActorKind.SCHOOL, "#16a34a");
        colours.put(ActorKind.LIBRARY, "#0891b2");
        colours.put(ActorKind.WELFARE, "#ca8a04");
        colours.put(ActorKind.COMMUNITY_INITIATIVE, "#ea580c");
        colours.put(ActorKind.MAKER, "#4f46e5");
        colours.put(ActorKind.FUNDER, "#15803d");
        colours.put(ActorKind.GOVERNMENT, "#334155");
        colours.put(ActorKind.SECOND_LINE_INSTITUTION, "#9333ea");
        colours.put(ActorKind.PERSON, "#64748b");
        colours.put(ActorKind.OTHER, "#94a3b8");
        return java.util.Collections.unmodifiableMap(colours);
    }
}
