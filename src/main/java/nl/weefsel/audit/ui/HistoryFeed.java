package nl.weefsel.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.weefsel.audit.ChangeEntry;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.audit.HistoryService;

/** The history of one record, newest first: who changed what, when, before → after. */
public class HistoryFeed extends Div {

    private final HistoryService history;
    private final String recordId;
    private final ChangeTexts texts = new ChangeTexts(this);

    public HistoryFeed(HistoryService history, String recordId) {
        this.history = history;
        this.recordId = recordId;
        addClassName("weefsel-history");
        getElement().setAttribute("aria-live", "polite");
        refresh();
    }

    public void refresh() {
        removeAll();
        List<ChangeEntry> entries = history.ofRecord(recordId);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        var list = new UnorderedList();
        entries.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private ListItem item(ChangeEntry entry) {
        var title = new Span(texts.title(entry));
        title.addClassName("weefsel-history-title");
        var byline = new Span(texts.byline(entry));
        byline.addClassName("weefsel-history-byline");
        var item = new ListItem(title, byline);
        if (!entry.fields().isEmpty()) {
            var fields = new UnorderedList();
            for (FieldChange change : entry.fields()) {
                fields.add(new ListItem(texts.field(change)));
            }
            item.add(fields);
        }
        return item;
    }
}
