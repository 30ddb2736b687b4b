package nl.weefsel.coverage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Command;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code report [--area CODE] [--out FILE]}: the grey zones, white spots and continuity risks of the
 * database as JSON, e.g. for a nightly export to a municipal dashboard.
 */
@Component
class ReportCommand implements Command {

    private final CoverageService coverage;
    private final AreaService areas;

    ReportCommand(CoverageService coverage, AreaService areas) {
        this.coverage = coverage;
        this.areas = areas;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report [--area CODE] [--out FILE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String code = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--area") || arg.equals("--out")) && i + 1 < args.size()) {
                if (arg.equals("--area")) {
                    code = args.get(++i);
                } else {
                    file = args.get(++i);
                }
            } else {
                err.println("report: unexpected argument '" + arg + "'. Usage: " + usage());
                return 2;
            }
        }
        Optional<Area> area = code == null ? Optional.empty() : areas.findByCode(code.toUpperCase(Locale.ROOT));
        if (code != null && area.isEmpty()) {
            err.println("report: no area has the code '" + code + "'");
            return 2;
        }
        String json = report(area.orElse(null));
        return write(json, file, out, err);
    }

    private String report(@Nullable Area area) {
        String areaId = area == null ? null : area.id();
        return new ReportJson(coverage.texts()).write(coverage.findings().day(), area == null ? null : AreaRef.of(area),
                coverage.greyZones(areaId), coverage.whiteSpots(areaId), coverage.continuityRisks(areaId), coverage.brokers());
    }

    private static int write(String json, @Nullable String file, PrintStream out, PrintStream err) {
        if (file == null) {
            out.println(json);
            return 0;
        }
        try {
            Files.writeString(Path.of(file), json + System.lineSeparator(), StandardCharsets.UTF_8);
            out.println("report: written to " + Path.of(file).toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("report: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
