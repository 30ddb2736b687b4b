package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.weefsel.base.Command;
import nl.weefsel.exchange.BackupService;
import nl.weefsel.exchange.BackupSummary;
import nl.weefsel.exchange.DatabaseNotEmptyException;
import nl.weefsel.exchange.InvalidFileException;
import org.springframework.stereotype.Component;

/** {@code import FILE.json [--merge]}: restores a back-up into the configured database, all or nothing. */
@Component
class ImportCommand implements Command {

    private final BackupService backups;

    ImportCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE.json [--merge]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            CommandArguments arguments = CommandArguments.parse(args, Set.of("--merge"), Set.of());
            Path file = Path.of(arguments.file());
            if (!Files.isRegularFile(file)) {
                throw new InvalidFileException(file + " does not exist");
            }
            BackupSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = backups.restore(in, arguments.has("--merge"));
            }
            out.println("Imported " + summary.nodes() + " nodes and " + summary.relationships() + " relationships from " + file);
            return 0;
        } catch (CommandArguments.Invalid e) {
            err.println("weefsel import: " + e.getMessage() + " (usage: " + usage() + ")");
            return 2;
        } catch (InvalidFileException | DatabaseNotEmptyException e) {
            err.println("weefsel import: " + e.getMessage() + "; nothing was imported");
            return 2;
        } catch (IOException e) {
            err.println("weefsel import: cannot read " + args.getFirst() + ": " + e.getMessage());
            return 2;
        }
    }
}
