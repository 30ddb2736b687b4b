package nl.weefsel.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Euro amounts and shares as the user's language writes them: "€ 1.250,00" and "37,5%". */
final class Money {

    private Money() {
    }

    static String euros(Component host, long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.of(language(host), "NL"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** A share of the budget, or the text for "undefined" when there is no budget. */
    static String share(Component host, @Nullable BigDecimal share) {
        if (share == null) {
            return host.getTranslation("funding.share.undefined");
        }
        NumberFormat format = NumberFormat.getPercentInstance(Locale.of(language(host), "NL"));
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    static BigDecimal toEuros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Whole cents, rounded half-up: a user may type € 12,345. */
    static long toCents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String language(Component host) {
        UI current = UI.getCurrent();
        Locale locale = host.getUI().map(UI::getLocale).orElse(current == null ? null : current.getLocale());
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
