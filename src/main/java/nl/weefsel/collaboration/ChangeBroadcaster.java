package nl.weefsel.collaboration;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.weefsel.base.RecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays every change, once its transaction has committed (a rolled-back change is never shown),
 * to the subscribers that want it. Changes that arrive close together reach a subscriber as one
 * batch a moment later, so that an import of a thousand records redraws a view once, not a
 * thousand times — and the saving user's request never waits for other browsers.
 */
@Component
public class ChangeBroadcaster implements DisposableBean {

    /** How long a subscriber's batch stays open for further changes; well within the promised second. */
    static final long BATCH_MILLIS = 150;

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "weefsel-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(RecordChanged change) {
        subscriptions.forEach(subscription -> subscription.offer(change));
    }

    /**
     * @param wanted   which changes the subscriber cares about
     * @param listener receives them in batches, on a background thread
     * @return removes the subscription
     */
    public Registration subscribe(Predicate<RecordChanged> wanted, Consumer<List<RecordChanged>> listener) {
        Subscription subscription = new Subscription(wanted, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }

    private final class Subscription {

        private final Predicate<RecordChanged> wanted;
        private final Consumer<List<RecordChanged>> listener;
        private final List<RecordChanged> pending = new ArrayList<>();

        Subscription(Predicate<RecordChanged> wanted, Consumer<List<RecordChanged>> listener) {
            this.wanted = wanted;
            this.listener = listener;
        }

        void offer(RecordChanged change) {
            if (!wanted.test(change)) {
                return;
            }
            synchronized (pending) {
                pending.add(change);
                if (pending.size() == 1) {
                    delivery.schedule(this::deliver, BATCH_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }

        private void deliver() {
            List<RecordChanged> batch;
            synchronized (pending) {
                batch = List.copyOf(pending);
                pending.clear();
            }
            try {
                listener.accept(batch);
            } catch (RuntimeException e) {
                log.warn("A subscriber failed to take {} changes", batch.size(), e);
            }
        }
    }
}
