package nl.weefsel.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weefsel.base.CsvWriter;
import org.springframework.stereotype.Component;

/**
 * The CSV exports of an owner's (or a shared report's) counts and stories: UTF-8 with a byte-order mark and
 * semicolons, as Dutch spreadsheets expect; only the records the current user may see, since they
 * come from {@link ImpactService}'s filtered reads. Cells a spreadsheet would run as a formula are defused.
 */
@Component
public class ImpactCsv {

    private final ImpactService impact;

    ImpactCsv(ImpactService impact) {
        this.impact = impact;
    }

    /** One row per moment and measure, with the change since the previous moment and since the baseline. */
    public String moments(ImpactOwner owner) {
        return moments(impact.trend(owner));
    }

    /** The counts of a trend: all an owner's moments the reader sees, or those of one shared report. */
    public static String moments(Trend trend) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("moment", "kind", "date", "order", "measure", "value", "change_previous", "percent_previous",
                "change_baseline", "percent_baseline", "shared_municipality", "shared_funder_id"));
        for (String measure : trend.measures()) {
            for (Trend.Cell cell : trend.row(measure)) {
                ImpactMoment moment = cell.moment();
                rows.add(List.of(moment.label(), moment.kind().name(), moment.date().toString(), String.valueOf(moment.order()),
                        measure, text(cell.value()), text(cell.sincePrevious().absolute()), text(cell.sincePrevious().percent()),
                        text(cell.sinceBaseline().absolute()), text(cell.sinceBaseline().percent()),
                        String.valueOf(moment.sharing().municipality()), nullToEmpty(moment.sharing().funderId())));
            }
        }
        return CsvWriter.csv(rows);
    }

    public String stories(ImpactOwner owner) {
        return stories(impact.stories(owner));
    }

    public static String stories(List<Story> stories) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "perspective", "quote", "text", "consent_by", "consent_on", "moment_id",
                "shared_municipality", "shared_funder_id"));
        for (Story story : stories) {
            rows.add(List.of(story.date().toString(), story.perspective().name(), String.valueOf(story.quote()), story.text(),
                    story.consentBy(), story.consentOn().toString(), nullToEmpty(story.momentId()),
                    String.valueOf(story.sharing().municipality()), nullToEmpty(story.sharing().funderId())));
        }
        return CsvWriter.csv(rows);
    }

    private static String text(Optional<? extends Number> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String nullToEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
