package nl.weefsel.collaboration.ui;

import nl.weefsel.audit.HistoryService;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.PresenceRegistry;
import org.springframework.stereotype.Component;

/** What a record dialog needs besides the feature's own service: live changes, presence and history. */
@Component
public record Collaboration(ChangeBroadcaster broadcaster, PresenceRegistry presence, HistoryService history) {
}
