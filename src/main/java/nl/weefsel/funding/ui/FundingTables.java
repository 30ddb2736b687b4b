package nl.weefsel.funding.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.weefsel.funding.FinancingMix;
import nl.weefsel.funding.Funding;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the CSV downloads, header first: amounts in euros and shares in percent, as plain numbers.
 * {@code text} translates a message key.
 */
final class FundingTables {

    private FundingTables() {
    }

    static List<List<String>> ties(Function<String, String> text, List<Funding> ties, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", text.apply("field.funderId"), text.apply("field.recipientId"),
                text.apply("field.recipientKind"), text.apply("funding.csv.amount"),
                text.apply("field.instrument"), text.apply("field.validity.from"),
                text.apply("field.validity.until"), text.apply("field.provenance.source"),
                text.apply("field.provenance.assertedBy"), text.apply("field.note")));
        for (Funding tie : ties) {
            rows.add(List.of(tie.id(), names.getOrDefault(tie.funderId(), tie.funderId()),
                    names.getOrDefault(tie.recipientId(), tie.recipientId()), label(text, tie.recipientKind()),
                    euros(tie.amountCents()), label(text, tie.instrument()), plain(tie.validity().from()),
                    plain(tie.validity().until()), plain(tie.provenance().source()), tie.provenance().assertedBy(), plain(tie.note())));
        }
        return rows;
    }

    static List<List<String>> mix(Function<String, String> text, FinancingMix mix, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text.apply("field.funderId"), text.apply("field.instrument"),
                text.apply("funding.csv.amount"), text.apply("funding.csv.share")));
        for (FinancingMix.Source source : mix.sources()) {
            rows.add(List.of(names.getOrDefault(source.funderId(), source.funderId()), label(text, source.instrument()),
                    euros(source.amountCents()), percent(source.share())));
        }
        rows.add(List.of(text.apply("funding.mix.total"), "", euros(mix.totalCents()), percent(mix.totalShare())));
        rows.add(List.of(text.apply("funding.mix.budget"), "", mix.budgetCents() == null ? "" : euros(mix.budgetCents()),
                mix.budgetCents() == null ? "" : "100"));
        rows.add(List.of(text.apply("funding.mix.gap"), "", mix.gapCents() == null ? "" : euros(mix.gapCents()), ""));
        return rows;
    }

    /** Plain euros with two decimals, e.g. "1250.00" (negative for over-financing). */
    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String percent(@Nullable BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** Like {@code Labels.of}, but through {@code text}: a download is served without a current UI. */
    private static String label(Function<String, String> text, Enum<?> value) {
        return text.apply("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String plain(@Nullable Object value) {
        return Objects.toString(value, "");
    }
}
