package nl.weefsel.coverage.internal;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.coverage.CoverageFindings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the current findings and recomputes them in the background when records change: changes
 * arriving within {@link #DEBOUNCE_MILLIS} are handled together, and only the areas they touch are
 * recomputed (continuity risks only when the network itself changed).
 */
@Component
public class LiveCoverage {

    static final long DEBOUNCE_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(LiveCoverage.class);

    /** A computation and the findings taken from it. */
    public record State(CoverageComputation computation, CoverageFindings findings) {
    }

    private final CoverageQueries queries;
    /** Continuity risks are recomputed after many changes that leave the network's structure as it was. */
    private final NetworkStructure structure = NetworkStructure.remembering();
    private final List<Consumer<CoverageFindings>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coverage-recompute");
        thread.setDaemon(true);
        return thread;
    });
    private final Changes pending = new Changes();
    private volatile @Nullable State state;
    private @Nullable ScheduledFuture<?> scheduled;
    private boolean waiting;

    public LiveCoverage(CoverageQueries queries) {
        this.queries = queries;
    }

    /** A fresh computation as of {@code day}, not kept. */
    public CoverageComputation compute(LocalDate day) {
        return new CoverageComputation(queries.network(day), structure);
    }

    /** The findings as of today, computed on first use and kept current afterwards. */
    public State current() {
        State current = state;
        if (current == null || !current.findings().day().equals(LocalDate.now())) {
            synchronized (this) {
                current = state;
                if (current == null || !current.findings().day().equals(LocalDate.now())) {
                    CoverageComputation computation = compute(LocalDate.now());
                    current = new State(computation, computation.findings());
                    state = current;
                }
            }
        }
        return current;
    }

    /** Calls {@code listener} on the recomputing thread with the new findings after every recomputation. */
    public Runnable onChange(Consumer<CoverageFindings> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void recordChanged(RecordChanged event) {
        State current = state;
        if (current == null) {
            return; // nothing computed yet: the first use computes everything
        }
        pending.add(event, current.computation());
        schedule();
    }

    /** Waits until the changes seen so far are part of the findings. */
    public void awaitIdle() {
        ScheduledFuture<?> awaited = null;
        while (true) {
            ScheduledFuture<?> next;
            synchronized (this) {
                next = scheduled;
            }
            if (next == null || next == awaited) {
                return;
            }
            try {
                next.get(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("coverage recomputation failed", e);
            }
            awaited = next; // changes that came in meanwhile were scheduled anew: wait for those too
        }
    }

    /**
     * Schedules a recomputation unless one is waiting to start. One that is already running has
     * taken its changes, so changes arriving now need a recomputation of their own.
     */
    private synchronized void schedule() {
        if (!waiting) {
            waiting = true;
            scheduled = executor.schedule(this::recompute, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void recompute() {
        synchronized (this) {
            waiting = false;
        }
        try {
            Changes.Batch batch = pending.take();
            State previous = state;
            long started = System.nanoTime();
            CoverageComputation computation = compute(LocalDate.now());
            CoverageFindings findings = previous == null || batch.everything()
                    ? computation.findings()
                    : PartialUpdate.of(previous.findings(), computation, batch.areaIds(), batch.network());
            state = new State(computation, findings);
            log.debug("Coverage recomputed for {} in {} ms", batch.everything() ? "all areas" : batch.areaIds(),
                    (System.nanoTime() - started) / 1_000_000);
            listeners.forEach(listener -> listener.accept(findings));
        } catch (RuntimeException e) {
            log.warn("Coverage could not be recomputed; the previous findings stay", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
