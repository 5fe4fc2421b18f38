package org.shegong.platform.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every column a {@code p:dataExporter} writes gives something PrimeFaces 15's exporter can read, as the page shows
 * it. The exporter takes, in this order: the column's {@code exportValue} (or {@code exportFunction}); else, when the
 * column has {@code field}, that raw property (an enum's code, an {@code Instant}'s ISO UTC text); else its children,
 * each a value holder's value — any other child (plain {@code #{…}} text, an HTML {@code <a>}) gives its Facelets
 * source, {@code #{m.name}}, not the name. So each exportable column of an exported table has an
 * {@code exportValue}, or a {@code field} that its one shown value is, or an {@code h:outputText} / {@code h:link}
 * as the content; and a time ({@code …At}) is exported only through {@code labels.time}, in Asia/Shanghai. Read
 * from the sources of the platform and of every module in the tree.
 */
class ExportedColumnsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Set<String> PRIMEFACES = Set.of("primefaces", "http://primefaces.org/ui");
    private static final Set<String> FACES_HTML = Set.of("jakarta.faces.html", "http://xmlns.jcp.org/jsf/html", "http://java.sun.com/jsf/html");
    private static final Set<String> FACES_CORE = Set.of("jakarta.faces.core", "http://xmlns.jcp.org/jsf/core", "http://java.sun.com/jsf/core");
    /** Value holders whose value the exporter reads (an h:link is a UIOutput, an h:commandLink is read by name). */
    private static final Set<String> READABLE = Set.of("outputText", "link", "commandLink");
    private static final Pattern TIME_SHOWN = Pattern.compile("labels\\.time\\(\\s*\\w+\\.\\w+At(\\(\\))?\\s*\\)");
    private static final Pattern TIME = Pattern.compile("\\.\\w+At\\b");

    @Test
    void everyExportedColumnGivesWhatThePageShows() throws Exception {
        List<Path> pages = exportingPages();
        List<String> names = pages.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("residents.xhtml", "projects.xhtml", "staff.xhtml", "clubs.xhtml", "elders.xhtml")),
                "the platform's and the modules' exporting pages are found: " + names);
        List<String> problems = new ArrayList<>();
        int columns = 0;
        for (Path page : pages) {
            try (InputStream in = Files.newInputStream(page)) {
                columns += check(ROOT.relativize(page).toString(), in, problems);
            }
        }
        assertTrue(columns >= 40, "the exported columns are found: " + columns);
        assertEquals(List.of(), problems, "exported columns the exporter cannot read as shown");
    }

    @Test
    void theCheckFindsEachWayAColumnCanExportWhatIsNotShown() throws Exception {
        String page = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                                xmlns:f="jakarta.faces.core" xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces">
                  <h:form>
                    <p:dataTable id="t" var="x" value="#{b.rows}">
                      <p:column headerText="plain text">#{x.name}</p:column>
                      <p:column headerText="html link"><a href="#">#{x.name}</a></p:column>
                      <p:column headerText="code by field" field="status"><h:outputText value="#{msg['s.' += x.status]}"/></p:column>
                      <p:column headerText="utc time"><h:outputText value="#{x.updatedAt}"/></p:column>
                      <p:column headerText="ok"><h:outputText value="#{labels.time(x.updatedAt)}"/></p:column>
                      <p:column headerText="ok by field" field="name"><h:link value="#{x.name}"/></p:column>
                      <p:column headerText="ok by exportValue" field="status" exportValue="#{msg['s.' += x.status]}">
                        <h:outputText value="#{msg['s.' += x.status]}"/></p:column>
                      <p:column headerText="actions" exportable="false"><p:commandButton icon="pi pi-pencil"/></p:column>
                    </p:dataTable>
                    <p:commandButton value="CSV" ajax="false"><p:dataExporter type="csv" target="t" fileName="t"/></p:commandButton>
                  </h:form>
                </ui:composition>
                """;
        List<String> problems = new ArrayList<>();
        int columns = check("sample.xhtml", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), problems);
        assertEquals(7, columns, "the exportable columns");
        assertEquals(4, problems.size(), String.join("\n", problems));
        for (String header : List.of("plain text", "html link", "code by field", "utc time")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("'" + header + "'")), header + " in " + problems);
        }
    }

    /** Checks the exported tables of one page; returns how many exportable columns it saw. */
    private static int check(String where, InputStream page, List<String> problems) throws Exception {
        Document doc = parse(page);
        int seen = 0;
        // a table is often the target of two exporters (CSV and Excel): each is checked once
        Set<String> targets = new java.util.LinkedHashSet<>();
        elements(doc, PRIMEFACES, "dataExporter").forEach(e -> targets.add(e.getAttribute("target")));
        for (String target : targets) {
            Element table = elements(doc, PRIMEFACES, "dataTable").stream()
                    .filter(t -> t.getAttribute("id").equals(target)).findFirst().orElse(null);
            if (table == null) {
                problems.add(where + ": the exporter's target '" + target + "' is no p:dataTable of this page");
                continue;
            }
            String var = table.getAttribute("var");
            for (Element column : children(table)) {
                if (!isPrimeFaces(column, "column") || "false".equals(column.getAttribute("exportable"))) {
                    continue;
                }
                seen++;
                String problem = problem(column, var);
                if (problem != null) {
                    problems.add(where + " #" + target + " '" + column.getAttribute("headerText") + "': " + problem);
                }
            }
        }
        return seen;
    }

    /** Null when the exporter reads the column as the page shows it; else why not. */
    private static String problem(Element column, String var) {
        String exportValue = column.getAttribute("exportValue");
        if (!exportValue.isBlank() || !column.getAttribute("exportFunction").isBlank()) {
            return time(exportValue);
        }
        List<Element> content = new ArrayList<>();
        for (Node n = column.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                return "plain text '" + n.getTextContent().strip() + "' is exported as its source: use h:outputText or exportValue";
            }
            if (n instanceof Element e && !(FACES_CORE.contains(e.getNamespaceURI()) && "facet".equals(e.getLocalName()))) {
                content.add(e);
            }
        }
        if (content.isEmpty()) {
            return "nothing to export";
        }
        Element first = content.get(0);
        if (!FACES_HTML.contains(first.getNamespaceURI()) || !READABLE.contains(first.getLocalName())
                || first.getAttribute("value").isBlank()) {
            return "its content <" + first.getTagName() + "> is no value the exporter reads: give the column an exportValue";
        }
        String shown = first.getAttribute("value").strip();
        String field = column.getAttribute("field");
        if (!field.isBlank() && !shown.equals("#{" + var + "." + field + "}") && !shown.equals("#{" + var + "." + field + "()}")) {
            return "field=\"" + field + "\" exports the raw property, not the shown " + shown + ": give the column an exportValue";
        }
        return time(shown);
    }

    private static String time(String value) {
        return TIME.matcher(TIME_SHOWN.matcher(value).replaceAll("")).find()
                ? "a time in " + value + " not through labels.time (Asia/Shanghai)" : null;
    }

    private static boolean isPrimeFaces(Element e, String name) {
        return PRIMEFACES.contains(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> elements(Document doc, Set<String> namespaces, String name) {
        NodeList all = doc.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (namespaces.contains(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(in);
    }

    private static List<Path> exportingPages() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String top : List.of("platform", "modules")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
                for (Path p : files.filter(p -> p.toString().contains("/src/main/") && !p.toString().contains("/target/"))
                        .filter(p -> p.getFileName().toString().endsWith(".xhtml")).toList()) {
                    if (Files.readString(p).contains("dataExporter")) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }
}
