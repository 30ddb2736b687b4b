package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.exchange.AreaImportResult;
import nl.weefsel.exchange.AreaImportService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Creates or updates areas by CBS code through the area service, so its rules (valid codes,
 * parents of a higher level) apply; larger areas go first so that their wijken and buurten find
 * them. A value the file leaves empty (population) keeps what Weefsel has.
 */
@Component
public class AreaImports {

    private final AreaService areas;

    AreaImports(AreaService areas) {
        this.areas = areas;
    }

    public AreaImportResult importFile(Path file, String fileName) throws IOException {
        List<AreaRecord> records = new ArrayList<>(AreaFiles.read(file, fileName));
        records.sort(Comparator.comparing(record -> record.level().map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
        int created = 0;
        int updated = 0;
        int boundaries = 0;
        Integer boundaryYear = null;
        Integer populationYear = null;
        List<String> skipped = new ArrayList<>();
        for (AreaRecord record : records) {
            Optional<AreaLevel> level = record.level();
            if (level.isEmpty()) {
                skipped.add(record.code() + ": not a CBS code of a province, municipality, wijk or buurt");
                continue;
            }
            Optional<Area> existing = areas.findByCode(record.code());
            String parentId = parentId(record, existing);
            Area area;
            if (existing.isPresent()) {
                area = areas.update(existing.get().id(), existing.get().version(), data(record, level.get(), parentId, existing.get()));
                updated++;
            } else {
                area = areas.create(data(record, level.get(), parentId, null));
                created++;
            }
            if (record.geometry() != null) {
                int year = record.boundaryYear() == null ? java.time.Year.now().getValue() : record.boundaryYear();
                areas.setBoundary(area.id(), record.geometry(), year, AreaImportService.BOUNDARY_SOURCE);
                boundaries++;
                boundaryYear = boundaryYear == null ? year : Math.max(boundaryYear, year);
            }
            if (record.populationYear() != null) {
                populationYear = populationYear == null ? record.populationYear() : Math.max(populationYear, record.populationYear());
            }
        }
        return new AreaImportResult(created, updated, boundaries, boundaryYear, populationYear, skipped);
    }

    private @Nullable String parentId(AreaRecord record, Optional<Area> existing) {
        if (record.parentCode() != null) {
            Optional<Area> parent = areas.findByCode(record.parentCode());
            if (parent.isPresent()) {
                return parent.get().id();
            }
        }
        return existing.map(Area::parentId).orElse(null);
    }

    private static AreaData data(AreaRecord record, AreaLevel level, @Nullable String parentId, @Nullable Area existing) {
        boolean newFigure = record.population() != null;
        return new AreaData(level, record.code(), record.name(),
                newFigure ? record.population() : existing == null ? null : existing.population(),
                newFigure ? record.populationYear() : existing == null ? null : existing.populationYear(),
                newFigure ? AreaImportService.FIGURES_SOURCE : existing == null ? null : existing.populationSource(),
                parentId);
    }
}
