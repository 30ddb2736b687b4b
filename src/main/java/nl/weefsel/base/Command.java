package nl.weefsel.base;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line mode of Weefsel, {@code java -jar weefsel.jar <name> [arguments]}, run against the
 * configured database without web server, sign-in or demo data. Implementations are Spring beans.
 */
public interface Command {

    /** The word that selects the command, e.g. {@code export}. */
    String name();

    /** One line for the usage text, e.g. {@code export FILE.json [--area CODE]}. */
    String usage();

    /**
     * @param args the arguments after the command's name
     * @return the process exit status: 0 done, 2 bad arguments or input (one clear line on {@code err})
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
