package nl.weefsel.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link UserProfile} of whoever is acting in this thread: a signed-in user, or Weefsel itself. */
@Component
public class CurrentProfile {

    private final OidcSettings settings;

    CurrentProfile(OidcSettings settings) {
        this.settings = settings;
    }

    public UserProfile get() {
        return UserProfile.of(SecurityContextHolder.getContext().getAuthentication(), settings);
    }
}
