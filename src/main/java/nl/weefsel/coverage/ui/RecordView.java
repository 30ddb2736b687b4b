package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One record behind a finding (an actor, area, role assignment, tie or need) with its source, so a
 * coordinator can see what to correct. Read-only: changes are made where the network is edited.
 */
@Route("coverage/record/:kind/:id")
@PageTitle("Weefsel")
@PermitAll
class RecordView extends VerticalLayout implements BeforeEnterObserver {

    private final RecordDetails details;

    RecordView(RecordDetails details) {
        this.details = details;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String kind = event.getRouteParameters().get("kind").orElse("");
        String id = event.getRouteParameters().get("id").orElse("");
        add(new H1(getTranslation("coverage.record.title." + (Records.KINDS.contains(kind) ? kind : "unknown"))));
        var fields = details.of(kind, id);
        if (fields.isEmpty()) {
            add(new Paragraph(getTranslation("coverage.record.not-found")));
            return;
        }
        add(fields.get(), new Paragraph(getTranslation("coverage.record.hint")));
    }
}
