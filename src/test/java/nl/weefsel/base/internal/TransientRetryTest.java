package nl.weefsel.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.annotation.Transactional;

/** A service call that meets a transient database failure is made again; other failures are not. */
class TransientRetryTest {

    @Transactional
    static class Service {
        final AtomicInteger calls = new AtomicInteger();

        String failingTransiently(int times) {
            if (calls.incrementAndGet() <= times) {
                throw new TransientDataAccessResourceException("Neo.TransientError.Transaction.Outdated");
            }
            return "read";
        }

        String refused() {
            calls.incrementAndGet();
            throw new OptimisticLockingFailureException("version 3 is outdated");
        }
    }

    private static Service proxied(Service target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TransientRetryConfiguration.retryTransientFailures());
        return (Service) factory.getProxy();
    }

    @Test
    void a_call_that_fails_transiently_is_made_again_until_it_succeeds() {
        Service target = new Service();

        assertThat(proxied(target).failingTransiently(2)).isEqualTo("read");
        assertThat(target.calls).hasValue(3);
    }

    @Test
    void a_call_that_keeps_failing_transiently_gives_up_after_three_attempts() {
        Service target = new Service();

        assertThatThrownBy(() -> proxied(target).failingTransiently(5))
                .isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(target.calls).hasValue(TransientRetryConfiguration.ATTEMPTS);
    }

    @Test
    void a_save_refused_for_an_outdated_version_is_not_repeated() {
        Service target = new Service();

        assertThatThrownBy(() -> proxied(target).refused()).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(target.calls).hasValue(1);
    }
}
