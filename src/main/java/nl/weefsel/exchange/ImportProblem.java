package nl.weefsel.exchange;

/**
 * One problem in one cell.
 *
 * @param row    the row number as the spreadsheet shows it (the header is row 1)
 * @param column the header of the column, or the field id where no column is mapped
 * @param value  what the cell holds (shortened), or what it clashes with
 */
public record ImportProblem(int row, String column, ProblemType type, String value) {
}
