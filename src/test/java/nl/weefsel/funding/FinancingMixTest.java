package nl.weefsel.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import org.junit.jupiter.api.Test;

/** The financing mix worked out by hand: shares of a budget of € 10.000, the gap to 100%, over-financing, periods. */
class FinancingMixTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Validity YEAR_2025 = new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void shares_are_fractions_of_the_budget_and_the_gap_is_what_is_missing_to_100_percent() {
        var mix = FinancingMix.of("i", DAY, 1_000_000L, List.of(
                tie("a", "fund", 400_000, FundingInstrument.SUBSIDY, YEAR_2025),
                tie("b", "crowd", 150_000, FundingInstrument.MATCHFUNDING, YEAR_2025),
                tie("c", "maker", 50_000, FundingInstrument.OWN_INCOME, Validity.ALWAYS)));

        assertThat(mix.sources()).extracting(FinancingMix.Source::funderId, FinancingMix.Source::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fund", new BigDecimal("0.4000")),
                        org.assertj.core.groups.Tuple.tuple("crowd", new BigDecimal("0.1500")),
                        org.assertj.core.groups.Tuple.tuple("maker", new BigDecimal("0.0500")));
        assertThat(mix.totalCents()).isEqualTo(600_000);
        assertThat(mix.totalShare()).isEqualByComparingTo("0.6");
        assertThat(mix.gapCents()).isEqualTo(400_000);
        assertThat(mix.status()).isEqualTo(FinancingMix.Status.SHORT);
        assertThat(mix.byInstrument()).isEqualTo(Map.of(FundingInstrument.SUBSIDY, 400_000L,
                FundingInstrument.MATCHFUNDING, 150_000L, FundingInstrument.OWN_INCOME, 50_000L));
    }

    @Test
    void two_ties_of_one_funder_by_one_instrument_are_one_source() {
        var mix = FinancingMix.of("i", DAY, 300_000L, List.of(
                tie("a", "fund", 100_000, FundingInstrument.SUBSIDY, YEAR_2025),
                tie("b", "fund", 100_000, FundingInstrument.SUBSIDY, Validity.ALWAYS),
                tie("c", "fund", 100_000, FundingInstrument.LOAN, Validity.ALWAYS)));

        assertThat(mix.sources()).hasSize(2);
        assertThat(mix.sources().getFirst().fundingIds()).containsExactly("a", "b");
        assertThat(mix.sources().getFirst().share()).isEqualByComparingTo("0.6667");
        assertThat(mix.totalShare()).isEqualByComparingTo("1");
        assertThat(mix.gapCents()).isZero();
        assertThat(mix.status()).isEqualTo(FinancingMix.Status.COMPLETE);
    }

    @Test
    void more_money_than_budget_is_over_financing_with_a_negative_gap() {
        var mix = FinancingMix.of("i", DAY, 200_000L, List.of(tie("a", "fund", 250_000, FundingInstrument.DONATION, YEAR_2025)));

        assertThat(mix.totalShare()).isEqualByComparingTo("1.25");
        assertThat(mix.gapCents()).isEqualTo(-50_000);
        assertThat(mix.status()).isEqualTo(FinancingMix.Status.OVER);
    }

    @Test
    void only_ties_valid_on_the_day_and_to_the_initiative_count() {
        var ties = List.of(tie("a", "fund", 100_000, FundingInstrument.SUBSIDY, YEAR_2025),
                tie("b", "fund", 100_000, FundingInstrument.SUBSIDY, new Validity(LocalDate.of(2026, 1, 1), null)),
                tie("c", "fund", 100_000, FundingInstrument.SUBSIDY, new Validity(null, LocalDate.of(2025, 5, 31))),
                new Funding("d", "fund", "other", RecipientKind.INITIATIVE, 999, FundingInstrument.LOAN, Validity.ALWAYS,
                        PROVENANCE, null, 0, AUDIT));

        assertThat(FinancingMix.of("i", DAY, 400_000L, ties).totalCents()).isEqualTo(100_000);
        assertThat(FinancingMix.of("i", LocalDate.of(2025, 12, 31), 400_000L, ties).totalCents()).isEqualTo(100_000);
        assertThat(FinancingMix.of("i", LocalDate.of(2026, 1, 1), 400_000L, ties).totalCents()).isEqualTo(100_000);
        assertThat(FinancingMix.of("i", LocalDate.of(2025, 5, 31), 400_000L, ties).totalCents()).isEqualTo(200_000);
    }

    @Test
    void without_a_budget_or_with_a_budget_of_0_shares_and_gap_are_undefined() {
        for (Long budget : new Long[] {null, 0L}) {
            var mix = FinancingMix.of("i", DAY, budget, List.of(tie("a", "fund", 100_000, FundingInstrument.SUBSIDY, YEAR_2025)));

            assertThat(mix.status()).isEqualTo(FinancingMix.Status.NO_BUDGET);
            assertThat(mix.budgetCents()).isNull();
            assertThat(mix.totalCents()).isEqualTo(100_000);
            assertThat(mix.totalShare()).isNull();
            assertThat(mix.gapCents()).isNull();
            assertThat(mix.sources().getFirst().share()).isNull();
        }
    }

    private static final Provenance PROVENANCE = new Provenance("test", null, Instant.EPOCH);
    private static final Audit AUDIT = new Audit(null, null, null, null);

    static Funding tie(String id, String funder, long cents, FundingInstrument instrument, Validity validity) {
        return new Funding(id, funder, "i", RecipientKind.INITIATIVE, cents, instrument, validity, PROVENANCE, null, 0, AUDIT);
    }
}
