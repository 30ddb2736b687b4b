package nl.weefsel.impact;

import java.time.LocalDate;

/**
 * What a report to share holds: the moments dated in the period and, if asked, its stories.
 *
 * @param withStories whether the stories of the period go with the counts
 */
public record ReportData(String title, LocalDate from, LocalDate until, boolean withStories) {
}
