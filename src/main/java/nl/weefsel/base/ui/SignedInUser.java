package nl.weefsel.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, in which role(s), and the button to sign out (of Weefsel and of the provider). */
class SignedInUser extends HorizontalLayout {

    SignedInUser(AuthenticationContext authentication) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        addClassName("weefsel-user");
        if (!authentication.isAuthenticated()) {
            return;
        }
        String name = authentication.getAuthenticatedUser(OidcUser.class)
                .map(user -> user.getFullName() != null ? user.getFullName() : user.getPreferredUsername())
                .or(authentication::getPrincipalName).orElse("");
        String roles = authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> getTranslation("role." + authority.substring(5).toLowerCase(Locale.ROOT)))
                .filter(label -> !label.startsWith("!"))
                .sorted().collect(Collectors.joining(", "));
        var who = new Span(name);
        who.setId("signed-in-user");
        var role = new Span(roles);
        role.addClassName("weefsel-user-roles");
        var signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        add(who, role, signOut);
    }
}
