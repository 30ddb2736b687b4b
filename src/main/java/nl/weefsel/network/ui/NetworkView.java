package nl.weefsel.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.NetworkGraph;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.PresenceRegistry;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
import nl.weefsel.funding.FundingService;
import nl.weefsel.network.NetworkAnalysisService;
import nl.weefsel.network.NetworkEdge;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkService;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.ui.PartnershipEditing;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import org.jspecify.annotations.Nullable;

/**
 * The whole network, or one area's, as a picture to work in: filter it, click an actor to see and
 * edit it, pick two actors to tie them. Other people's changes appear as they are saved.
 */
@Route("")
@PageTitle("Weefsel")
@Menu(title = "nav.network", order = 1, icon = "vaadin:connect")
@PermitAll
class NetworkView extends VerticalLayout {

    private final NetworkService network;
    private final FundingService funding;
    private final RoleAssignmentService assignments;
    private final PartnershipEditing ties;
    private final NetworkGraph graph = new NetworkGraph();
    private final ActorPanel details;
    private final NetworkFilterBar filters;
    private final ComboBox<NetworkNode> find = new ComboBox<>(getTranslation("network.find"));
    private final Button tieMode = new Button(getTranslation("network.tie.mode"), VaadinIcon.LINK.create());
    private final Span status = new Span();
    private final Span counts = new Span();
    private final Select<NodeSizes.Metric> size = new Select<>();
    private final NodeSizes sizes;
    private final NetworkDownloads downloads;
    private final NetworkPermissions permissions;
    private final PresenceBar presence;
    private NetworkSnapshot shown = new NetworkSnapshot(List.of(), List.of());
    private Map<String, NetworkNode> shownNodes = Map.of();
    private @Nullable String tieFrom;
    private boolean picking;

