package nl.weefsel.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.weefsel.base.internal.WeefselI18NProvider;
import org.springframework.stereotype.Component;

/** Every new browser tab starts in the language the user chose last (a cookie), Dutch otherwise. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "weefsel-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosenLocale(VaadinRequest.getCurrent())));
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(cookie -> COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? WeefselI18NProvider.ENGLISH : WeefselI18NProvider.DUTCH;
    }
}
