package nl.weefsel.audit;

import java.util.List;
import nl.weefsel.audit.internal.ChangeQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the recorded history: of one record, or of the whole network. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final ChangeQueries queries;

    HistoryService(ChangeQueries queries) {
        this.queries = queries;
    }

    /** Every change of the record, newest first, also after it was deleted. */
    public List<ChangeEntry> ofRecord(String recordId) {
        return queries.ofRecord(recordId);
    }

    /** The latest changes in the whole network, newest first. */
    public List<ChangeEntry> recent(HistoryFilter filter) {
        return queries.recent(filter);
    }
}
