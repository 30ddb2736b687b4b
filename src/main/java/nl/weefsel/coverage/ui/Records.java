package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * Links from a finding to the records behind it, so a coordinator can check and fix the data.
 * They open {@link RecordView}; the one place to change when the editing views take over.
 */
final class Records {

    static final String ACTOR = "actor";
    static final String AREA = "area";
    static final String ASSIGNMENT = "assignment";
    static final String TIE = "tie";
    static final String NEED = "need";
    static final java.util.Set<String> KINDS = java.util.Set.of(ACTOR, AREA, ASSIGNMENT, TIE, NEED);

    private Records() {
    }

    static RouterLink link(String text, String kind, String id) {
        // A person's affiliation is no record of its own: it is part of the person.
        if (kind.equals(TIE) && id.startsWith("member-")) {
            return link(text, ACTOR, id.substring("member-".length()));
        }
        var link = new RouterLink(text, RecordView.class, new RouteParameters(Map.of("kind", kind, "id", id)));
        link.addClassName("weefsel-record-link");
        return link;
    }

    /** Links separated by commas, in one cell. */
    static Span links(RouterLink... links) {
        var span = new Span();
        for (int i = 0; i < links.length; i++) {
            if (i > 0) {
                span.add(", ");
            }
            span.add(links[i]);
        }
        return span;
    }
}
