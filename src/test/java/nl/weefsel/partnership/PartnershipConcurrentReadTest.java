package nl.weefsel.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
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

/**
 * A read of a tie that overlaps another session's saves of the same tie sees the tie whole: both
 * ends and the facts of one saved version, never a tie without an end or an error (DD005).
 */
class PartnershipConcurrentReadTest extends WeefselIntegrationTest {

    private static final int SAVES = 300;

    @Autowired PartnershipService partnerships;
    @Autowired ActorService actors;
    @Autowired AreaService areas;

    private String rotterdam;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("overlap-test");
        rotterdam = areas.findByCode("GM0599").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void reads_overlapping_saves_of_a_ties_facts_never_fail() throws InterruptedException {
        Actor from = actor("Overlapkoor");
        Actor to = actor("Overlaphuis");
        Partnership tie = partnerships.create(data(from, to, 0));

        Partnership last = saveWhileReading(tie, i -> data(from, to, i), Set.of(to.id()), from.id(), false);

        assertThat(last.note()).isEqualTo("note " + SAVES);
        Partnership stored = partnerships.find(tie.id()).orElseThrow();
        assertThat(stored).isEqualTo(last);
        assertThat(stored.version()).isEqualTo(tie.version() + SAVES);
    }

    @Test
    void reads_overlapping_saves_that_move_an_end_of_the_tie_never_fail() throws InterruptedException {
        Actor from = actor("Verhuiskoor");
        Actor to = actor("Verhuishuis");
        Actor other = actor("Verhuisbieb");
        Partnership tie = partnerships.create(data(from, to, 0));

        Partnership last = saveWhileReading(tie, i -> data(from, i % 2 == 0 ? to : other, i),
                Set.of(to.id(), other.id()), from.id(), true);

        Partnership stored = partnerships.find(tie.id()).orElseThrow();
        assertThat(stored).isEqualTo(last);
        assertThat(stored.toActorId()).isEqualTo(to.id());
        assertThat(partnerships.ofActor(other.id())).isEmpty();
    }

    /**
     * Saves the tie {@link #SAVES} times while another thread reads it and its actor's ties, and fails on
     * any bad read. A list is one statement, and Neo4j's read-committed isolation holds per record, not
     * per statement: while a save moves an end the list may leave the tie out for that moment (DD005),
     * never show it twice or with an end it never had.
     */
    private Partnership saveWhileReading(Partnership tie, IntFunction<PartnershipData> version, Set<String> ends,
                                         String from, boolean endsMove) throws InterruptedException {
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (saving.get()) {
                read(tie.id(), from, ends, endsMove, failures);
                reads.incrementAndGet();
            }
        });
        Partnership last = tie;
        try {
            for (int i = 1; i <= SAVES; i++) {
                last = partnerships.update(last.id(), last.version(), version.apply(i));
            }
        } finally {
            saving.set(false);
            reader.join();
        }
        assertThat(reads.get()).isPositive();
        assertThat(failures).as("%d of %d reads failed", failures.size(), reads.get()).isEmpty();
        return last;
    }

    private void read(String id, String from, Set<String> ends, boolean endsMove, ConcurrentLinkedQueue<String> failures) {
        try {
            Partnership found = partnerships.find(id).orElse(null);
            if (found == null || !from.equals(found.fromActorId()) || !ends.contains(found.toActorId())) {
                failures.add("find: " + found);
            }
        } catch (RuntimeException e) {
            failures.add("find: " + e);
        }
        try {
            List<Partnership> ofActor = partnerships.ofActor(from);
            boolean missing = ofActor.isEmpty() && endsMove;
            if (!missing && (ofActor.size() != 1 || !ends.contains(ofActor.getFirst().toActorId()))) {
                failures.add("ofActor: " + ofActor);
            }
        } catch (RuntimeException e) {
            failures.add("ofActor: " + e);
        }
    }

    private Actor actor(String name) {
        return actors.create(ActorData.of(name, ActorKind.COMMUNITY_INITIATIVE, rotterdam));
    }

    private static PartnershipData data(Actor from, Actor to, int i) {
        return new PartnershipData(from.id(), to.id(), TieKind.COLLABORATION,
                i % 2 == 0 ? Intensity.AWARENESS : Intensity.COOPERATION, i % 2 == 1, false, Validity.ALWAYS, false,
                null, "note " + i);
    }
}
