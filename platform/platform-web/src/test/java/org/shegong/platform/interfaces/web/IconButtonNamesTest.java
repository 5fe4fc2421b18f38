package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every icon-only PrimeFaces button on every page of the platform and of every module in the tree has an accessible
 * name from the bundles: a button with an icon and no text is otherwise read aloud as "ui-button" (PrimeFaces writes
 * that word as its hidden text when it has neither title nor aria-label). Each needs {@code title} (the tooltip, and
 * the hidden text PrimeFaces writes) and {@code ariaLabel} (what a screen reader says), each a bundle lookup
 * ({@code #{var['key']}}) whose key is in both languages. Read from the sources, as {@link EveryBundleTest} reads the
 * bundles: fast, and it sees the buttons a role never gets to render.
 */
class IconButtonNamesTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Set<String> PRIMEFACES = Set.of("primefaces", "http://primefaces.org/ui");
    private static final Set<String> BUTTONS = Set.of("commandButton", "button", "linkButton", "splitButton", "menuButton");
    private static final Pattern LOOKUP = Pattern.compile("#\\{(\\w+)\\['([\\w.-]+)'\\]\\}");
    private static final Pattern LOAD_BUNDLE = Pattern.compile("<f:loadBundle\\s+basename=\"([\\w.]+)\"\\s+var=\"(\\w+)\"");

    @Test
    void everyIconOnlyButtonIsNamedFromTheBundlesInBothLanguages() throws Exception {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 50, "the platform's and every module's pages are found: " + pages.size());
        Map<String, List<Properties>> bundles = bundlesByVar(pages);
        List<String> unnamed = new ArrayList<>();
        int iconOnly = 0;
        for (Path page : pages) {
            for (Element b : buttons(page)) {
                if (b.getAttribute("icon").isBlank() || !b.getAttribute("value").isBlank()) {
                    continue;
                }
                iconOnly++;
                String where = ROOT.relativize(page) + " " + b.getLocalName() + " id=" + b.getAttribute("id") + " icon=" + b.getAttribute("icon");
                for (String attribute : List.of("title", "ariaLabel")) {
                    String problem = fromBundles(b.getAttribute(attribute), bundles);
                    if (problem != null) {
                        unnamed.add(where + ": " + attribute + " " + problem);
                    }
                }
            }
        }
        assertTrue(iconOnly >= 10, "the scan finds the icon-only buttons: " + iconOnly);
        assertEquals(List.of(), unnamed, "icon-only buttons without a name from the bundles");
    }

    /** Null if the attribute is a bundle lookup whose key both languages hold; otherwise what is wrong. */
    private static String fromBundles(String value, Map<String, List<Properties>> bundles) {
        if (value.isBlank()) {
            return "is missing";
        }
        Matcher m = LOOKUP.matcher(value.strip());
        if (!m.matches()) {
            return "is not a bundle lookup #{var['key']}: " + value;
        }
        List<Properties> languages = bundles.get(m.group(1));
        if (languages == null) {
            return "names no bundle this tree loads: " + m.group(1);
        }
        return languages.stream().allMatch(p -> p.containsKey(m.group(2))) ? null : "names a key not in both languages: " + m.group(2);
    }

    private static List<Element> buttons(Path page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder parser = f.newDocumentBuilder();
        Document doc = parser.parse(page.toFile());
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getNamespaceURI() != null && PRIMEFACES.contains(e.getNamespaceURI()) && BUTTONS.contains(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The platform's {@code msg} (faces-config) and each module's {@code f:loadBundle} var, with both languages. */
    private static Map<String, List<Properties>> bundlesByVar(List<Path> pages) throws IOException {
        Map<String, String> basenames = new HashMap<>();
        basenames.put("msg", "org.shegong.platform.web.messages");
        for (Path page : pages) {
            Matcher m = LOAD_BUNDLE.matcher(Files.readString(page));
            while (m.find()) {
                basenames.put(m.group(2), m.group(1));
            }
        }
        Map<String, List<Properties>> bundles = new HashMap<>();
        for (var e : basenames.entrySet()) {
            String file = e.getValue().replace('.', '/');
            List<Properties> languages = new ArrayList<>();
            for (String suffix : List.of(".properties", "_zh_CN.properties")) {
                languages.add(load(find(file + suffix)));
            }
            bundles.put(e.getKey(), languages);
        }
        return bundles;
    }

    private static Path find(String resource) throws IOException {
        for (String top : List.of("platform", "modules")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
                var found = files.filter(p -> p.toString().endsWith("/src/main/resources/" + resource)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError("no bundle " + resource);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> pages() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String top : List.of("platform", "modules")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
                files.filter(p -> p.toString().contains("/src/main/") && !p.toString().contains("/target/"))
                        .filter(p -> p.getFileName().toString().endsWith(".xhtml"))
                        .forEach(found::add);
            }
        }
        return found;
    }
}
