package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.weefsel.coverage.CoverageService;

/** Refreshes a view, through server push, whenever the findings have been recomputed while it is open. */
final class LiveFindings {

    private LiveFindings() {
    }

    static void refresh(Component view, CoverageService coverage, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable stop = coverage.onChange(findings -> ui.access(refresh::run));
            view.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }
}
