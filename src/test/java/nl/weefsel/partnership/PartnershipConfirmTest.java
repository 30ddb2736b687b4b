package nl.weefsel.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Confirming a one-sided tie changes that one fact: both ends, the rest of the tie and its history stay. */
class PartnershipConfirmTest extends WeefselIntegrationTest {

    @Autowired PartnershipService partnerships;
    @Autowired ActorService actors;
    @Autowired AreaService areas;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("confirm-test");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void confirming_keeps_both_ends_of_the_tie() {
        String rotterdam = areas.findByCode("GM0599").orElseThrow().id();
        var from = actors.create(ActorData.of("Bevestigkoor", ActorKind.COMMUNITY_INITIATIVE, rotterdam));
        var to = actors.create(ActorData.of("Bevestighuis", ActorKind.WELFARE, rotterdam));
        Partnership proposed = partnerships.create(new PartnershipData(from.id(), to.id(), TieKind.COLLABORATION,
                Intensity.AWARENESS, false, false, Validity.ALWAYS, false, null, null));

        Partnership confirmed = partnerships.confirm(proposed.id(), proposed.version());

        assertThat(confirmed.confirmed()).isTrue();
        Partnership found = partnerships.find(proposed.id()).orElseThrow();
        assertThat(found.fromActorId()).isEqualTo(from.id());
        assertThat(found.toActorId()).isEqualTo(to.id());
        assertThat(found.confirmed()).isTrue();
        assertThat(found.version()).isEqualTo(proposed.version() + 1);
    }
}
