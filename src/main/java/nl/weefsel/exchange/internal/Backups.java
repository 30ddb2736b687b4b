package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.exchange.BackupSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Connects the JSON format to the graph reader and loader. */
@Component
public class Backups {

    private final GraphReader reader;
    private final GraphLoader loader;
    private final AreaScope scope;

    Backups(GraphReader reader, GraphLoader loader, AreaScope scope) {
        this.reader = reader;
        this.loader = loader;
        this.scope = scope;
    }

    public BackupSummary export(@Nullable String areaCode, OutputStream out) throws IOException {
        Set<String> selection = areaCode == null ? null
                : scope.elementIds(areaCode).orElseThrow(() -> new NotFoundException("Area", areaCode));
        GraphData graph = reader.read(selection);
        BackupFormat.write(graph, areaCode, out);
        return new BackupSummary(graph.nodes().size(), graph.relationships().size());
    }

    public BackupSummary restore(InputStream in, boolean merge) {
        return loader.load(BackupFormat.read(in), merge);
    }
}
