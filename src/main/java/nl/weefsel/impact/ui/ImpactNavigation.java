package nl.weefsel.impact.ui;

import nl.weefsel.impact.ImpactOwner;

/**
 * Where the impact pages live: {@code ties/<id>/impact} for a partnership or school trajectory,
 * {@code initiatives/<id>/impact} for an initiative. The core's lists link to them by this address.
 */
public final class ImpactNavigation {

    private ImpactNavigation() {
    }

    /** Counts, stories, checklist, reports and sharing of one owner. */
    public static String pageOf(ImpactOwner owner) {
        return owner.kind().path() + "/" + owner.id() + "/impact";
    }

    /** The printable one-page summary of what the reader may see. */
    public static String summaryOf(ImpactOwner owner) {
        return pageOf(owner) + "/summary";
    }

    /** The printable page of one shared report. */
    public static String reportOf(ImpactOwner owner, String reportId) {
        return summaryOf(owner) + "?report=" + reportId;
    }

    /** The owner a page's address names: its first segment says whose, the {@code id} parameter which. */
    static ImpactOwner ownerOf(com.vaadin.flow.router.BeforeEnterEvent event) {
        return new ImpactOwner(ImpactOwner.Kind.ofPath(event.getLocation().getFirstSegment()),
                event.getRouteParameters().get("id").orElse(""));
    }
}
