package nl.weefsel.security.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the demo provider: one button per demo account (and the usual user name and
 * password form), in Dutch and English. Served at {@value #PATH} for GET; the POST goes to Spring
 * Security's form login.
 */
class DemoLoginPage extends OncePerRequestFilter {

    static final String PATH = "/demo-idp/login";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) && PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html(csrf, failed).getBytes(StandardCharsets.UTF_8));
    }

    private static String html(CsrfToken csrf, boolean failed) {
        var buttons = new StringBuilder();
        for (DemoAccount account : DemoAccount.ALL) {
            buttons.append("""
                    <form method="post" action="%s"><input type="hidden" name="%s" value="%s">\
                    <input type="hidden" name="username" value="%s"><input type="hidden" name="password" value="%s">\
                    <button type="submit" id="demo-%s">%s <small>(%s)</small></button></form>
                    """.formatted(PATH, csrf.getParameterName(), csrf.getToken(), account.username(), account.username(),
                    account.username(), HtmlUtils.htmlEscape(account.displayName()), account.role().name().toLowerCase()));
        }
        return """
                <!doctype html><html lang="nl"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Weefsel demo – aanmelden / sign in</title>
                <style>body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
                button{display:block;width:100%%;margin:.4rem 0;padding:.8rem;font-size:1rem;text-align:left;border:1px solid #b6c0cc;
                border-radius:.4rem;background:#f5f7fa;cursor:pointer}button:focus,button:hover{background:#e3ecfb;outline:2px solid #0b57d0}
                .error{color:#b3261e}</style></head><body>
                <h1>Weefsel (demo)</h1>
                <p>Kies een demo-account. Elke rol ziet en mag iets anders.<br><span lang="en">Choose a demo account; each role sees and may do different things.</span></p>
                %s
                <main>%s</main>
                <p><small>Demo-gegevens, geen echte accounts. Met een eigen inlogvoorziening (WEEFSEL_OIDC_ISSUER_URI) verdwijnt deze pagina.</small></p>
                </body></html>
                """.formatted(failed ? "<p class=\"error\" role=\"alert\">Aanmelden mislukt. / Sign-in failed.</p>" : "", buttons);
    }
}
