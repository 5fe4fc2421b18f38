package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * A Facelets fragment — a part that pages include (a module's panel in a slot, the clubs' form, the
 * platform's templates) — is no page: opened at an address of its own it rendered a blank or broken page
 * (the modules' panels under {@code /<id>/panels/}, the clubs' {@code /clubs/form/profile.xhtml}). Every
 * fragment lives under WEB-INF, which the container never serves, by any spelling of the address.
 *
 * <p>The fragments are found in the WAR as it ships (the application's own files and every library's
 * {@code META-INF/resources}): a Facelet whose root is a {@code ui:composition} with no template (or a
 * {@code ui:component} / {@code ui:fragment}) is a part, never a page; a page is an {@code html} document or
 * a composition into a template.
 */
@ExtendWith(ArquillianExtension.class)
class FragmentsIT {

    /** Where the modules' fragments were served before they moved under WEB-INF: each must stay not found. */
    static final List<String> OLD_ADDRESSES = List.of("eldercare/panels/resident.xhtml", "eldercare/panels/station.xhtml",
            "childprotection/panels/resident.xhtml", "childprotection/panels/station.xhtml", "clubs/panels/region.xhtml",
            "clubs/form/profile.xhtml");

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([\\w.-]+:)?([\\w.-]+)([^>]*)>", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyFragmentInTheWarLiesUnderWebInf() throws IOException {
        Map<String, String> fragments = fragmentsOfTheWar();
        for (String known : List.of("WEB-INF/templates/history.xhtml", "WEB-INF/includes/dashboard.xhtml",
                "WEB-INF/volunteers/my-certificates.xhtml", "WEB-INF/eldercare/panels/station.xhtml",
                "WEB-INF/childprotection/panels/resident.xhtml", "WEB-INF/clubs/panels/region.xhtml",
                "WEB-INF/clubs/form/profile.xhtml")) {
            assertTrue(fragments.containsKey(known), "the scan finds the platform's and the modules' fragments: " + known
                    + " in " + fragments.keySet());
        }
        List<String> served = fragments.keySet().stream().filter(path -> !path.startsWith("WEB-INF/")).toList();
        assertEquals(List.of(), served, "fragments at an address of their own, served as blank pages");
    }

    @Test
    void noSpellingOfAFragmentsAddressIsServedWhileThePagesThatIncludeThemRenderThem() throws Exception {
        PageSession worker = new PageSession();
        HttpResponse<String> home = worker.signIn(at("station/home.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("eldercare-overdue-panel") && home.body().contains("childprotection-overdue-panel"),
                "the start page includes the modules' panels from under WEB-INF: " + home.body());
        HttpResponse<String> newClub = worker.get(at("clubs/new.xhtml"));
        assertEquals(200, newClub.statusCode(), newClub.body());
        assertTrue(newClub.body().contains(":name\"") && newClub.body().contains(":kind"),
                "the new club's page includes the club form's fields: " + newClub.body());

        List<String> addresses = new ArrayList<>(fragmentsOfTheWar().keySet());
        addresses.addAll(OLD_ADDRESSES);
        List<String> reached = new ArrayList<>();
        for (String address : addresses) {
            HttpResponse<String> plain = worker.get(at(address));
            if (plain.statusCode() != 404) {
                reached.add(address + " " + plain.statusCode());
            }
            for (String spelling : spellings(address)) {
                int status = worker.get(at(spelling)).statusCode();
                // the container may refuse an odd spelling as bad (400) rather than not found: never served either way
                if (status < 400 || status >= 500) {
                    reached.add(spelling + " " + status);
                }
            }
        }
        assertEquals(List.of(), reached, "fragments answered by some spelling of their address");

        PageSession civilAffairs = new PageSession();
        HttpResponse<String> region = civilAffairs.signIn(at("region/stations.xhtml"), "yingze.mz", Keycloak.PASSWORD);
        assertEquals(200, region.statusCode(), region.body());
        assertTrue(region.body().contains("clubsRegionNote"), "the region dashboard includes the clubs' panel: " + region.body());
        assertEquals(404, civilAffairs.get(at("WEB-INF/clubs/panels/region.xhtml")).statusCode());
        assertEquals(404, civilAffairs.get(at("clubs/panels/region.xhtml")).statusCode());
    }

    /** Ways to write the same address that Liberty decodes and normalises to it (it routes on the normalised path). */
    static List<String> spellings(String address) {
        int slash = address.indexOf('/');
        String first = address.substring(0, slash);
        String rest = address.substring(slash);
        return List.of("/" + address, first + ";x" + rest, first + ";" + rest, address + ";x",
                "%" + Integer.toHexString(first.charAt(0)).toUpperCase() + first.substring(1) + rest,
                first + "/" + rest, "station/%2e%2e/" + address, "station/%2E%2E/" + address,
                "%2e/" + address, first.toLowerCase() + rest, first + rest.replace(".xhtml", "%2exhtml"));
    }

    private URI at(String address) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + address);
    }

    /** The WAR's fragments by the address they would have: the application's own files and every library's META-INF/resources. */
    static Map<String, String> fragmentsOfTheWar() throws IOException {
        Map<String, String> fragments = new TreeMap<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("shegong.war", "target/platform-web.war")))) {
            for (ZipEntry entry : war.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(war.getInputStream(entry))) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            String innerName = inner.getName();
                            if (innerName.startsWith("META-INF/resources/") && innerName.endsWith(".xhtml")) {
                                addIfFragment(fragments, innerName.substring("META-INF/resources/".length()),
                                        new ByteArrayInputStream(jar.readAllBytes()));
                            }
                        }
                    }
                } else if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/classes/")) {
                    addIfFragment(fragments, name, war.getInputStream(entry));
                }
            }
        }
        return fragments;
    }

    private static void addIfFragment(Map<String, String> fragments, String address, InputStream content) throws IOException {
        String text = new String(content.readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<\\?.*?\\?>", "").replaceAll("(?s)<!DOCTYPE.*?>", "");
        Matcher root = FIRST_ELEMENT.matcher(text);
        if (!root.find()) {
            return;
        }
        String element = root.group(2);
        boolean part = element.equals("component") || element.equals("fragment")
                || element.equals("composition") && !root.group(3).contains("template=");
        if (part) {
            fragments.put(address, element);
        }
    }
}
