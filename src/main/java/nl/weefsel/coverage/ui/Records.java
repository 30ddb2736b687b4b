package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import nl.weefsel.base.ui.RecordLinks;

/**
 * Links from a finding to the records behind it, so a coordinator can fix the data: each opens the
 * record's dialog in its editing view (read-only for those who may not change it).
 */
final class Records {

    static final String ACTOR = "actor";
    static final String AREA = "area";
    static final String ASSIGNMENT = "assignment";
    static final String TIE = "tie";
    static final String NEED = "need";
    private static final Map<String, String> ROUTES = Map.of(ACTOR, "actors", AREA, "areas", ASSIGNMENT, "roles",
            TIE, "ties", NEED, "needs");

    private Records() {
    }

    static Anchor link(String text, String kind, String id) {
        // A person's affiliation is no record of its own: it is part of the person.
        if (kind.equals(TIE) && id.startsWith("member-")) {
            return link(text, ACTOR, id.substring("member-".length()));
        }
        var link = new Anchor(RecordLinks.to(ROUTES.get(kind), id), text);
        link.getElement().setAttribute("router-link", true); // navigate inside the app, no page reload
        link.addClassName("weefsel-record-link");
        return link;
    }

    /** Links separated by commas, in one cell. */
    static Span links(Anchor... links) {
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
