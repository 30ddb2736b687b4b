package nl.weefsel.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The remembered analysis ({@link RememberedStructure}) is reused only for the very same node and edge
 * lists: reading the database again after a change of a tie's facts must give them in the same order.
 */
class StructureReadTest extends WeefselIntegrationTest {

    @Autowired CoverageQueries queries;
    @Autowired ActorService actors;
    @Autowired PartnershipService ties;

    @Test
    void after_a_tie_s_facts_change_the_network_is_read_with_the_same_nodes_and_edges_in_the_same_order() {
        TestUsers.signInAsAdmin("coverage-test");
        try {
            String school = actors.create(ActorData.of("Structuur Basisschool", ActorKind.SCHOOL, null)).id();
            String theatre = actors.create(ActorData.of("Structuur Theater", ActorKind.CULTURAL_INSTITUTION, null)).id();
            Partnership tie = ties.create(facts(school, theatre, false));
            ActorGraph before = new ActorGraph(queries.network(LocalDate.now()));

            ties.update(tie.id(), tie.version(), facts(school, theatre, true));
            ActorGraph after = new ActorGraph(queries.network(LocalDate.now()));

            assertThat(after.nodes()).isEqualTo(before.nodes());
            assertThat(after.edges()).isEqualTo(before.edges()).contains(Stream.of(school, theatre).sorted().toList());
        } finally {
            TestUsers.signOut();
        }
    }

    private static PartnershipData facts(String from, String to, boolean writtenAgreement) {
        return new PartnershipData(from, to, TieKind.COLLABORATION, Intensity.COOPERATION, writtenAgreement, true,
                Validity.ALWAYS, true, null, null);
    }
}
