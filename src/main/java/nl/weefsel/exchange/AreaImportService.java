package nl.weefsel.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nl.weefsel.exchange.internal.AreaImports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in municipalities, wijken and buurten from CBS and PDOK open data: codes, names, parents,
 * population with its year, and GeoJSON boundaries. Areas are matched by CBS code, so loading a
 * newer year updates them instead of doubling them. One file is imported entirely or not at all.
 * Administrators only, as they manage the area hierarchy and imports.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AreaImportService {

    /** The credit CBS requires wherever its boundaries are shown, followed by their year. */
    public static final String BOUNDARY_SOURCE = "Kadaster / CBS";
    /** The credit for CBS figures (population, names, codes). */
    public static final String FIGURES_SOURCE = "CBS";

    private final AreaImports imports;

    AreaImportService(AreaImports imports) {
        this.imports = imports;
    }

    /**
     * @param fileName decides the format: {@code .geojson}/{@code .json} for boundaries, otherwise a CSV list
     * @throws InvalidFileException when the file cannot be read
     */
    @Transactional
    public AreaImportResult importFile(Path file, String fileName) {
        try {
            return imports.importFile(file, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
