package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs a long task (reading or importing a large sheet) off the request thread, so the page stays
 * responsive and shows progress through push. The task runs as the signed-in user, because the
 * services it calls check who may import and record who did.
 */
final class Background {

    private static final ExecutorService TASKS = Executors.newVirtualThreadPerTaskExecutor();

    private Background() {
    }

    static <T> void run(UI ui, Supplier<T> task, Consumer<T> done, Consumer<RuntimeException> failed) {
        CompletableFuture.runAsync(DelegatingSecurityContextRunnable.create(() -> {
            try {
                T result = task.get();
                ui.access(() -> done.accept(result));
            } catch (RuntimeException e) {
                ui.access(() -> failed.accept(e));
            }
        }, null), TASKS);
    }

    /** Progress from the task to a bar on the page, at most every 200 ms so push is not flooded. */
    static java.util.function.DoubleConsumer progress(UI ui, java.util.function.DoubleConsumer bar) {
        long[] last = {0};
        return fraction -> {
            long now = System.currentTimeMillis();
            if (now - last[0] > 200 || fraction >= 1.0) {
                last[0] = now;
                ui.access(() -> bar.accept(fraction));
            }
        };
    }
}
