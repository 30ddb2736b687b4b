package nl.weefsel.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the sheet (0-based) holds which field. The first guess matches headers to field
 * ids and aliases; the user corrects it in the mapping step.
 *
 * @param columns column index by field id; a field without a column is not read
 */
public record ColumnMapping(Map<String, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public Optional<Integer> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    public ColumnMapping with(String field, Optional<Integer> column) {
        Map<String, Integer> changed = new HashMap<>(columns);
        column.ifPresentOrElse(index -> changed.put(field, index), () -> changed.remove(field));
        return new ColumnMapping(changed);
    }

    /** Each field gets the first column whose header is its id or one of its aliases (ignoring case, accents and punctuation). */
    public static ColumnMapping suggest(SheetKind kind, List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (SheetKind.Field field : kind.fields()) {
            for (int i = 0; i < headers.size(); i++) {
                String header = normalise(headers.get(i));
                if (!columns.containsValue(i) && (header.equals(normalise(field.id()))
                        || field.aliases().stream().anyMatch(alias -> normalise(alias).equals(header)))) {
                    columns.put(field.id(), i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    private static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
