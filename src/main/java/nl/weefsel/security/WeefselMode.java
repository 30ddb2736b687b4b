package nl.weefsel.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code demo} (the default) brings its own sign-in provider with one account per role, unless an
 * external issuer is configured; {@code production} signs in only through the external issuer.
 */
public final class WeefselMode {

    private WeefselMode() {
    }

    static boolean isProduction(Environment environment) {
        return "production".equalsIgnoreCase(environment.getProperty("weefsel.mode", "demo").trim());
    }

    static boolean hasExternalIssuer(Environment environment) {
        return StringUtils.hasText(environment.getProperty("weefsel.oidc.issuer-uri"));
    }

    /** Matches when the built-in demo provider should run: demo mode and no external issuer. */
    public static final class DemoProvider extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            if (isProduction(environment)) {
                return ConditionOutcome.noMatch("weefsel.mode is production");
            }
            return hasExternalIssuer(environment)
                    ? ConditionOutcome.noMatch("an external OIDC issuer is configured")
                    : ConditionOutcome.match("demo mode without external issuer");
        }
    }

    /** Matches when sign-in goes through an external issuer. */
    public static final class ExternalProvider extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            if (hasExternalIssuer(environment)) {
                return ConditionOutcome.match("weefsel.oidc.issuer-uri is set");
            }
            if (isProduction(environment)) {
                throw new IllegalStateException("WEEFSEL_MODE=production needs an external sign-in provider: "
                        + "set WEEFSEL_OIDC_ISSUER_URI, WEEFSEL_OIDC_CLIENT_ID and WEEFSEL_OIDC_CLIENT_SECRET. "
                        + "Weefsel's demo accounts are never available in production mode.");
            }
            return ConditionOutcome.noMatch("no external issuer (demo provider instead)");
        }
    }
}
