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
import nl.weefsel.exchange.BackupService;
import nl.weefsel.exchange.BackupSummary;
import org.springframework.stereotype.Component;

/**
 * {@code export FILE.json [--area CODE]}: writes a back-up of the configured database. The file
 * appears only when the export succeeded (written beside it first, then moved into place).
 */
@Component
class ExportCommand implements Command {

    private final BackupService backups;

    ExportCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE.json [--area CODE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            CommandArguments arguments = CommandArguments.parse(args, Set.of(), Set.of("--area"));
            if (!arguments.extension().equals("json")) {
                throw new CommandArguments.Invalid("unknown format '." + arguments.extension() + "'; use .json");
            }
            Path file = Path.of(arguments.file()).toAbsolutePath();
            if (!Files.isDirectory(file.getParent())) {
                throw new CommandArguments.Invalid("the folder " + file.getParent() + " does not exist");
            }
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            BackupSummary summary;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                summary = backups.export(arguments.value("--area").orElse(null), stream);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            out.println("Exported " + summary.nodes() + " nodes and " + summary.relationships() + " relationships to " + file);
            return 0;
        } catch (CommandArguments.Invalid | NotFoundException e) {
            err.println("weefsel export: " + e.getMessage() + " (usage: " + usage() + ")");
            return 2;
        } catch (IOException e) {
            err.println("weefsel export: cannot write " + args.getFirst() + ": " + e.getMessage());
            return 2;
        }
    }
}
