package nl.weefsel.impact.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import nl.weefsel.impact.Change;
import nl.weefsel.impact.Trend;

/** How values and changes read in the table, the summary and the export: "+15 (+20 %)", "+12 (vanaf 0)", "–". */
final class TrendTexts {

    private final Component host;

    TrendTexts(Component host) {
        this.host = host;
    }

    String change(Change change) {
        return switch (change.state()) {
            case MISSING -> "–";
            case FROM_ZERO -> host.getTranslation("impact.change.from-zero", signed(change.absolute().orElseThrow()));
            case DEFINED -> host.getTranslation("impact.change", signed(change.absolute().orElseThrow()),
                    percent(change.percent().orElseThrow()));
        };
    }

    String cell(Trend.Cell cell) {
        if (cell.value().isEmpty()) {
            return host.getTranslation("impact.not-counted");
        }
        StringBuilder text = new StringBuilder(String.valueOf(cell.value().get()));
        if (cell.sincePrevious().state() != Change.State.MISSING) {
            text.append(" · ").append(host.getTranslation("impact.since-previous", change(cell.sincePrevious())));
        }
        if (cell.sinceBaseline().state() != Change.State.MISSING) {
            text.append(" · ").append(host.getTranslation("impact.since-baseline", change(cell.sinceBaseline())));
        }
        return text.toString();
    }

    String measure(String key) {
        return host.getTranslation("impact.measure." + key);
    }

    private String signed(int value) {
        return (value > 0 ? "+" : "") + value;
    }

    private String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(com.vaadin.flow.component.UI.getCurrent().getLocale());
        format.setMaximumFractionDigits(1);
        return (value > 0 ? "+" : "") + format.format(value) + "%";
    }
}
