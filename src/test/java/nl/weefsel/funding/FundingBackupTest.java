package nl.weefsel.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.exchange.BackupService;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Funding ties and budgets travel inside the JSON back-up: lost after it was made, a restore brings them back unchanged. */
class FundingBackupTest extends WeefselIntegrationTest {

    @Autowired BackupService backups;
    @Autowired FundingService fundings;
    @Autowired BudgetService budgets;
    @Autowired FundingAnalysisService analysis;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired InitiativeService initiatives;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void funding_ties_and_budgets_survive_a_backup_and_restore() {
        TestUsers.signInAsAdmin("backup-funding-test");
        String u = UUID.randomUUID().toString().substring(0, 8);
        String rotterdam = areas.findByCode("GM0599").orElseThrow().id();
        String fund = actors.create(ActorData.of("Back-upfonds " + u, ActorKind.FUNDER, rotterdam)).id();
        String initiative = initiatives.register(new InitiativeData("Back-upinitiatief " + u, null, rotterdam, null, Set.of(),
                Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS)).id();
        var tie = fundings.create(new FundingData(fund, initiative, RecipientKind.INITIATIVE, 123_456L,
                FundingInstrument.PARTICIPATORY_GRANTMAKING, new Validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                "Bewonersstemming", "met \"aanhalingstekens\" & <tekens>"));
        var budget = budgets.set(initiative, 0, 200_000L, "begroting");
        var mix = analysis.mix(initiative, LocalDate.of(2026, 6, 1));

        var backup = new ByteArrayOutputStream();
        backups.export(null, backup);
        fundings.delete(tie.id());
        budgets.remove(initiative);
        assertThat(fundings.find(tie.id())).isEmpty();

        backups.restore(new ByteArrayInputStream(backup.toByteArray()), true);

        assertThat(fundings.find(tie.id())).hasValue(tie);
        assertThat(budgets.of(initiative)).hasValue(budget);
        assertThat(fundings.flows(Set.of(fund), Set.of(), LocalDate.of(2026, 6, 1))).extracting(FundingFlow::fundingId)
                .containsExactly(tie.id());
        assertThat(analysis.mix(initiative, LocalDate.of(2026, 6, 1))).isEqualTo(mix);
    }
}
