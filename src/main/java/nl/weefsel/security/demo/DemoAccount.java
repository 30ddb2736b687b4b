package nl.weefsel.security.demo;

import java.util.List;
import nl.weefsel.security.WeefselRole;
import org.jspecify.annotations.Nullable;

/**
 * A demo account: public credentials (password = user name) for trying Weefsel, the same as in
 * {@code deploy/keycloak/weefsel-realm.json}.
 */
record DemoAccount(String username, String displayName, WeefselRole role, List<String> territories,
                   @Nullable String organisation) {

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("coordinator", "Anna de Coördinator", WeefselRole.COORDINATOR, List.of("GM0599"), null),
            new DemoAccount("scout", "Bram de Wijkverkenner", WeefselRole.SCOUT, List.of("WK059903", "WK059915"), null),
            new DemoAccount("adviser", "Chris de Beleidsadviseur", WeefselRole.ADVISER, List.of("PV28"), null),
            new DemoAccount("partner", "Dewi van SKVR", WeefselRole.PARTNER, List.of(), "SKVR"),
            new DemoAccount("admin", "Eva de Beheerder", WeefselRole.ADMIN, List.of("PV28"), null));

    static @Nullable DemoAccount byUsername(String username) {
        return ALL.stream().filter(account -> account.username().equals(username)).findFirst().orElse(null);
    }
}
