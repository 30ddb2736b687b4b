package nl.weefsel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import nl.weefsel.base.internal.WeefselI18NProvider;

/** Switches between Dutch and English; the choice is kept in a cookie and the page reloads in the new language. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch() {
        setItems(WeefselI18NProvider.DUTCH, WeefselI18NProvider.ENGLISH);
        setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "Nederlands");
        setAriaLabel(getTranslation("layout.language"));
        setValue("en".equals(UI.getCurrent().getLocale().getLanguage()) ? WeefselI18NProvider.ENGLISH : WeefselI18NProvider.DUTCH);
        setWidth("9em");
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI ui = UI.getCurrent();
                ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax'",
                        LocaleInitializer.COOKIE, change.getValue().getLanguage());
                ui.getPage().reload();
            }
        });
    }
}
