package nl.weefsel.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.weefsel.base.Audit;
import nl.weefsel.base.CsvWriter;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.WeefselI18NProvider;
import nl.weefsel.funding.FinancingMix;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.RecipientKind;
import org.junit.jupiter.api.Test;

/** The CSV downloads of funding ties and of a financing mix, byte for byte, with the Dutch texts. */
class FundingTablesTest {

    private static final Function<String, String> DUTCH = key -> new WeefselI18NProvider().getTranslation(key, WeefselI18NProvider.DUTCH);
    private static final Map<String, String> NAMES = Map.of("fund", "Stadsfonds", "maker", "Maker; \"D\"", "init", "Koor");

    @Test
    void a_financing_mix_downloads_with_shares_total_budget_and_gap() {
        var mix = FinancingMix.of("init", LocalDate.of(2026, 6, 1), 1_000_000L, List.of(
                tie("a", "fund", 400_000, FundingInstrument.SUBSIDY), tie("b", "maker", 125_050, FundingInstrument.OWN_INCOME)));

        assertThat(CsvWriter.csv(FundingTables.mix(DUTCH, mix, NAMES))).isEqualTo("\uFEFF"
                + "Financier;Instrument;Bedrag (euro);Aandeel in de begroting (%)\r\n"
                + "Stadsfonds;Subsidie;4000.00;40\r\n"
                + "\"Maker; \"\"D\"\"\";Eigen inkomsten;1250.50;12.51\r\n"
                + "Totaal;;5250.50;52.51\r\n"
                + "Begroting;;10000.00;100\r\n"
                + "Tekort tot 100% (negatief: overfinanciering);;4749.50;\r\n");
    }

    @Test
    void funding_ties_download_with_funder_recipient_amount_instrument_period_and_provenance() {
        var rows = FundingTables.ties(DUTCH, List.of(tie("a", "fund", 400_000, FundingInstrument.SUBSIDY)), NAMES);

        assertThat(rows.getFirst()).startsWith("id", "Financier", "Ontvanger", "Soort ontvanger", "Bedrag (euro)", "Instrument");
        assertThat(rows.get(1)).containsExactly("a", "Stadsfonds", "Koor", "initiatief", "4000.00", "Subsidie", "2026-01-01",
                "2026-12-31", "Toekenningsbrief", "tester", "");
    }

    private static Funding tie(String id, String funder, long cents, FundingInstrument instrument) {
        return new Funding(id, funder, "init", RecipientKind.INITIATIVE, cents, instrument,
                new Validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new Provenance("tester", "Toekenningsbrief", Instant.EPOCH), null, 0, new Audit(null, null, null, null));
    }
}
