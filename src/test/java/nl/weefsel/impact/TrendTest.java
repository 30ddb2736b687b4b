package nl.weefsel.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The change between moments, worked out by hand: consecutive, against the baseline, from 0 and with gaps. */
class TrendTest {

    private static final Audit NO_AUDIT = new Audit(null, null, null, null);

    private static ImpactMoment moment(String id, MomentKind kind, int order, @Nullable Integer participants,
                                       @Nullable Integer parents, Map<ImpactSignal, Integer> signals) {
        return new ImpactMoment(id, ImpactOwner.partnership("p"), kind, id, LocalDate.of(2026, 1, 1).plusMonths(order), order,
                new Counts(participants, null, null, null, parents, Set.of(), Set.of(), signals), null, Sharing.PRIVATE, 1, NO_AUDIT);
    }

    @Test
    void change_since_the_previous_moment_and_since_the_baseline_is_absolute_and_relative() {
        var trend = new Trend(List.of(
                moment("q2", MomentKind.QUARTER, 2, 90, null, Map.of()),
                moment("base", MomentKind.BASELINE, 0, 60, null, Map.of()),
                moment("q1", MomentKind.QUARTER, 1, 75, null, Map.of())));

        assertThat(trend.moments()).extracting(ImpactMoment::id).containsExactly("base", "q1", "q2");
        Trend.Cell q2 = trend.cell("participants", "q2");
        assertThat(q2.value()).contains(90);
        assertThat(q2.sincePrevious().absolute()).contains(15);
        assertThat(q2.sincePrevious().percent()).contains(20.0); // 15 / 75
        assertThat(q2.sinceBaseline().absolute()).contains(30);
        assertThat(q2.sinceBaseline().percent()).contains(50.0); // 30 / 60
        Trend.Cell q1 = trend.cell("participants", "q1");
        assertThat(q1.sincePrevious().percent()).contains(25.0);
        assertThat(q1.sinceBaseline()).isEqualTo(q1.sincePrevious());
    }

    @Test
    void the_baseline_itself_and_the_first_moment_have_no_change() {
        var trend = new Trend(List.of(moment("base", MomentKind.BASELINE, 0, 60, null, Map.of()),
                moment("q1", MomentKind.QUARTER, 1, 40, null, Map.of())));

        Trend.Cell base = trend.cell("participants", "base");
        assertThat(base.sincePrevious().state()).isEqualTo(Change.State.MISSING);
        assertThat(base.sinceBaseline().state()).isEqualTo(Change.State.MISSING);
        assertThat(trend.cell("participants", "q1").sinceBaseline().percent()).contains(-33.3);
    }

    @Test
    void a_change_from_a_baseline_of_zero_has_an_absolute_value_but_no_percentage() {
        var trend = new Trend(List.of(moment("base", MomentKind.BASELINE, 0, null, 0, Map.of()),
                moment("block", MomentKind.BLOCK, 1, null, 12, Map.of())));

        Change change = trend.cell("parentTurnout", "block").sinceBaseline();
        assertThat(change.state()).isEqualTo(Change.State.FROM_ZERO);
        assertThat(change.absolute()).contains(12);
        assertThat(change.percent()).isEmpty();
    }

    @Test
    void zero_to_zero_is_no_change_with_an_undefined_percentage() {
        Change change = new Change(0, 0);
        assertThat(change.absolute()).contains(0);
        assertThat(change.percent()).isEmpty();
        assertThat(change.state()).isEqualTo(Change.State.FROM_ZERO);
    }

    @Test
    void a_measure_not_counted_at_a_moment_is_missing_there_and_breaks_the_consecutive_change_only() {
        var trend = new Trend(List.of(
                moment("base", MomentKind.BASELINE, 0, 50, null, Map.of()),
                moment("q1", MomentKind.QUARTER, 1, null, null, Map.of()),
                moment("q2", MomentKind.QUARTER, 2, 55, null, Map.of())));

        Trend.Cell q1 = trend.cell("participants", "q1");
        assertThat(q1.value()).isEmpty();
        assertThat(q1.sincePrevious().state()).isEqualTo(Change.State.MISSING);
        assertThat(q1.sinceBaseline().state()).isEqualTo(Change.State.MISSING);
        Trend.Cell q2 = trend.cell("participants", "q2");
        assertThat(q2.sincePrevious().state()).isEqualTo(Change.State.MISSING);
        assertThat(q2.sinceBaseline().absolute()).contains(5);
        assertThat(q2.sinceBaseline().percent()).contains(10.0);
    }

    @Test
    void without_a_baseline_there_is_no_change_since_the_baseline() {
        var trend = new Trend(List.of(moment("q1", MomentKind.QUARTER, 1, 10, null, Map.of()),
                moment("q2", MomentKind.QUARTER, 2, 12, null, Map.of())));

        assertThat(trend.baseline()).isEmpty();
        assertThat(trend.cell("participants", "q2").sinceBaseline().state()).isEqualTo(Change.State.MISSING);
        assertThat(trend.cell("participants", "q2").sincePrevious().absolute()).contains(2);
    }

    @Test
    void measures_list_reach_first_then_diversity_then_the_catalogues_signals_and_count_sets_by_size() {
        var counts = new Counts(10, 8, 3, null, null, Set.of(TargetGroup.CHILDREN, TargetGroup.LOW_INCOME),
                Set.of(Discipline.MUSIC), Map.of(ImpactSignal.INCIDENTS, 4, ImpactSignal.PRESENTATIONS, 2));
        var trend = new Trend(List.of(new ImpactMoment("m", ImpactOwner.partnership("p"), MomentKind.BASELINE, "m", LocalDate.of(2026, 1, 1), 0,
                counts, null, Sharing.PRIVATE, 1, NO_AUDIT)));

        assertThat(trend.measures()).containsExactly("participants", "uniqueParticipants", "repeatParticipants",
                "targetGroups", "disciplines", "signal.PRESENTATIONS", "signal.INCIDENTS");
        assertThat(trend.cell("targetGroups", "m").value()).isEqualTo(Optional.of(2));
    }

    @Test
    void the_signal_catalogue_differs_per_school_group() {
        assertThat(ImpactSignal.of(SchoolGroup.GO)).contains(ImpactSignal.INCIDENTS).doesNotContain(ImpactSignal.DROPOUTS);
        assertThat(ImpactSignal.of(SchoolGroup.VO_MBO)).contains(ImpactSignal.DROPOUTS, ImpactSignal.PRESENTATIONS);
        assertThat(SchoolGroup.of(nl.weefsel.actor.SchoolType.MBO)).isEqualTo(SchoolGroup.VO_MBO);
    }
}
