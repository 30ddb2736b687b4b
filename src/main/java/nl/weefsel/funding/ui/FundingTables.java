package nl.weefsel.funding.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weefsel.funding.FinancingMix;
import nl.weefsel.funding.Funding;
import org.jspecify.annotations.Nullable;

/** The rows of the CSV downloads, header first: amounts in euros and shares in percent, as plain numbers. */
final class FundingTables {

    private FundingTables() {
    }

    static List<List<String>> ties(Component host, List<Funding> ties, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", host.getTranslation("field.funderId"), host.getTranslation("field.recipientId"),
                host.getTranslation("field.recipientKind"), host.getTranslation("funding.csv.amount"),
                host.getTranslation("field.instrument"), host.getTranslation("field.validity.from"),
                host.getTranslation("field.validity.until"), host.getTranslation("field.provenance.source"),
                host.getTranslation("field.provenance.assertedBy"), host.getTranslation("field.note")));
        for (Funding tie : ties) {
            rows.add(List.of(tie.id(), names.getOrDefault(tie.funderId(), tie.funderId()),
                    names.getOrDefault(tie.recipientId(), tie.recipientId()), label(host, tie.recipientKind()),
                    euros(tie.amountCents()), label(host, tie.instrument()), text(tie.validity().from()),
                    text(tie.validity().until()), text(tie.provenance().source()), tie.provenance().assertedBy(), text(tie.note())));
        }
        return rows;
    }

    static List<List<String>> mix(Component host, FinancingMix mix, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(host.getTranslation("field.funderId"), host.getTranslation("field.instrument"),
                host.getTranslation("funding.csv.amount"), host.getTranslation("funding.csv.share")));
        for (FinancingMix.Source source : mix.sources()) {
            rows.add(List.of(names.getOrDefault(source.funderId(), source.funderId()), label(host, source.instrument()),
                    euros(source.amountCents()), percent(source.share())));
        }
        rows.add(List.of(host.getTranslation("funding.mix.total"), "", euros(mix.totalCents()), percent(mix.totalShare())));
        rows.add(List.of(host.getTranslation("funding.mix.budget"), "", mix.budgetCents() == null ? "" : euros(mix.budgetCents()),
                mix.budgetCents() == null ? "" : "100"));
        rows.add(List.of(host.getTranslation("funding.mix.gap"), "", mix.gapCents() == null ? "" : euros(mix.gapCents()), ""));
        return rows;
    }

    /** Plain euros with two decimals, e.g. "1250.00" (negative for over-financing). */
    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String percent(@Nullable BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** Like {@code Labels.of}, but from the host: a download is served without a current UI. */
    private static String label(Component host, Enum<?> value) {
        return host.getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String text(@Nullable Object value) {
        return Objects.toString(value, "");
    }
}
