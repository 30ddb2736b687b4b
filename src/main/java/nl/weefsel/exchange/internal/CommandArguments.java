package nl.weefsel.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The file and options of a command line, checked against the options the command knows. */
record CommandArguments(String file, List<String> options) {

    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * @param flags         options without a value, e.g. {@code --merge}
     * @param valued        options followed by a value, e.g. {@code --area CODE}
     */
    static CommandArguments parse(List<String> args, Set<String> flags, Set<String> valued) {
        String file = null;
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new Invalid(arg + " needs a value");
                }
                options.add(arg);
                options.add(args.get(++i));
            } else if (flags.contains(arg)) {
                options.add(arg);
            } else if (arg.startsWith("--")) {
                throw new Invalid("unknown option " + arg);
            } else if (file == null) {
                file = arg;
            } else {
                throw new Invalid("only one file, please (got " + file + " and " + arg + ")");
            }
        }
        if (file == null) {
            throw new Invalid("name the file");
        }
        return new CommandArguments(file, List.copyOf(options));
    }

    boolean has(String flag) {
        return options.contains(flag);
    }

    Optional<String> value(String option) {
        int index = options.indexOf(option);
        return index < 0 ? Optional.empty() : Optional.of(options.get(index + 1));
    }

    /** The file's extension in lower case, without the dot; empty when it has none. */
    String extension() {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
