package nl.weefsel.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weefsel.base.internal.WeefselI18NProvider;
import org.junit.jupiter.api.Test;

/** Every text on screen exists in Dutch and in English. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("(?:getTranslation|title\\s*=)\\s*\\(?\"([a-z][\\w.-]+)\"");
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void dutch_and_english_have_the_same_keys() throws IOException {
        for (String name : WeefselI18NProvider.BUNDLES) {
            if (TranslationsTest.class.getResource("/" + name + ".properties") != null) {
                assertThat(bundle(name + "_en.properties").stringPropertyNames()).as(name)
                        .containsExactlyInAnyOrderElementsOf(bundle(name + ".properties").stringPropertyNames());
            }
        }
    }

    @Test
    void every_key_the_code_names_has_a_text() throws IOException {
        Set<String> keys = allDutchKeys();

        assertThat(keysNamedInCode()).isNotEmpty().allSatisfy(key -> assertThat(keys).as("bundle keys").contains(key));
    }

    @Test
    void every_value_of_every_domain_enum_has_a_label() throws IOException {
        Set<String> keys = allDutchKeys();
        List<Class<? extends Enum<?>>> enums = List.of(nl.weefsel.actor.ActorKind.class, nl.weefsel.actor.SchoolType.class,
                nl.weefsel.area.AreaLevel.class, nl.weefsel.role.AssignmentBasis.class, nl.weefsel.partnership.TieKind.class,
                nl.weefsel.partnership.Intensity.class, nl.weefsel.initiative.InitiativeStatus.class,
                nl.weefsel.initiative.NeedStatus.class, Discipline.class, TargetGroup.class,
                nl.weefsel.funding.FundingInstrument.class, nl.weefsel.funding.RecipientKind.class);

        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(keys).contains("enum." + type.getSimpleName() + "." + value.name());
            }
        }
    }

    private static Set<String> keysNamedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                LITERAL_KEY.matcher(Files.readString(file)).results().map(m -> m.group(1))
                        .filter(key -> !key.endsWith(".")) // a prefix such as "enum.", completed at run time
                        .forEach(keys::add);
            }
        }
        return keys;
    }

    private static Set<String> allDutchKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String name : WeefselI18NProvider.BUNDLES) {
            if (TranslationsTest.class.getResource("/" + name + ".properties") != null) {
                keys.addAll(bundle(name + ".properties").stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
