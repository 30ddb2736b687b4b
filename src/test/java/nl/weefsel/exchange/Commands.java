package nl.weefsel.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.weefsel.base.Command;
import nl.weefsel.base.SystemIdentity;
import org.springframework.context.ApplicationContext;

/** Runs a command bean as the command line would (as the system user), and keeps what it printed. */
record Commands(ApplicationContext context) {

    record Result(int status, String out, String err) {
    }

    Result run(String name, String... args) {
        Command command = context.getBeansOfType(Command.class).values().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = SystemIdentity.call(() -> command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
