package nl.weefsel;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts Weefsel: the web application, or one of its command-line modes. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Weefsel", shortName = "Weefsel")
public class Application implements AppShellConfigurator {

    /** Vaadin's auto-configurations assume a servlet web application; command-line modes have none. */
    private static final String VAADIN_AUTO_CONFIGURATIONS = String.join(",",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinApplicationConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig",
            "com.vaadin.flow.spring.VaadinServletConfiguration");

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Weefsel with its database and services but without web server, Vaadin or sign-in: for the
     * command-line modes that read or write the network.
     */
    public static SpringApplicationBuilder withoutWeb() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("spring.autoconfigure.exclude=" + VAADIN_AUTO_CONFIGURATIONS);
    }
}
