package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML, GEXF and CSV exports parse back with every actor, tie and attribute, free text escaped. */
class NetworkExportTest extends WeefselIntegrationTest {

    private static final String AWKWARD = "Kunst & <Cultuur> \"Zuid\"; 'west'";

    @Autowired NetworkExportService exports;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired PartnershipService partnerships;
    @Autowired ApplicationContext context;

    @BeforeEach
    void signInAsAdministrator() {
        TestUsers.signInAsAdmin("beheerder");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void graphml_holds_every_actor_and_tie_with_their_attributes() throws Exception {
        Actor awkward = awkwardActorWithDatedTie();
        Document graphml = parse(ExportFormat.GRAPHML, null);

        List<Element> nodes = elements(graphml, "node");
        assertThat(nodes).hasSize((int) actors.count());
        assertThat(elements(graphml, "edge")).hasSize(partnerships.all().size() + affiliations());
        Element node = nodes.stream().filter(n -> n.getAttribute("id").equals(awkward.id())).findFirst().orElseThrow();
        assertThat(data(node, "label")).isEqualTo(AWKWARD);
        assertThat(data(node, "n_description")).isEqualTo("Regel een\nmet een stuurteken weg");
        assertThat(data(node, "n_kind")).isEqualTo("MAKER");
        assertThat(elements(graphml, "key")).extracting(key -> key.getAttribute("attr.name"))
                .contains("label", "kind", "locatedIn", "roles", "weight", "intensity", "validFrom", "assertedBy");
    }

    @Test
    void gexf_is_dynamic_with_the_validity_of_ties_as_time_intervals() throws Exception {
        Actor awkward = awkwardActorWithDatedTie();
        Document gexf = parse(ExportFormat.GEXF, null);

        Element graph = elements(gexf, "graph").getFirst();
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(elements(gexf, "node")).hasSize((int) actors.count());
        Element tie = elements(gexf, "edge").stream().filter(e -> e.getAttribute("source").equals(awkward.id()))
                .findFirst().orElseThrow();
        assertThat(tie.getAttribute("start")).isEqualTo("2021-09-01");
        assertThat(tie.getAttribute("end")).isEqualTo("2024-07-31");
        assertThat(tie.getAttribute("weight")).isEqualTo("3.0");
        Element node = elements(gexf, "node").stream().filter(n -> n.getAttribute("id").equals(awkward.id())).findFirst().orElseThrow();
        assertThat(node.getAttribute("label")).isEqualTo(AWKWARD);
    }

    @Test
    void an_area_export_holds_only_the_actors_of_that_area() throws Exception {
        var delfshaven = areas.findByCode("WK059903").orElseThrow();
        List<Actor> inside = actors.list(new ActorFilter(null, Set.of(), delfshaven.id()));

        Document graphml = parse(ExportFormat.GRAPHML, "WK059903");

        assertThat(elements(graphml, "node")).extracting(n -> n.getAttribute("id"))
                .containsExactlyInAnyOrderElementsOf(inside.stream().map(Actor::id).toList());
    }

    @Test
    void the_csv_tables_open_in_dutch_excel_and_quote_what_needs_quoting() throws Exception {
        awkwardActorWithDatedTie();
        String csv = new String(bytes(ExportFormat.CSV_ACTORS, null), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFid;name;kind;");
        assertThat(csv.lines().count()).isGreaterThan(actors.count()); // header, and a description with a line break
        assertThat(csv).contains(";\"Kunst & <Cultuur> \"\"Zuid\"\"; 'west'\";MAKER;");
        assertThat(new String(bytes(ExportFormat.CSV_TIES, null), StandardCharsets.UTF_8)).contains(";2021-09-01;2024-07-31;");
    }

    @Test
    void the_zip_holds_the_three_tables() throws Exception {
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes(ExportFormat.CSV_ZIP, "GM0599")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactly("weefsel-actors.csv", "weefsel-ties.csv", "weefsel-role-assignments.csv");
    }

    @Test
    void the_export_command_chooses_the_format_by_the_file_extension(@TempDir Path dir) throws Exception {
        var commands = new Commands(context);

        assertThat(commands.run("export", dir.resolve("net.gexf").toString(), "--area", "GM0599").status()).isZero();
        assertThat(commands.run("export", dir.resolve("ties.csv").toString(), "--table", "ties").status()).isZero();
        var refused = commands.run("export", dir.resolve("net.pdf").toString());

        assertThat(Files.readString(dir.resolve("net.gexf"))).contains("<gexf xmlns=\"http://gexf.net/1.3\"");
        assertThat(Files.readString(dir.resolve("ties.csv"))).startsWith("\uFEFFid;from_id;from;");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("unknown format '.pdf'");
    }

    private Actor awkwardActorWithDatedTie() {
        var existing = actors.list(new ActorFilter(AWKWARD, Set.of(), null));
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        var delfshaven = areas.findByCode("WK059903").orElseThrow();
        Actor awkward = actors.create(new ActorData(AWKWARD, ActorKind.MAKER, null,
                "Regel een\nmet een stuurteken\u0001 weg", null, null, delfshaven.id(), Set.of(), null, Set.of(), Set.of()));
        Actor other = actors.list(ActorFilter.ALL).stream().filter(a -> a.name().equals("SKVR")).findFirst().orElseThrow();
        partnerships.create(new PartnershipData(awkward.id(), other.id(), TieKind.COLLABORATION, Intensity.COORDINATION,
                true, false, new Validity(LocalDate.of(2021, 9, 1), LocalDate.of(2024, 7, 31)), true, "Test", null));
        return awkward;
    }

    private int affiliations() {
        var all = actors.list(ActorFilter.ALL);
        var ids = all.stream().map(Actor::id).toList();
        return (int) all.stream().filter(a -> a.affiliationId() != null && ids.contains(a.affiliationId())).count();
    }

    private byte[] bytes(ExportFormat format, String area) {
        var out = new ByteArrayOutputStream();
        exports.write(format, area, out);
        return out.toByteArray();
    }

    private Document parse(ExportFormat format, String area) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(format, area)));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static String data(Element node, String key) {
        NodeList data = node.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element element = (Element) data.item(i);
            if (element.getAttribute("key").equals(key)) {
                return element.getTextContent();
            }
        }
        return null;
    }
}
