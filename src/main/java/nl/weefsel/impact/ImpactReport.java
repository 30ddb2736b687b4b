package nl.weefsel.impact;

import java.time.LocalDate;
import java.util.List;
import nl.weefsel.base.Audit;

/**
 * A shared report: the moments and stories of a period, chosen when its keepers shared it, for the
 * municipality or a funder. Those readers see exactly these records, also where each record itself
 * stays unshared; records added later are not in it.
 */
public record ImpactReport(String id, ImpactOwner owner, String title, LocalDate from, LocalDate until,
                           List<String> momentIds, List<String> storyIds, Sharing sharing, long version, Audit audit) {

    public ImpactReport {
        momentIds = List.copyOf(momentIds);
        storyIds = List.copyOf(storyIds);
    }

    boolean includes(String recordId) {
        return momentIds.contains(recordId) || storyIds.contains(recordId);
    }
}
