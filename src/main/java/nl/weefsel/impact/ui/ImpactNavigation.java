package nl.weefsel.impact.ui;

/** Where the impact pages of a partnership live; the ties list links to them by this address. */
public final class ImpactNavigation {

    private ImpactNavigation() {
    }

    /** {@code ties/<id>/impact}: counts, stories, checklist and sharing of one partnership. */
    public static String pageOf(String partnershipId) {
        return "ties/" + partnershipId + "/impact";
    }

    /** {@code ties/<id>/impact/summary}: the printable one-page summary. */
    public static String summaryOf(String partnershipId) {
        return pageOf(partnershipId) + "/summary";
    }
}
