package nl.weefsel.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.stream.Collectors;

/** Translated names of enum values: key {@code enum.<Type>.<VALUE>} in the message bundles. */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return UI.getCurrent().getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String ofAll(Collection<? extends Enum<?>> values) {
        return values.stream().map(Labels::of).sorted().collect(Collectors.joining(", "));
    }
}
