package nl.weefsel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place that turns what services throw into a message the user can act on. Errors nobody
 * foresaw are logged in full and shown as a short apology, never as a stack trace.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOfInterest(event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a UI", event.getThrowable());
                return;
            }
            String message = switch (cause) {
                case InvalidInputException invalid -> ui.getTranslation("error.invalid", invalid.getMessage());
                case NotFoundException notFound -> ui.getTranslation("error.not-found");
                case ConcurrentEditException conflict -> ui.getTranslation("error.conflict");
                case AccessDeniedException denied -> ui.getTranslation("error.denied");
                default -> {
                    log.error("Unexpected error", event.getThrowable());
                    yield ui.getTranslation("error.unexpected");
                }
            };
            ui.access(() -> {
                var notification = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }

        private static Throwable rootOfInterest(Throwable throwable) {
            for (Throwable t = throwable; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException || t instanceof NotFoundException
                        || t instanceof ConcurrentEditException || t instanceof AccessDeniedException) {
                    return t;
                }
            }
            return throwable;
        }
    }
}
