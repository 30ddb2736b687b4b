package nl.weefsel.funding.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Validity;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingService;
import nl.weefsel.initiative.InitiativeService;
import org.springframework.stereotype.Component;

/** Opens the funding dialog: create, edit, end or delete a tie, with its history and who else has it open. */
@Component
class FundingEditing {

    private final FundingService fundings;
    private final ActorService actors;
    private final InitiativeService initiatives;
    private final Collaboration collaboration;

    FundingEditing(FundingService fundings, ActorService actors, InitiativeService initiatives, Collaboration collaboration) {
        this.fundings = fundings;
        this.actors = actors;
        this.initiatives = initiatives;
        this.collaboration = collaboration;
    }

    void open(String id, Consumer<Funding> onChange) {
        Funding funding = fundings.find(id).orElseThrow(() -> new NotFoundException("Funding", id));
        List<Actor> all = actors.list(ActorFilter.ALL);
        List<Recipient> recipients = Recipient.all(all, initiatives.list(null));
        new RecordDialog<>(ops(recipients), new FundingForm(all, recipients), collaboration, funding, FundingData.of(funding),
                onChange).open();
    }

    void openNew(Consumer<Funding> onChange) {
        List<Actor> all = actors.list(ActorFilter.ALL);
        List<Recipient> recipients = Recipient.all(all, initiatives.list(null));
        var initial = new FundingData(null, null, null, null, null, Validity.ALWAYS, null, null);
        new RecordDialog<>(ops(recipients), new FundingForm(all, recipients), collaboration, null, initial, onChange).open();
    }

    private RecordOps<Funding, FundingData> ops(List<Recipient> recipients) {
        Map<String, String> names = recipients.stream().collect(Collectors.toMap(Recipient::id, Recipient::name));
        Function<Funding, String> title = funding -> names.getOrDefault(funding.funderId(), "?") + " → "
                + names.getOrDefault(funding.recipientId(), "?");
        return RecordOps.of(new RecordOps.Shape<>(FundingService.KIND, Funding.class, Funding::id, Funding::version,
                                Funding::audit, FundingData::of, title),
                        fundings::find, fundings::create, fundings::update)
                .endedBy(fundings::end, Funding::validity)
                .deletedBy(fundings::delete)
                .assertedAs(Funding::provenance);
    }
}