    NetworkView(NetworkService network, AreaService areas, RoleService roles, RoleAssignmentService assignments,
                PartnershipEditing ties, ActorPanel details, NodeSizes sizes, ChangeBroadcaster changes,
                NetworkAnalysisService analysis, NetworkPermissions permissions,
                PresenceRegistry presenceRegistry, FundingService funding) {
        this.funding = funding;
        this.permissions = permissions;
        this.presence = new PresenceBar(presenceRegistry, "network:all");
        presence.setId("network-presence");
        this.sizes = sizes;
        this.downloads = new NetworkDownloads(analysis, graph, this);
        this.network = network;
        this.assignments = assignments;
        this.ties = ties;
        this.details = details;
        this.filters = new NetworkFilterBar(areas.all(), roles.all(), this::refresh);
        setSizeFull();
        setPadding(true);
        filters.add(tools());
        add(new H1(getTranslation("network.title")), presence, filters, content());
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Actor", "Partnership", "RoleAssignment", "Area", "Funding"), batch -> {
            SnapshotRefinement.patched(shown, batch, filters.filter(), filters.intensities()).ifPresentOrElse(this::draw, this::refresh);
            details.refresh(filters.day());
        });
    }

    /** Finding, tying and re-laying out, in the filter bar's row so the drawing keeps the height. */
    private com.vaadin.flow.component.Component[] tools() {
        find.setItemLabelGenerator(NetworkNode::label);
        find.setClearButtonVisible(true);
        find.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                picked(change.getValue().id());
            }
        });
        tieMode.setId("tie-mode");
        tieMode.getElement().setAttribute("aria-pressed", "false");
        tieMode.addClickListener(click -> setPicking(!picking));
        tieMode.setVisible(permissions.mayTieAnything());
        status.getElement().setAttribute("aria-live", "polite");
        status.setId("network-status");
        size.setLabel(getTranslation("network.size"));
        size.setItems(NodeSizes.Metric.values());
        size.setItemLabelGenerator(metric -> getTranslation("network.size." + metric.name().toLowerCase()));
        size.setValue(NodeSizes.Metric.DEGREE);
        size.addValueChangeListener(change -> draw(shown));
        var relayout = new Button(getTranslation("network.relayout"), VaadinIcon.REFRESH.create(), click -> graph.relayout());
        relayout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var tools = new java.util.ArrayList<com.vaadin.flow.component.Component>(List.of(find, size, tieMode, relayout));
        tools.addAll(List.of(downloads.components()));
        tools.addAll(List.of(counts, status));
        return tools.toArray(com.vaadin.flow.component.Component[]::new);
    }

    private SplitLayout content() {
        var canvas = new Div(graph);
        canvas.addClassName("weefsel-graph");
        canvas.setSizeFull();
        graph.addNodeClickListener(click -> picked(click.nodeId()));
        // the legend sits under the details, so the drawing keeps the page's height
        var side = new Div(details, new NetworkLegend());
        side.addClassName("weefsel-network-side");
        // it scrolls when an actor has many ties: reachable and named for keyboard and screen reader
        side.getElement().setAttribute("tabindex", "0");
        side.getElement().setAttribute("role", "region");
        side.getElement().setAttribute("aria-label", getTranslation("network.side"));
        var split = new SplitLayout(canvas, side);
        split.setSizeFull();
        split.setSplitterPosition(68);
        return split;
    }

    /** A node clicked or found: show it, or, while tying, take it as one end of the new tie. */
    private void picked(String actorId) {
        if (!picking) {
            details.show(actorId, filters.day());
            graph.select(actorId);
        } else if (tieFrom == null) {
            tieFrom = actorId;
            graph.select(actorId);
            status.setText(getTranslation("network.tie.pick-second", name(actorId)));
        } else if (!tieFrom.equals(actorId) && !permissions.mayTie(tieFrom, actorId)) {
            status.setText(getTranslation("network.tie.not-allowed", name(tieFrom), name(actorId)));
            tieFrom = null;
        } else if (!tieFrom.equals(actorId)) {
            String from = tieFrom;
            setPicking(false);
            ties.openNew(from, actorId, saved -> details.show(from, filters.day()));
        }
    }

    private void setPicking(boolean on) {
        picking = on;
        tieFrom = null;
        tieMode.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            tieMode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            tieMode.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        status.setText(on ? getTranslation("network.tie.pick-first") : "");
    }

    private String name(String actorId) {
        NetworkNode node = shownNodes.get(actorId);
        return node == null ? "" : node.label();
    }

    private void refresh() {
        downloads.follow(filters.filter(), filters.areaCode());
        presence.setTopic("network:" + (filters.areaId() == null ? "all" : filters.areaId()));
        draw(withMoney(SnapshotRefinement.refine(network.snapshot(filters.filter()), roleHolders(), filters.intensities())));
    }

    /** The snapshot with the funding between its actors drawn over it, when asked for. */
    private NetworkSnapshot withMoney(NetworkSnapshot snapshot) {
        if (!filters.showsMoney()) {
            return snapshot;
        }
        Set<String> shownIds = snapshot.nodes().stream().map(NetworkNode::id).collect(Collectors.toSet());
        List<NetworkEdge> edges = new java.util.ArrayList<>(snapshot.edges());
        funding.flows(shownIds, List.of(), filters.day()).stream()
                .filter(flow -> flow.recipientActorId() != null && shownIds.contains(flow.funderId())
                        && shownIds.contains(flow.recipientActorId()))
                .map(flow -> NetworkEdge.money(flow.fundingId(), flow.funderId(), flow.recipientActorId()))
                .forEach(edges::add);
        return new NetworkSnapshot(snapshot.nodes(), edges);
    }

    private void draw(NetworkSnapshot snapshot) {
        boolean sameNodes = snapshot.nodes().size() == shownNodes.size() && snapshot.nodes().stream()
                .allMatch(node -> shownNodes.containsKey(node.id()) && shownNodes.get(node.id()).label().equals(node.label()));
        shown = snapshot;
        shownNodes = snapshot.nodes().stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        String summary = getTranslation("network.summary", snapshot.nodes().size(), snapshot.edges().size());
        graph.setGraph(snapshot, sizes.of(size.getValue(), filters.filter()), summary);
        if (!sameNodes || snapshot.nodes().isEmpty()) {
            find.setItems(snapshot.nodes()); // the list to find an actor in changes only with the actors, not with ties
        }
        counts.setText(summary);
    }

    /** The actors holding one of the chosen roles on the chosen day (in the chosen area); null when no role is chosen. */
    private @Nullable Set<String> roleHolders() {
        if (filters.roleIds().isEmpty()) {
            return null;
        }
        Set<String> holders = new HashSet<>();
        for (String roleId : filters.roleIds()) {
            assignments.list(new RoleAssignmentFilter(null, roleId, filters.areaId(), filters.day())).stream()
                    .map(RoleAssignment::actorId).forEach(holders::add);
        }
        return holders;
    }
}
