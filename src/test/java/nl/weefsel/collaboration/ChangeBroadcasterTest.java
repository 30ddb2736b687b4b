package nl.weefsel.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.RecordChanged.Change;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Committed changes reach the browsers' subscriptions; rolled-back ones never do. */
class ChangeBroadcasterTest extends WeefselIntegrationTest {

    @Autowired ChangeBroadcaster broadcaster;
    @Autowired ActorService actors;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void signIn() {
        TestUsers.signInAsAdmin("eva");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_committed_change_reaches_the_subscribers_that_want_it() throws Exception {
        List<RecordChanged> actorChanges = new CopyOnWriteArrayList<>();
        List<RecordChanged> tieChanges = new CopyOnWriteArrayList<>();
        var actorSubscription = broadcaster.subscribe(change -> change.kind().equals("Actor"), actorChanges::addAll);
        var tieSubscription = broadcaster.subscribe(change -> change.kind().equals("Partnership"), tieChanges::addAll);
        try {
            Actor created = actors.create(ActorData.of("Popkoor West", ActorKind.MAKER, null));

            awaitUntil(() -> actorChanges.stream().anyMatch(change -> change.id().equals(created.id())));
            RecordChanged change = actorChanges.stream().filter(c -> c.id().equals(created.id())).findFirst().orElseThrow();
            assertThat(change.change()).isEqualTo(Change.CREATED);
            assertThat(change.after()).isEqualTo(created);
            assertThat(tieChanges).noneMatch(c -> c.id().equals(created.id()));
        } finally {
            actorSubscription.remove();
            tieSubscription.remove();
        }
    }

    @Test
    void a_rolled_back_change_is_never_relayed() throws Exception {
        List<RecordChanged> seen = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.subscribe(change -> change.kind().equals("Actor"), seen::addAll);
        try {
            transactions.executeWithoutResult(status -> {
                actors.create(ActorData.of("Nooit Bestaan", ActorKind.MAKER, null));
                status.setRollbackOnly();
            });
            Actor marker = actors.create(ActorData.of("Wel Bestaan", ActorKind.MAKER, null));

            awaitUntil(() -> seen.stream().anyMatch(change -> change.id().equals(marker.id())));
            assertThat(seen).extracting(change -> ((Actor) change.after()).name()).doesNotContain("Nooit Bestaan");
        } finally {
            subscription.remove();
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached in time").isTrue();
    }
}
