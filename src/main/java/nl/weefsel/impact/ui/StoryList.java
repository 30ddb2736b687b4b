package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import nl.weefsel.impact.Story;

/** The stories and quotes, newest first, each with its perspective, consent and sharing. */
class StoryList extends Div {

    StoryList(List<Story> stories, boolean keeps, ImpactTexts texts, Consumer<Story> share, Consumer<Story> delete) {
        if (stories.isEmpty()) {
            add(new Paragraph(getTranslation("impact.stories.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("impact-stories");
        for (Story story : stories) {
            var text = new Paragraph(story.quote() ? "“" + story.text() + "”" : story.text());
            text.getStyle().set("margin", "0").set("white-space", "pre-line");
            var meta = new Span(texts.storyTitle(story) + " · " + getTranslation("impact.story.consent", story.consentBy(),
                    texts.date(story.consentOn())) + " · " + texts.sharing(story.sharing()));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            var item = new ListItem(text, meta);
            if (keeps) {
                var shareButton = new Button(getTranslation("impact.share"), click -> share.accept(story));
                shareButton.setAriaLabel(getTranslation("impact.share.title", texts.storyTitle(story)));
                var deleteButton = new Button(getTranslation("impact.story.delete"), click -> confirmDelete(story, delete));
                deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
                for (Button button : List.of(shareButton, deleteButton)) {
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                }
                item.add(new Div(shareButton, deleteButton));
            }
            list.add(item);
        }
        add(list);
    }

    private void confirmDelete(Story story, Consumer<Story> delete) {
        Confirmation.ask(getTranslation("impact.story.delete.title"), getTranslation("impact.story.delete.text"),
                getTranslation("impact.story.delete"), () -> delete.accept(story));
    }
}
