package nl.weefsel.funding;

import java.util.Locale;
import nl.weefsel.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** How money reaches the work, after the instruments "In the Mix" (seeds/004) names. */
public enum FundingInstrument {
    SUBSIDY,
    MATCHFUNDING,
    REVOLVING_FUND,
    NETWORK_FUNDING,
    PARTICIPATORY_GRANTMAKING,
    LOAN,
    DONATION,
    /** sales, commissions, tickets: the funder is the recipient itself (or the actor that runs the initiative) */
    OWN_INCOME;

    /** The instrument named by {@code text} (its constant, any case, spaces or hyphens for underscores). */
    public static FundingInstrument parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("instrument", "is required");
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (FundingInstrument instrument : values()) {
            if (instrument.name().equals(name)) {
                return instrument;
            }
        }
        throw new InvalidInputException("instrument", "'" + text.strip() + "' is not a known instrument");
    }
}
