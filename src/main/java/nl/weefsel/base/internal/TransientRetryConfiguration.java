package nl.weefsel.base.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Calls a transactional service method again, in a new transaction, when Neo4j reports a transient
 * failure ("the transaction might succeed if it is retried"). Under read-committed isolation a
 * statement that returns a relationship another session deletes before the result is sent fails
 * so; a transaction that met an error cannot run another statement, so the retry is of the whole
 * call. Only the outermost service call retries; a write refused for an outdated version is not
 * transient and is never repeated.
 */
@Configuration(proxyBeanMethods = false)
class TransientRetryConfiguration {

    static final int ATTEMPTS = 3;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor retryTransientFailures() {
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Transactional.class, true),
                new RetryTransientFailures());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE); // outside the transaction, so each attempt has its own
        return advisor;
    }

    private static final class RetryTransientFailures implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !(invocation instanceof ProxyMethodInvocation repeatable)) {
                return invocation.proceed();
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return repeatable.invocableClone().proceed();
                } catch (TransientDataAccessException e) {
                    if (attempt == ATTEMPTS || e instanceof OptimisticLockingFailureException) {
                        throw e;
                    }
                }
            }
        }
    }
}
