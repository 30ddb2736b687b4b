package nl.weefsel.security;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Weefsel's one client registration, built when the first sign-in needs it and then kept. */
final class LazyClientRegistrations implements ClientRegistrationRepository {

    private final Supplier<ClientRegistration> factory;
    private volatile @Nullable ClientRegistration registration;

    LazyClientRegistrations(Supplier<ClientRegistration> factory) {
        this.factory = factory;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!SecurityConfiguration.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = factory.get();
                    registration = known;
                }
            }
        }
        return known;
    }
}
