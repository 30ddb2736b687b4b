package nl.weefsel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker engine runs where the tests run, so this test reads the deployment files instead of
 * starting them: {@code docker-compose.yml}, the Keycloak realm it imports, the {@code Dockerfile}
 * and {@code application.properties} must name the same services, ports, variables, realm, client
 * and claims.
 *
 * <p>Compose variables are resolved the way {@code docker compose} resolves them with nothing set
 * in the environment: {@code ${X:-default}} gives the default, {@code ${X:?message}} (a required
 * secret) gives a placeholder naming X, and {@code $$} is a literal dollar.
 */
class ComposeFileTest {

    private static final Set<String> ROLES = Set.of("coordinator", "scout", "adviser", "partner", "admin");
    private static final List<String> ESSENTIAL_APP_VARIABLES = List.of(
            "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD",
            "WEEFSEL_OIDC_ISSUER_URI", "WEEFSEL_OIDC_CLIENT_ID", "WEEFSEL_OIDC_CLIENT_SECRET");
    private static final Pattern PROPERTY_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern CBS_CODE = Pattern.compile("PV\\d{2}|GM\\d{4}|WK\\d{6}|BU\\d{8}");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, String> applicationVariables;
    private static JsonNode realm;
    private static String dockerfile;

    @BeforeAll
    static void readFiles() throws IOException {
        root = projectRoot();
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        compose = new Yaml(options).load(Files.readString(root.resolve("docker-compose.yml")));
        applicationVariables = applicationVariables(
                Files.readString(root.resolve("src/main/resources/application.properties")));
        ObjectMapper json = JsonMapper.builder().build();
        realm = json.readTree(Files.readString(root.resolve("deploy/keycloak/weefsel-realm.json")));
        dockerfile = Files.readString(root.resolve("Dockerfile"));
    }

    // ---------------------------------------------------------------- services and images

    @Test
    void the_compose_file_defines_the_neo4j_keycloak_and_weefsel_services() {
        assertThat(services()).containsKeys("neo4j", "keycloak", "weefsel");
    }

    @Test
    void every_image_is_pinned_to_a_tag_that_is_not_latest() {
        services().forEach((name, service) -> {
            Object image = map(service).get("image");
            if (image == null) {
                assertThat(map(service)).as("service %s has neither image nor build", name).containsKey("build");
                return;
            }
            String reference = resolve(image.toString());
            String lastPart = reference.substring(reference.lastIndexOf('/') + 1);
            assertThat(lastPart).as("image of %s names a tag", name).contains(":");
            String tag = lastPart.substring(lastPart.indexOf(':') + 1);
            assertThat(tag).as("tag of %s", name).isNotBlank().isNotEqualToIgnoringCase("latest");
        });
    }

    @Test
    void the_neo4j_server_runs_the_community_edition_of_the_embedded_engine_version() throws IOException {
        Matcher version = Pattern.compile("<embedded-neo4j\\.version>([^<]+)</embedded-neo4j\\.version>")
                .matcher(Files.readString(root.resolve("pom.xml")));
        assertThat(version.find()).as("pom.xml names embedded-neo4j.version").isTrue();
        String image = resolve(service("neo4j").get("image").toString());
        assertThat(image).startsWith("neo4j:" + version.group(1)).contains("community");
    }

    @Test
    void the_app_service_is_built_from_the_dockerfile() {
        assertThat(service("weefsel")).containsKey("build");
        assertThat(root.resolve("Dockerfile")).exists();
    }

    // ---------------------------------------------------------------- the app's environment

    @Test
    void every_variable_the_app_service_sets_is_read_by_the_application() {
        assertThat(applicationVariables).as("variables read by application.properties").isNotEmpty();
        assertThat(environment("weefsel").keySet())
                .as("set by the weefsel service but not read by application.properties")
                .isSubsetOf(applicationVariables.keySet());
    }

    @Test
    void the_app_service_sets_the_essential_connection_variables() {
        assertThat(ESSENTIAL_APP_VARIABLES).as("names the application must read").isSubsetOf(applicationVariables.keySet());
        Map<String, String> environment = environment("weefsel");
        assertThat(environment).containsKeys(ESSENTIAL_APP_VARIABLES.toArray(String[]::new));
        ESSENTIAL_APP_VARIABLES.forEach(name -> assertThat(environment.get(name)).as(name).isNotBlank());
    }

    @Test
    void the_app_runs_in_production_mode_against_the_external_provider() {
        assertThat(appSetting("WEEFSEL_MODE")).isEqualTo("production");
    }

