package nl.weefsel;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.weefsel.analysis.AnalyzeCommand;
import nl.weefsel.base.Command;
import nl.weefsel.base.SystemIdentity;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs one {@link Command} in an application context without web server or demo data. */
final class CommandLine {

    private CommandLine() {
    }

    /** Whether the process arguments name a command rather than start the web application. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].isBlank() && !args[0].startsWith("-");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (name.equals("analyze")) {
            return AnalyzeCommand.run(rest, out, err); // a graph file in, metrics out: no database, no Spring
        }
        try (ConfigurableApplicationContext context = Application.withoutWeb()
                .logStartupInfo(false)
                .run("--weefsel.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.nl.weefsel=WARN")) {
            List<Command> commands = context.getBeansOfType(Command.class).values().stream()
                    .sorted(Comparator.comparing(Command::name)).toList();
            Optional<Command> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
            if (command.isEmpty()) {
                err.println("Unknown command '" + name + "'. Commands: "
                        + String.join(" | ", commands.stream().map(Command::usage).toList()));
                return 2;
            }
            return SystemIdentity.call(() -> command.get().run(rest, out, err));
        } catch (RuntimeException e) {
            // Start-up failures (database unreachable or locked) were already explained by the failure analyzer.
            err.println("weefsel " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }
}
