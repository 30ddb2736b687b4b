package nl.weefsel.network.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.NetworkGraph;

/** What the colours and the dashed lines of the network drawing mean. */
class NetworkLegend extends HorizontalLayout {

    NetworkLegend() {
        addClassName("weefsel-legend");
        setSpacing(false);
        NetworkGraph.KIND_COLOURS.forEach((kind, colour) -> {
            var swatch = new Span();
            swatch.addClassName("weefsel-swatch");
            swatch.getStyle().setBackgroundColor(colour);
            add(new Span(swatch, new Span(Labels.of(kind))));
        });
        var oneSided = new Span(getTranslation("network.legend.one-sided"));
        oneSided.addClassName("weefsel-legend-one-sided");
        var money = new Span(getTranslation("network.legend.money"));
        money.addClassName("weefsel-legend-money");
        money.getStyle().setColor("#15803d").setFontWeight("600");
        add(oneSided, money);
    }
}
