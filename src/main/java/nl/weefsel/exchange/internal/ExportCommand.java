package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import nl.weefsel.base.Command;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.exchange.ExportFormat;
import nl.weefsel.exchange.NetworkExportService;
import org.springframework.stereotype.Component;

/**
 * {@code export FILE [--area CODE] [--table actors|ties|role-assignments]}: writes a back-up
 * ({@code .json}), a graph file ({@code .graphml}, {@code .gexf}) or CSV tables ({@code .csv}: one
 * table, actors unless {@code --table} says otherwise; {@code .zip}: all three) of the configured
 * database. The file appears only when the export succeeded (written beside it first, then moved
 * into place).
 */
@Component
class ExportCommand implements Command {

    private final NetworkExportService exports;

    ExportCommand(NetworkExportService exports) {
        this.exports = exports;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE.json|.graphml|.gexf|.csv|.zip [--area CODE] [--table actors|ties|role-assignments]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            CommandArguments arguments = CommandArguments.parse(args, Set.of(), Set.of("--area", "--table"));
            ExportFormat format = format(arguments);
            Path file = Path.of(arguments.file()).toAbsolutePath();
            if (!Files.isDirectory(file.getParent())) {
                throw new CommandArguments.Invalid("the folder " + file.getParent() + " does not exist");
            }
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                exports.write(format, arguments.value("--area").orElse(null), stream);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            out.println("Exported " + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " to " + file);
            return 0;
        } catch (CommandArguments.Invalid | NotFoundException e) {
            err.println("weefsel export: " + e.getMessage() + " (usage: " + usage() + ")");
            return 2;
        } catch (IOException e) {
            err.println("weefsel export: cannot write " + args.getFirst() + ": " + e.getMessage());
            return 2;
        }
    }

    private static ExportFormat format(CommandArguments arguments) {
        ExportFormat format = ExportFormat.ofExtension(arguments.extension()).orElseThrow(() -> new CommandArguments.Invalid(
                "unknown format '." + arguments.extension() + "'; use .json, .graphml, .gexf, .csv or .zip"));
        if (format != ExportFormat.CSV_ACTORS) {
            return format;
        }
        String table = arguments.value("--table").orElse("actors");
        return switch (table) {
            case "actors" -> ExportFormat.CSV_ACTORS;
            case "ties" -> ExportFormat.CSV_TIES;
            case "role-assignments" -> ExportFormat.CSV_ROLE_ASSIGNMENTS;
            default -> throw new CommandArguments.Invalid("unknown table '" + table + "'");
        };
    }
}
