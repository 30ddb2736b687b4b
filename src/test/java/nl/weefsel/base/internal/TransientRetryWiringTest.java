package nl.weefsel.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.weefsel.WeefselIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** Every transactional service retries a transient failure outside its transaction, so each attempt has a new one. */
class TransientRetryWiringTest extends WeefselIntegrationTest {

    @Autowired ApplicationContext context;

    @Test
    void every_transactional_service_retries_transient_failures_around_its_transaction() {
        var services = context.getBeansWithAnnotation(Transactional.class).values();

        assertThat(services).hasSizeGreaterThan(10).allSatisfy(service -> {
            assertThat(AopUtils.isAopProxy(service)).isTrue();
            var advices = Arrays.stream(((Advised) service).getAdvisors()).map(a -> a.getAdvice().getClass()).toList();
            int retry = advices.indexOf(advices.stream().filter(c -> c.getSimpleName().equals("RetryTransientFailures"))
                    .findFirst().orElseThrow());
            assertThat(retry).isLessThan(advices.indexOf(TransactionInterceptor.class));
        });
    }
}
