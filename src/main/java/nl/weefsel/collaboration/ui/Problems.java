package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weefsel.base.InvalidInputException;

/**
 * Puts what a service refused into the user's language where the problem is a common one; other
 * problems are shown as the service words them.
 */
public final class Problems {

    private static final Pattern TOO_LONG = Pattern.compile("is longer than (\\d+) characters");

    private Problems() {
    }

    public static String text(Component host, InvalidInputException refused) {
        String message = refused.getMessage() == null ? "" : refused.getMessage();
        String problem = message.startsWith(refused.field() + ": ")
                ? message.substring(refused.field().length() + 2) : message;
        if (problem.equals("is required")) {
            return host.getTranslation("editing.problem.required");
        }
        Matcher tooLong = TOO_LONG.matcher(problem);
        if (tooLong.matches()) {
            return host.getTranslation("editing.problem.too-long", Integer.valueOf(tooLong.group(1)));
        }
        return problem;
    }
}
