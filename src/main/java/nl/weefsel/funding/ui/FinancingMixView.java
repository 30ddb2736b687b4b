package nl.weefsel.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.Problems;
import nl.weefsel.funding.Budget;
import nl.weefsel.funding.BudgetService;
import nl.weefsel.funding.FinancingMix;
import nl.weefsel.funding.FundingAnalysisService;
import nl.weefsel.funding.FundingService;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.security.AccessPolicy;

/** An initiative's financing mix on a day: every source's share of the budget, and how far it is from 100%. */
@Route("funding/mix")
@PageTitle("Weefsel")
@Menu(title = "nav.funding.mix", order = 16, icon = "vaadin:pie-chart")
@PermitAll
class FinancingMixView extends VerticalLayout implements BeforeEnterObserver {

    private final FundingAnalysisService analysis;
    private final BudgetService budgets;
    private final AccessPolicy access;
    private final ComboBox<Initiative> initiative = new ComboBox<>(getTranslation("field.initiativeId"));
    private final DatePicker day = new DatePicker(getTranslation("funding.on"), LocalDate.now());
    private final BigDecimalField budget = new BigDecimalField(getTranslation("funding.mix.budget"));
    private final Button saveBudget = new Button(getTranslation("funding.budget.save"), click -> saveBudget());
    private final Paragraph summary = new Paragraph();
    private final Grid<FinancingMix.Source> grid = new Grid<>();
    private final Map<String, String> names = new HashMap<>();
    private FinancingMix mix;

    FinancingMixView(FundingAnalysisService analysis, BudgetService budgets, InitiativeService initiatives, ActorService actors,
                     AccessPolicy access, ChangeBroadcaster changes) {
        this.analysis = analysis;
        this.budgets = budgets;
        this.access = access;
        actors.list(ActorFilter.ALL).forEach(actor -> names.put(actor.id(), actor.name()));
        setSizeFull();
        initiative.setItems(initiatives.list(null));
        initiative.setItemLabelGenerator(Initiative::name);
        day.setLocale(getLocale());
        budget.setPrefixComponent(new Span("€"));
        budget.setId("funding-budget");
        saveBudget.setId("funding-budget-save");
        summary.setId("funding-mix-summary");
        summary.getElement().setAttribute("role", "status");
        initiative.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        var bar = new FlexLayout(initiative, day, budget, saveBudget, CsvDownload.ofRows("financing-mix.csv",
                getTranslation("funding.mix.export"), () -> mix == null ? java.util.List.of() : FundingTables.mix(key -> getTranslation(key), mix, names)));
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        add(new H1(getTranslation("funding.mix.title")), bar, summary, grid());
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds(FundingService.KIND, BudgetService.KIND), batch -> refresh());
    }

    private Grid<FinancingMix.Source> grid() {
        grid.addColumn(source -> names.getOrDefault(source.funderId(), source.funderId())).setHeader(getTranslation("field.funderId"))
                .setFlexGrow(2);
        grid.addColumn(source -> Labels.of(source.instrument())).setHeader(getTranslation("field.instrument"));
        grid.addColumn(source -> Money.euros(this, source.amountCents())).setHeader(getTranslation("field.amountCents"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(source -> Money.share(this, source.share())).setHeader(getTranslation("funding.csv.share"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setAriaLabel(getTranslation("funding.mix.title"));
        grid.setId("funding-mix-grid");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refresh() {
        Initiative chosen = initiative.getValue();
        boolean picked = chosen != null && day.getValue() != null;
        budget.setVisible(picked);
        saveBudget.setVisible(picked && access.mayBudget(chosen.id()));
        budget.setReadOnly(!saveBudget.isVisible());
        if (!picked) {
            mix = null;
            grid.setItems();
            summary.setText(getTranslation("funding.mix.pick"));
            return;
        }
        mix = analysis.mix(chosen.id(), day.getValue());
        budget.setValue(mix.budgetCents() == null ? null : Money.toEuros(mix.budgetCents()));
        grid.setItems(mix.sources());
        summary.setText(summaryText(mix));
    }

    private String summaryText(FinancingMix mix) {
        String total = getTranslation("funding.mix.summary.total", Money.euros(this, mix.totalCents()));
        return switch (mix.status()) {
            case NO_BUDGET -> total + " " + getTranslation("funding.mix.summary.no-budget");
            case SHORT -> total + " " + getTranslation("funding.mix.summary.short", Money.share(this, mix.totalShare()),
                    Money.euros(this, mix.gapCents()));
            case COMPLETE -> total + " " + getTranslation("funding.mix.summary.complete");
            case OVER -> total + " " + getTranslation("funding.mix.summary.over", Money.share(this, mix.totalShare()),
                    Money.euros(this, -mix.gapCents()));
        };
    }

    /** {@code ?initiative=<id>&on=<yyyy-mm-dd>} opens a chosen mix, e.g. from a link in a memo. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("on").ifPresent(text -> {
            try {
                day.setValue(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException ignored) {
                // an unreadable date leaves today's
            }
        });
        parameters.getSingleParameter("initiative").ifPresent(id -> initiative.getListDataView().getItems()
                .filter(choice -> choice.id().equals(id)).findFirst().ifPresent(initiative::setValue));
    }

    private void saveBudget() {
        Initiative chosen = initiative.getValue();
        if (chosen == null) {
            return;
        }
        budget.setInvalid(false);
        try {
            long version = budgets.of(chosen.id()).map(Budget::version).orElse(0L);
            budgets.set(chosen.id(), version, budget.getValue() == null ? null : Money.toCents(budget.getValue()), null);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("editing.saved"))
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException refused) {
            budget.setErrorMessage(refused.getMessage() != null && refused.getMessage().contains("more than 0")
                    ? getTranslation("funding.problem.amount") : Problems.text(this, refused));
            budget.setInvalid(true);
        } catch (ConcurrentEditException conflict) {
            refresh();
        }
    }
}
