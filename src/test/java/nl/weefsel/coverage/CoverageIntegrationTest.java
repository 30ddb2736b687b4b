package nl.weefsel.coverage;

import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The coverage tests that build a network of their own: the services they build it with, as an admin. */
abstract class CoverageIntegrationTest extends WeefselIntegrationTest {

    @Autowired CoverageService coverage;
    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService ties;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("coverage-test");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }
}
