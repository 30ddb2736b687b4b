package nl.weefsel.exchange.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weefsel.exchange.ColumnMapping;
import nl.weefsel.exchange.ImportProblem;
import nl.weefsel.exchange.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a sheet, read through the column mapping. Every reading method records a
 * problem for the cell instead of failing, so the preview can list all of them at once.
 */
final class SheetRow {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("ja", true), Map.entry("j", true),
            Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true), Map.entry("waar", true),
            Map.entry("1", true), Map.entry("x", true), Map.entry("nee", false), Map.entry("n", false),
            Map.entry("no", false), Map.entry("false", false), Map.entry("onwaar", false), Map.entry("0", false));

    private final int number;
    private final List<String> cells;
    private final ColumnMapping mapping;
    private final List<String> headers;
    private final ProblemSink problems;
    private boolean valid = true;

    interface ProblemSink {
        void add(ImportProblem problem);
    }

    SheetRow(int number, List<String> cells, ColumnMapping mapping, List<String> headers, ProblemSink problems) {
        this.number = number;
        this.cells = cells;
        this.mapping = mapping;
        this.headers = headers;
        this.problems = problems;
    }

    int number() {
        return number;
    }

    boolean isValid() {
        return valid;
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    void problem(String field, ProblemType type, @Nullable String value) {
        valid = false;
        String column = mapping.column(field).filter(i -> i < headers.size()).map(headers::get).orElse(field);
        String shown = value == null ? "" : value.length() > 80 ? value.substring(0, 77) + "…" : value;
        problems.add(new ImportProblem(number, column, type, shown));
    }

    @Nullable String text(String field, int maxLength) {
        String value = mapping.column(field).filter(i -> i < cells.size()).map(cells::get).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            problem(field, ProblemType.TOO_LONG, value);
            return null;
        }
        return value;
    }

    @Nullable String required(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null && mapping.column(field).map(i -> i >= cells.size() || cells.get(i).isBlank()).orElse(true)) {
            problem(field, ProblemType.REQUIRED, null);
        }
        return value;
    }

    @Nullable LocalDate date(String field) {
        String value = text(field, 40);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        problem(field, ProblemType.BAD_DATE, value);
        return null;
    }

    boolean yesNo(String field, boolean otherwise) {
        String value = text(field, 20);
        if (value == null) {
            return otherwise;
        }
        Boolean answer = YES_NO.get(value.toLowerCase(Locale.ROOT));
        if (answer == null) {
            problem(field, ProblemType.BAD_YES_NO, value);
            return otherwise;
        }
        return answer;
    }

    /** One value from a fixed list, by its name or its Dutch or English label. */
    <E> @Nullable E choice(String field, Map<String, E> byLabel, ProblemType unknown) {
        String value = text(field, 200);
        if (value == null) {
            return null;
        }
        E choice = byLabel.get(Names.label(value));
        if (choice == null) {
            problem(field, unknown, value);
        }
        return choice;
    }

    /** Several values from a fixed list, separated by commas, semicolons or slashes. */
    <E> Set<E> choices(String field, Map<String, E> byLabel) {
        Set<E> chosen = new LinkedHashSet<>();
        String value = text(field, 2000);
        if (value != null) {
            for (String part : value.split("[,;/|]")) {
                if (!part.isBlank()) {
                    E choice = byLabel.get(Names.label(part));
                    if (choice == null) {
                        problem(field, ProblemType.UNKNOWN_VALUE, part.strip());
                    } else {
                        chosen.add(choice);
                    }
                }
            }
        }
        return chosen;
    }

    /** Several texts separated by commas or semicolons, e.g. area codes. */
    List<String> list(String field) {
        String value = text(field, 2000);
        return value == null ? List.of() : java.util.Arrays.stream(value.split("[,;|]")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }
}
