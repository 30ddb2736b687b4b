package nl.weefsel.impact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * What was counted at one moment; {@code null} means "not counted", which is not the same as 0.
 *
 * @param participants       participations (one pupil at three sessions counts three times)
 * @param uniqueParticipants different people reached
 * @param repeatParticipants people who took part more than once
 * @param sessions           lessons, workshops or meetings held
 * @param parentTurnout      parents present at presentations and open lessons
 * @param targetGroups       the nature of the target group reached
 * @param disciplines        the diversity of the offer
 * @param signals            the other signals counted, from the catalogue
 */
public record Counts(@Nullable Integer participants, @Nullable Integer uniqueParticipants,
                     @Nullable Integer repeatParticipants, @Nullable Integer sessions, @Nullable Integer parentTurnout,
                     Set<TargetGroup> targetGroups, Set<Discipline> disciplines, Map<ImpactSignal, Integer> signals) {

    public static final Counts NONE = new Counts(null, null, null, null, null, Set.of(), Set.of(), Map.of());

    public Counts {
        targetGroups = Set.copyOf(targetGroups);
        disciplines = Set.copyOf(disciplines);
        signals = Map.copyOf(signals);
    }

    /** Every measure that was counted, by key, in a fixed order: reach first, then diversity, then the signals. */
    public Map<String, Integer> measures() {
        Map<String, Integer> out = new LinkedHashMap<>();
        put(out, "participants", participants);
        put(out, "uniqueParticipants", uniqueParticipants);
        put(out, "repeatParticipants", repeatParticipants);
        put(out, "sessions", sessions);
        put(out, "parentTurnout", parentTurnout);
        if (!targetGroups.isEmpty()) {
            out.put("targetGroups", targetGroups.size());
        }
        if (!disciplines.isEmpty()) {
            out.put("disciplines", disciplines.size());
        }
        signals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.put(signalKey(entry.getKey()), entry.getValue()));
        return out;
    }

    public static String signalKey(ImpactSignal signal) {
        return "signal." + signal.name();
    }

    private static void put(Map<String, Integer> out, String key, @Nullable Integer value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
