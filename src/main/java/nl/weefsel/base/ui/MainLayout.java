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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view: the name, the language switch, and a navigation built from the
 * views' {@code @Menu} annotations, whose titles are message keys.
 */
@Layout
@AnonymousAllowed // the frame itself; every view states who may see it
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(authentication));
        addToDrawer(brand(), navigation(), footer());
    }

    private HorizontalLayout header(AuthenticationContext authentication) {
        var spacer = new Span();
        var header = new HorizontalLayout(spacer, new SignedInUser(authentication), new LanguageSwitch());
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
