package nl.weefsel.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.RecordChanged;
import org.junit.jupiter.api.Test;

/** Changes that arrive while a recomputation runs are not lost: they get a recomputation of their own. */
class LiveCoverageDebounceTest {

    @Test
    void a_change_during_a_recomputation_is_recomputed_afterwards() throws InterruptedException {
        var reads = new AtomicInteger();
        var firstRecomputationStarted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var queries = new CoverageQueries(null) {
            @Override
            public NetworkData network(LocalDate day) {
                int read = reads.incrementAndGet();
                if (read == 2) {
                    firstRecomputationStarted.countDown();
                    await(release);
                }
                return networkOfRead(read);
            }
        };
        var live = new LiveCoverage(queries);
        live.current();

        live.recordChanged(change("first"));
        assertThat(firstRecomputationStarted.await(1, TimeUnit.MINUTES)).isTrue();
        live.recordChanged(change("second"));
        release.countDown();
        live.awaitIdle();
        live.stop();

        assertThat(reads).hasValue(3);
        assertThat(live.current().findings().whiteSpots()).anyMatch(spot -> spot.area().id().equals("area-3"));
    }

    /** The n-th read of the network has n areas, so the findings show which read they come from. */
    private static NetworkData networkOfRead(int read) {
        var f = new Fixture();
        for (int i = 1; i <= read; i++) {
            f.area("area-" + i, AreaLevel.MUNICIPALITY, null, 1000);
        }
        f.role("SCOUTING");
        NetworkData data = f.data();
        // dated today, as the live findings are
        return new NetworkData(LocalDate.now(), data.areas(), data.actors(), data.roles(), data.assignments(),
                data.initiatives(), data.needs(), data.ties());
    }

    private static RecordChanged change(String id) {
        return RecordChanged.deleted("Area", id, "before");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
