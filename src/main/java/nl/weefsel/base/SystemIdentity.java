package nl.weefsel.base;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that Weefsel does on its own behalf — seeding an empty database, command-line modes — runs
 * as the user {@value CurrentUser#SYSTEM} with administrator rights, so the same service-level
 * authorisation applies everywhere and the history names who did it.
 */
public final class SystemIdentity {

    public static final String AUTHORITY = "ROLE_ADMIN";

    private SystemIdentity() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
