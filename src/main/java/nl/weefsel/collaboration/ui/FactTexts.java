package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import nl.weefsel.audit.ui.ChangeTexts;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;

/** How validity and provenance read in lists: "1 jan 2024 – 31 dec 2025", "anna, 25 nov 2026 · bron: …". */
public final class FactTexts {

    private final Component host;
    private final ChangeTexts texts;

    public FactTexts(Component host) {
        this.host = host;
        this.texts = new ChangeTexts(host);
    }

    public String validity(Validity validity) {
        if (validity.from() == null && validity.until() == null) {
            return host.getTranslation("validity.always");
        }
        if (validity.until() == null) {
            return host.getTranslation("validity.from", texts.date(validity.from()));
        }
        if (validity.from() == null) {
            return host.getTranslation("validity.until", texts.date(validity.until()));
        }
        return host.getTranslation("validity.between", texts.date(validity.from()), texts.date(validity.until()));
    }

    public String provenance(Provenance provenance) {
        return host.getTranslation("provenance.short", provenance.assertedBy(), texts.time(provenance.assertedAt()),
                provenance.source() == null ? host.getTranslation("editing.provenance.no-source") : provenance.source());
    }
}