    @Test
    void the_neo4j_uri_names_the_neo4j_service_and_a_bolt_port_it_listens_on() {
        URI uri = URI.create(appSetting("NEO4J_URI"));
        assertThat(uri.getScheme()).isIn("bolt", "neo4j");
        assertThat(uri.getHost()).isEqualTo("neo4j").isIn(services().keySet());
        int port = uri.getPort() == -1 ? 7687 : uri.getPort();
        assertThat(port).as("Neo4j's Bolt port").isEqualTo(7687);
        assertThat(containerPorts("neo4j")).as("ports the neo4j service publishes or exposes").contains(port);
    }

    @Test
    void the_app_signs_in_to_neo4j_with_the_credentials_the_server_was_given() {
        String auth = environment("neo4j").get("NEO4J_AUTH");
        assertThat(auth).as("NEO4J_AUTH").contains("/");
        assertThat(appSetting("NEO4J_USERNAME")).isEqualTo(auth.substring(0, auth.indexOf('/')));
        assertThat(appSetting("NEO4J_PASSWORD")).isEqualTo(auth.substring(auth.indexOf('/') + 1));
        assertThat(rawEnvironment("neo4j").get("NEO4J_AUTH"))
                .as("the password comes from the environment, not from the file")
                .contains("${NEO4J_PASSWORD:?");
    }

    @Test
    void the_app_waits_for_a_healthy_neo4j_and_keycloak() {
        Map<String, Object> dependsOn = map(service("weefsel").get("depends_on"));
        assertThat(dependsOn).containsKeys("neo4j", "keycloak");
        for (String dependency : List.of("neo4j", "keycloak")) {
            assertThat(map(dependsOn.get(dependency)).get("condition")).isEqualTo("service_healthy");
            assertThat(service(dependency)).as("%s has a healthcheck", dependency).containsKey("healthcheck");
        }
        assertThat(service("neo4j").get("healthcheck").toString()).contains("cypher-shell");
    }

    // ---------------------------------------------------------------- sign-in: issuer, realm, client

    @Test
    void the_issuer_uri_names_the_keycloak_service_and_the_realm_of_the_realm_file() {
        URI issuer = URI.create(appSetting("WEEFSEL_OIDC_ISSUER_URI"));
        assertThat(issuer.getHost()).isEqualTo("keycloak").isIn(services().keySet());
        assertThat(issuer.getPath()).isEqualTo("/realms/" + realm.get("realm").asString());
        assertThat(realm.get("realm").asString()).isEqualTo("weefsel");

        Map<String, String> keycloak = environment("keycloak");
        int keycloakPort = Integer.parseInt(keycloak.getOrDefault("KC_HTTP_PORT", "8080"));
        int issuerPort = issuer.getPort() == -1 ? 80 : issuer.getPort();
        assertThat(issuerPort).as("port in the issuer URI is the one Keycloak listens on").isEqualTo(keycloakPort);
        assertThat(portMappings("keycloak"))
                .as("the browser reaches Keycloak on the same port as the app container does")
                .contains(new PortMapping(keycloakPort, keycloakPort));
        assertThat(keycloak.get("KC_HOSTNAME"))
                .as("Keycloak writes the issuer the app expects into its tokens")
                .isEqualTo(issuer.getScheme() + "://" + issuer.getAuthority());
    }

    @Test
    void keycloak_imports_the_realm_file_at_start() {
        Object command = service("keycloak").get("command");
        String commandLine = command instanceof List<?> list
                ? list.stream().map(Object::toString).collect(Collectors.joining(" "))
                : String.valueOf(command);
        assertThat(commandLine).contains("--import-realm");
        List<String> volumes = list(service("keycloak").get("volumes")).stream().map(Object::toString).toList();
        assertThat(volumes).anySatisfy(volume -> assertThat(volume).startsWith("./deploy/keycloak:/opt/keycloak/data/import"));
        assertThat(root.resolve("deploy/keycloak/weefsel-realm.json")).exists();
    }

    @Test
    void the_realm_has_the_confidential_client_the_app_signs_in_with() {
        JsonNode client = client(appSetting("WEEFSEL_OIDC_CLIENT_ID"));
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean(false)).isFalse();

