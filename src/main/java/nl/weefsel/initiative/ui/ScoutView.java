package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.Problems;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.security.AccessPolicy;

/**
 * For wijkverkenners on a phone: register a need heard or an initiative seen, in one of their wijken,
 * with as few taps as possible. One column, large targets, the wijk already chosen.
 */
@Route("scout")
@PageTitle("Weefsel")
@Menu(title = "nav.scout", order = 7, icon = "vaadin:mobile")
@RolesAllowed({"SCOUT", "COORDINATOR", "ADMIN"}) // the roles that may register; the menu leaves it out for others
class ScoutView extends VerticalLayout implements BeforeEnterObserver {

    enum What { NEED, INITIATIVE }

    private final NeedService needs;
    private final InitiativeService initiatives;
    private final ScoutTerritory territory;
    private final List<Area> areas;
    private final RadioButtonGroup<What> what = new RadioButtonGroup<>(getTranslation("scout.what"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("scout.area"));
    private final TextField title = new TextField();
    private final CheckboxGroup<TargetGroup> targetGroups = new CheckboxGroup<>(getTranslation("field.targetGroups"));
    private final DatePicker heardOn = new DatePicker(getTranslation("field.heardOn"), LocalDate.now());
    private final TextArea description = new TextArea(getTranslation("scout.description"));

    ScoutView(NeedService needs, InitiativeService initiatives, ScoutTerritory territory, AccessPolicy access) {
        this.needs = needs;
        this.initiatives = initiatives;
        this.territory = territory;
        this.areas = territory.territory();
        addClassName("weefsel-scout");
        what.setItems(What.values());
        what.setItemLabelGenerator(item -> getTranslation("scout.what." + item.name().toLowerCase()));
        what.setValue(What.NEED);
        what.addValueChangeListener(change -> showKind());
        area.setItems(areas);
        area.setItemLabelGenerator(Area::name);
        area.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        title.setId("scout-title");
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(Labels::of);
        targetGroups.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        heardOn.setLocale(getLocale());
        var save = new Button(getTranslation("scout.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("scout-save");
        save.setWidthFull();
        area.setWidthFull();
        title.setWidthFull();
        heardOn.setWidthFull();
        description.setWidthFull();
        add(new H1(getTranslation("scout.title")));
        if (access.mayRegister()) {
            add(what, area, title, heardOn, targetGroups, description, save);
        } else {
            add(new Paragraph(getTranslation("scout.not-allowed")));
        }
        showKind();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("wijk").orElse(null);
        territory.preselected(areas, code).ifPresent(area::setValue);
    }

    private void showKind() {
        boolean need = what.getValue() == What.NEED;
        title.setLabel(getTranslation(need ? "scout.need.title" : "scout.initiative.name"));
        heardOn.setVisible(need);
    }

    private void save() {
        title.setInvalid(false);
        area.setInvalid(false);
        String areaId = area.getValue() == null ? null : area.getValue().id();
        try {
            String saved = what.getValue() == What.NEED
                    ? needs.register(new NeedData(title.getValue(), description.getValue(), areaId, targetGroups.getValue(),
                            Set.of(), nl.weefsel.initiative.NeedStatus.OPEN, heardOn.getValue(), Set.of(), Set.of())).title()
                    : initiatives.register(new InitiativeData(title.getValue(), description.getValue(), areaId, null,
                            targetGroups.getValue(), Set.of(), InitiativeStatus.ACTIVE, Validity.from(LocalDate.now()))).name();
            territory.remember(area.getValue());
            Notification.show(getTranslation("scout.saved", saved, area.getValue().name()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            title.clear();
            description.clear();
            targetGroups.clear();
            heardOn.setValue(LocalDate.now());
            title.focus();
        } catch (InvalidInputException refused) {
            HasValidation field = "area".equals(refused.field()) ? area : title;
            field.setErrorMessage(Problems.text(this, refused));
            field.setInvalid(true);
        }
    }
}
