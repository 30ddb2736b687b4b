package nl.weefsel.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The change over time of a partnership's counts: per moment (in order) and per measure, the change
 * since the moment just before it and since the baseline. A measure a moment did not count is
 * missing there, and so are its changes; the baseline is the first moment of kind
 * {@link MomentKind#BASELINE}, and without one there is no change since the baseline.
 */
public final class Trend {

    /** One cell of the trend table. */
    public record Cell(String measure, ImpactMoment moment, Optional<Integer> value, Change sincePrevious,
                       Change sinceBaseline) {
    }

    private final List<ImpactMoment> moments;
    private final Optional<ImpactMoment> baseline;

    public Trend(List<ImpactMoment> moments) {
        this.moments = moments.stream().sorted(Comparator.comparingInt(ImpactMoment::order)
                .thenComparing(ImpactMoment::date)).toList();
        this.baseline = this.moments.stream().filter(moment -> moment.kind() == MomentKind.BASELINE).findFirst();
    }

    public List<ImpactMoment> moments() {
        return moments;
    }

    public Optional<ImpactMoment> baseline() {
        return baseline;
    }

    /** Every measure counted at any moment, in the order {@link Counts#measures()} gives. */
    public List<String> measures() {
        Set<String> keys = new LinkedHashSet<>();
        for (ImpactMoment moment : moments) {
            keys.addAll(moment.counts().measures().keySet());
        }
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparingInt(Trend::rank));
        return ordered;
    }

    public List<Cell> row(String measure) {
        List<Cell> cells = new ArrayList<>();
        Integer previous = null;
        Integer fromBaseline = baseline.map(moment -> moment.counts().measures().get(measure)).orElse(null);
        for (int i = 0; i < moments.size(); i++) {
            ImpactMoment moment = moments.get(i);
            Integer value = moment.counts().measures().get(measure);
            boolean isBaseline = baseline.filter(b -> b.id().equals(moment.id())).isPresent();
            cells.add(new Cell(measure, moment, Optional.ofNullable(value),
                    i == 0 ? new Change(null, null) : new Change(previous, value),
                    baseline.isEmpty() || isBaseline ? new Change(null, null) : new Change(fromBaseline, value)));
            previous = value;
        }
        return cells;
    }

    public Cell cell(String measure, String momentId) {
        return row(measure).stream().filter(cell -> cell.moment().id().equals(momentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no moment " + momentId));
    }

    private static final List<String> FIXED = List.of("participants", "uniqueParticipants", "repeatParticipants",
            "sessions", "parentTurnout", "targetGroups", "disciplines");

    private static int rank(String measure) {
        int fixed = FIXED.indexOf(measure);
        if (fixed >= 0) {
            return fixed;
        }
        String signal = measure.substring(measure.indexOf('.') + 1);
        return FIXED.size() + ImpactSignal.valueOf(signal).ordinal();
    }

    /** The measures' values at one moment, for a table or export. */
    public static Map<String, Integer> valuesOf(ImpactMoment moment) {
        return moment.counts().measures();
    }
}
