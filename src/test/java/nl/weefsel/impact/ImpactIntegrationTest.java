package nl.weefsel.impact;

import java.util.List;
import java.util.function.Supplier;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.audit.HistoryService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The impact tests' common ground: a fresh school–partner tie for every test ({@link ImpactFixture})
 * and ways to act as each kind of user on it.
 */
abstract class ImpactIntegrationTest extends WeefselIntegrationTest {

    @Autowired ImpactService impact;
    @Autowired ChecklistService checklists;
    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired PartnershipService partnerships;
    @Autowired HistoryService history;
    @Autowired ImpactCsv csv;

    ImpactFixture f;

    @BeforeEach
    void aPartnershipBetweenASchoolAndACulturalPartner() {
        f = ImpactFixture.create(areas, actors, partnerships);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** As a partner user of the organisation (matched by name). */
    <T> T asPartnerOf(String organisation, Supplier<T> work) {
        return TestUsers.as("partner-" + organisation, WeefselRole.PARTNER, List.of(), organisation, work);
    }

    void asPartnerOf(String organisation, Runnable work) {
        asPartnerOf(organisation, () -> {
            work.run();
            return null;
        });
    }

    <T> T as(WeefselRole role, List<String> territories, Supplier<T> work) {
        return TestUsers.as(role.name().toLowerCase() + "-impact", role, territories, null, work);
    }
}
