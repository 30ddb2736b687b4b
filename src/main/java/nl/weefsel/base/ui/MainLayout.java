package nl.weefsel.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The frame around every view: the name, the language switch, and a navigation built from the
 * views' {@code @Menu} annotations, whose titles are message keys.
 */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation(), footer());
    }

    private HorizontalLayout header() {
        var spacer = new Span();
        var header = new HorizontalLayout(spacer, new LanguageSwitch());
        header.setWidthFull();
        header.expand(spacer);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("weefsel-header");
        return header;
    }

    private Span brand() {
        var brand = new Span("Weefsel");
        brand.addClassName("weefsel-brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer() {
        var footer = new Footer(new Span(getTranslation("layout.footer")));
        footer.addClassName("weefsel-footer");
        return footer;
    }
}
