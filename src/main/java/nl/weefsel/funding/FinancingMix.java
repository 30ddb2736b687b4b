package nl.weefsel.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's financing mix on a day: the ties valid that day, per funder and instrument, against
 * its budget. Shares are fractions of the budget (0.25 = 25%), rounded half-up to four decimals; without
 * a budget (or with a budget of 0) they are undefined and {@code null}.
 *
 * @param budgetCents the budget, {@code null} when the initiative has none
 * @param totalCents  the sum of the ties valid on {@code day}
 * @param gapCents    what is missing to 100% of the budget; negative when over-financed, {@code null} without budget
 */
public record FinancingMix(String initiativeId, LocalDate day, @Nullable Long budgetCents, List<Source> sources,
                           long totalCents, @Nullable BigDecimal totalShare, @Nullable Long gapCents, Status status) {

    public enum Status {
        /** no budget: shares undefined */
        NO_BUDGET,
        /** less than 100% financed */
        SHORT,
        /** exactly 100% */
        COMPLETE,
        /** more than 100% */
        OVER
    }

    /** One funder's money by one instrument. */
    public record Source(String funderId, FundingInstrument instrument, long amountCents, @Nullable BigDecimal share,
                         List<String> fundingIds) {
    }

    public FinancingMix {
        sources = List.copyOf(sources);
    }

    /**
     * @param ties ties of any recipient and period; only those funding {@code initiativeId} on {@code day} count
     */
    public static FinancingMix of(String initiativeId, LocalDate day, @Nullable Long budgetCents, List<Funding> ties) {
        Long budget = budgetCents == null || budgetCents <= 0 ? null : budgetCents;
        Map<String, List<Funding>> grouped = new LinkedHashMap<>();
        ties.stream()
                .filter(tie -> tie.recipientKind() == RecipientKind.INITIATIVE && tie.recipientId().equals(initiativeId))
                .filter(tie -> tie.validity().isCurrentOn(day))
                .forEach(tie -> grouped.computeIfAbsent(tie.funderId() + "|" + tie.instrument(), key -> new ArrayList<>()).add(tie));
        List<Source> sources = new ArrayList<>();
        for (List<Funding> group : grouped.values()) {
            long amount = group.stream().mapToLong(Funding::amountCents).sum();
            sources.add(new Source(group.getFirst().funderId(), group.getFirst().instrument(), amount, share(amount, budget),
                    group.stream().map(Funding::id).toList()));
        }
        sources.sort(Comparator.comparingLong(Source::amountCents).reversed().thenComparing(Source::funderId));
        long total = sources.stream().mapToLong(Source::amountCents).sum();
        Status status = budget == null ? Status.NO_BUDGET
                : total < budget ? Status.SHORT : total == budget ? Status.COMPLETE : Status.OVER;
        return new FinancingMix(initiativeId, day, budget, sources, total, share(total, budget),
                budget == null ? null : budget - total, status);
    }

    /** The total per instrument, largest first. */
    public Map<FundingInstrument, Long> byInstrument() {
        Map<FundingInstrument, Long> totals = new EnumMap<>(FundingInstrument.class);
        sources.forEach(source -> totals.merge(source.instrument(), source.amountCents(), Long::sum));
        return totals;
    }

    /** The share of the budget an amount is, or {@code null} without budget. */
    public @Nullable BigDecimal shareOf(long amountCents) {
        return share(amountCents, budgetCents);
    }

    private static @Nullable BigDecimal share(long amount, @Nullable Long budget) {
        return budget == null ? null : BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(budget), 4, RoundingMode.HALF_UP);
    }
}
