package nl.weefsel.exchange;

import java.util.List;

/**
 * The first look at an uploaded sheet, for the column-mapping step.
 *
 * @param headers the cells of the first row
 * @param sample  up to five rows below it
 * @param readAs  how the file was read, e.g. "CSV, UTF-8, ;"
 */
public record SheetHeader(List<String> headers, List<List<String>> sample, String readAs) {

    public SheetHeader {
        headers = List.copyOf(headers);
        sample = sample.stream().map(List::copyOf).toList();
    }
}
