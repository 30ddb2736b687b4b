package nl.weefsel.base;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the services; each failure names the field. */
public final class Checks {

    private Checks() {
    }

    /** Returns the trimmed text, or fails when it is blank or longer than {@code maxLength}. */
    public static String requireText(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optionalText(field, value, maxLength);
    }

    /** Returns the trimmed text or {@code null} when blank; fails when longer than {@code maxLength}. */
    public static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    public static <T> T requirePresent(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public static void requireMatches(String field, @Nullable String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, "'" + value + "' is not " + expected);
        }
    }

    public static @Nullable Integer requireRange(String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, value + " is not between " + min + " and " + max);
        }
        return value;
    }
}
