package nl.weefsel.coverage.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import nl.weefsel.coverage.AreaCoverage;

/**
 * Colours areas by holders per 10,000 inhabitants: white spots in orange, areas without (known)
 * inhabitants in grey, the others in up to four shades of blue with about as many areas in each
 * (quantiles). Orange and blue stay apart for colour-blind readers.
 */
final class Choropleth {

    static final String WHITE_SPOT = "#e6550d";
    static final String NO_INHABITANTS = "#d1d5db";
    static final List<String> BLUES = List.of("#c6dbef", "#6baed6", "#2171b5", "#08306b");

    /** How one class is named in the legend. */
    interface Labels {
        String whiteSpot();

        String noInhabitants();

        String range(String from, String to);

        String above(String from, String to);
    }

    private final Map<String, String> colours = new LinkedHashMap<>();
    private final List<AreaMap.LegendEntry> legend = new ArrayList<>();

    Choropleth(List<AreaCoverage> areas, Labels labels, DoubleFunction<String> number) {
        List<Double> values = areas.stream().filter(a -> !a.isWhiteSpot() && a.perTenThousand() != null)
                .map(a -> rounded(a.perTenThousand())).sorted().toList();
        List<Double> upperBounds = breaks(values);
        for (AreaCoverage area : areas) {
            colours.put(area.area().id(), colour(area, upperBounds));
        }
        if (areas.stream().anyMatch(Choropleth::isWhiteSpot)) {
            legend.add(new AreaMap.LegendEntry(WHITE_SPOT, labels.whiteSpot()));
        }
        for (int i = 0; i < upperBounds.size(); i++) {
            String upper = number.apply(upperBounds.get(i));
            String label = i == 0
                    ? (values.getFirst().equals(upperBounds.getFirst()) ? upper : labels.range(number.apply(values.getFirst()), upper))
                    : labels.above(number.apply(upperBounds.get(i - 1)), upper);
            legend.add(new AreaMap.LegendEntry(BLUES.get(i), label));
        }
        if (areas.stream().anyMatch(a -> !isWhiteSpot(a) && a.perTenThousand() == null)) {
            legend.add(new AreaMap.LegendEntry(NO_INHABITANTS, labels.noInhabitants()));
        }
    }

    String colour(String areaId) {
        return colours.getOrDefault(areaId, NO_INHABITANTS);
    }

    List<AreaMap.LegendEntry> legend() {
        return List.copyOf(legend);
    }

    /** The upper bound of each class: at most four, each holding about as many areas. */
    static List<Double> breaks(List<Double> sortedValues) {
        List<Double> distinct = sortedValues.stream().distinct().toList();
        int classes = Math.min(BLUES.size(), distinct.size());
        List<Double> bounds = new ArrayList<>();
        for (int i = 1; i <= classes; i++) {
            double bound = sortedValues.get((int) Math.ceil((double) i * sortedValues.size() / classes) - 1);
            if (bounds.isEmpty() || bound > bounds.getLast()) {
                bounds.add(bound);
            }
        }
        return bounds;
    }

    /** Classes are formed on the figures as shown (two decimals), so no two legend lines read the same. */
    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Nobody covers it, and people live there (or it is not known that nobody does). */
    static boolean isWhiteSpot(AreaCoverage area) {
        return area.isWhiteSpot() && !Integer.valueOf(0).equals(area.area().population());
    }

    private static String colour(AreaCoverage area, List<Double> upperBounds) {
        if (isWhiteSpot(area)) {
            return WHITE_SPOT;
        }
        if (area.perTenThousand() == null) {
            return NO_INHABITANTS;
        }
        for (int i = 0; i < upperBounds.size(); i++) {
            if (rounded(area.perTenThousand()) <= upperBounds.get(i)) {
                return BLUES.get(i);
            }
        }
        return BLUES.get(upperBounds.size() - 1);
    }
}