        int published = portMappings("weefsel").getFirst().published();
        assertThat(strings(client.get("redirectUris"))).contains("http://localhost:" + published + "/*");
        assertThat(client.get("attributes").get("post.logout.redirect.uris").asString())
                .contains("http://localhost:" + published + "/");
    }

    @Test
    void the_client_secret_comes_from_one_variable_shared_by_keycloak_and_the_app() {
        String secret = client(appSetting("WEEFSEL_OIDC_CLIENT_ID")).get("secret").asString();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(secret);
        assertThat(placeholder.matches()).as("the realm file holds a placeholder, not a secret: %s", secret).isTrue();
        String variable = placeholder.group(1);
        assertThat(rawEnvironment("keycloak")).containsKey(variable);
        assertThat(rawEnvironment("keycloak").get(variable))
                .isEqualTo(rawEnvironment("weefsel").get("WEEFSEL_OIDC_CLIENT_SECRET"))
                .contains(":?");
    }

    // ---------------------------------------------------------------- ports and the image

    @Test
    void the_app_port_mapping_agrees_with_PORT() {
        int port = Integer.parseInt(appSetting("PORT"));
        assertThat(portMappings("weefsel")).isNotEmpty()
                .allSatisfy(mapping -> assertThat(mapping.target()).isEqualTo(port));
    }

    @Test
    void the_dockerfile_exposes_the_port_the_app_listens_on() {
        int port = Integer.parseInt(appSetting("PORT"));
        Set<Integer> exposed = Pattern.compile("(?m)^\\s*EXPOSE\\s+(.+)$").matcher(dockerfile).results()
                .flatMap(match -> List.of(match.group(1).trim().split("\\s+")).stream())
                .map(token -> Integer.parseInt(token.replaceAll("/.*", "")))
                .collect(Collectors.toSet());
        assertThat(exposed).contains(port);
        Matcher envPort = Pattern.compile("(?m)\\bPORT=(\\d+)").matcher(dockerfile);
        if (envPort.find()) {
            assertThat(Integer.parseInt(envPort.group(1))).as("PORT set in the Dockerfile").isEqualTo(port);
        }
    }

    @Test
    void the_dockerfile_runs_the_jar_as_a_non_root_user_with_data_in_a_volume() {
        assertThat(dockerfile).containsPattern("(?m)^USER\\s+(?!root\\b)\\S+")
                .containsPattern("(?m)^VOLUME\\s+/data")
                .contains("WEEFSEL_DATA_DIR=/data")
                .contains("\"java\", \"-jar\", \"/app/weefsel.jar\"");
        assertThat(applicationVariables).containsKey("WEEFSEL_DATA_DIR");
    }

    @Test
    void the_docker_build_context_leaves_out_build_output_data_and_git() throws IOException {
        List<String> ignored = Files.readAllLines(root.resolve(".dockerignore")).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ignored).contains("target", "data", ".node", "node_modules", ".git");
    }

    // ---------------------------------------------------------------- roles, users, claims

    @Test
    void the_realm_defines_the_five_roles() {
        Set<String> roles = StreamSupport.stream(realm.get("roles").get("realm").spliterator(), false)
                .map(role -> role.get("name").asString()).collect(Collectors.toSet());
        assertThat(roles).containsAll(ROLES);
    }

    @Test
    void the_realm_has_a_demo_user_for_each_role() {
        for (String role : ROLES) {
            assertThat(realm.get("users")).as("a user with role %s", role).anySatisfy(user -> {
                assertThat(strings(user.get("realmRoles"))).contains(role);
                assertThat(user.get("enabled").asBoolean()).isTrue();
                assertThat(user.get("credentials")).anySatisfy(
                        credential -> assertThat(credential.get("type").asString()).isEqualTo("password"));
            });
        }
    }

    @Test
    void demo_users_carry_cbs_codes_as_territories_and_the_partner_an_organisation() {
        Map<String, JsonNode> users = new LinkedHashMap<>();
        realm.get("users").forEach(user -> users.put(user.get("username").asString(), user));
        users.values().forEach(user -> strings(user.path("attributes").path("territories"))
                .forEach(code -> assertThat(code).matches(CBS_CODE)));
        assertThat(strings(users.get("coordinator").get("attributes").get("territories"))).containsExactly("GM0599");
        assertThat(strings(users.get("scout").get("attributes").get("territories")))
                .containsExactlyInAnyOrder("WK059903", "WK059915");
        assertThat(strings(users.get("adviser").get("attributes").get("territories"))).containsExactly("PV28");
        assertThat(strings(users.get("partner").get("attributes").get("organisation"))).containsExactly("SKVR");
    }

    @Test
    void the_client_maps_roles_territories_and_organisation_into_the_claims_the_application_reads() {
        JsonNode mappers = client(appSetting("WEEFSEL_OIDC_CLIENT_ID")).get("protocolMappers");

        JsonNode roles = mapper(mappers, appSetting("WEEFSEL_OIDC_ROLES_CLAIM"));
        assertThat(roles.get("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(roles.get("config").get("multivalued").asString()).isEqualTo("true");

        JsonNode territories = mapper(mappers, appSetting("WEEFSEL_OIDC_TERRITORIES_CLAIM"));
        assertThat(territories.get("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
        assertThat(territories.get("config").get("user.attribute").asString()).isEqualTo("territories");
        assertThat(territories.get("config").get("multivalued").asString()).isEqualTo("true");

        JsonNode organisation = mapper(mappers, appSetting("WEEFSEL_OIDC_ORGANISATION_CLAIM"));
        assertThat(organisation.get("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
        assertThat(organisation.get("config").get("user.attribute").asString()).isEqualTo("organisation");

        for (JsonNode mapper : List.of(roles, territories, organisation)) {
            for (String token : List.of("id.token.claim", "access.token.claim", "userinfo.token.claim")) {
                assertThat(mapper.get("config").path(token).asString(""))
                        .as("%s in %s", mapper.get("name").asString(), token).isEqualTo("true");
            }
        }
    }

    @Test
    void the_claim_names_the_app_service_sets_are_the_application_defaults() {
        for (String name : List.of("WEEFSEL_OIDC_ROLES_CLAIM", "WEEFSEL_OIDC_TERRITORIES_CLAIM",
                "WEEFSEL_OIDC_ORGANISATION_CLAIM")) {
            assertThat(applicationVariables.get(name)).as("default of %s", name).isNotBlank();
            assertThat(appSetting(name)).as(name).isEqualTo(applicationVariables.get(name));
        }
    }

    @Test
    void the_user_profile_declares_the_attributes_the_mappers_read() {
        // Keycloak 24+ only keeps attributes its user profile declares (or unmanaged ones when enabled)
        String profileJson = realm.get("components").get("org.keycloak.userprofile.UserProfileProvider")
                .get(0).get("config").get("kc.user.profile.config").get(0).asString();
        JsonNode profile = JsonMapper.builder().build().readTree(profileJson);
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        profile.get("attributes").forEach(attribute -> attributes.put(attribute.get("name").asString(), attribute));
        assertThat(attributes).containsKeys("username", "email", "firstName", "lastName", "territories", "organisation");
        assertThat(attributes.get("territories").get("multivalued").asBoolean()).isTrue();
        for (String attribute : List.of("territories", "organisation")) {
            assertThat(strings(attributes.get(attribute).get("permissions").get("edit")))
                    .as("only administrators may change %s", attribute).containsExactly("admin");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The value the app will see for a variable: set by the weefsel service, else the application default. */
    private static String appSetting(String name) {
        String value = environment("weefsel").get(name);
        if (value != null) {
            return value;
        }
        assertThat(applicationVariables).as("application.properties reads %s", name).containsKey(name);
        return applicationVariables.get(name);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("the realm file has no client " + clientId);
    }

    private static JsonNode mapper(JsonNode mappers, String claim) {
        for (JsonNode mapper : mappers) {
            if (claim.equals(mapper.get("config").path("claim.name").asString(""))) {
                return mapper;
            }
        }
        throw new AssertionError("the client has no protocol mapper for the claim " + claim);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return map(services().get(name));
    }

    /** A service's environment with compose variables resolved. */
    private static Map<String, String> environment(String service) {
        Map<String, String> resolved = new LinkedHashMap<>();
        rawEnvironment(service).forEach((name, value) -> resolved.put(name, resolve(value)));
        return resolved;
    }

    /** A service's environment as written in the file, in map or list form. */
    private static Map<String, String> rawEnvironment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> values.put(name.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = entry.toString();
                int equals = text.indexOf('=');
                values.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return values;
    }

    record PortMapping(Integer published, int target) {
    }

    private static List<PortMapping> portMappings(String service) {
        List<PortMapping> mappings = new ArrayList<>();
        for (Object port : list(service(service).get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                mappings.add(new PortMapping(published == null ? null : Integer.valueOf(resolve(published.toString())),
                        Integer.parseInt(longSyntax.get("target").toString())));
            } else {
                String[] parts = resolve(port.toString()).replaceAll("/(tcp|udp)$", "").split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                Integer published = parts.length >= 2 ? Integer.valueOf(parts[parts.length - 2]) : null;
                mappings.add(new PortMapping(published, target));
            }
        }
        return mappings;
    }

    private static Set<Integer> containerPorts(String service) {
        Set<Integer> ports = new LinkedHashSet<>();
        portMappings(service).forEach(mapping -> ports.add(mapping.target()));
        list(service(service).get("expose")).forEach(port -> ports.add(Integer.parseInt(port.toString().replaceAll("/.*", ""))));
        return ports;
    }

    /** Resolves compose variables as docker compose does with none of them set in the environment. */
    static String resolve(String value) {
        Matcher matcher = COMPOSE_VARIABLE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else if (matcher.group(4) != null) {
                replacement = "";
            } else if (matcher.group(2) == null) {
                replacement = "";
            } else if (matcher.group(2).endsWith("-")) {
                replacement = matcher.group(3);
            } else {
                replacement = "<" + matcher.group(1) + ">";
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** Every ${NAME:default} placeholder in application.properties: the environment variables the app reads. */
    private static Map<String, String> applicationVariables(String properties) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : properties.lines().toList()) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher matcher = PROPERTY_PLACEHOLDER.matcher(line);
            while (matcher.find()) {
                variables.put(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
            }
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Path projectRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a directory above the working directory holds docker-compose.yml").isNotNull();
        return directory;
    }
}
