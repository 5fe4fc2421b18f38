package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The product as each demo role sees it, in Chromium at a desk (1440 px) and on a phone (390 px):
 * every page of the person's menu (read from the page, so every module's pages are included) and
 * the record pages behind the first rows. On each: no server error, no script error in the console,
 * no sideways scroll on the phone, and no raw code on the screen — enum words, ISO timestamps,
 * 12-digit area codes or missing bundle keys. A screenshot of each page at each size lands in
 * {@code target/screenshots/} for people to look at.
 */
@ExtendWith(ArquillianExtension.class)
class EveryPageBrowserIT {

    static final Dimension DESK = new Dimension(1440, 900);

    /** A login where a person's name belongs: yingze.worker, or the jobs' own account. */
    static final Pattern LOGIN = Pattern.compile("(?<![\\w.@/])[a-z]+\\.(?:worker|lead|admin|mz|demo)(?![\\w.])|(?<![\\w.])system(?![\\w.])");

    /** The one page whose people are their logins: the staff page's 登录名 column, for the operator admin. */
    static final String LOGINS_SHOWN = "operator/staff.xhtml";

    /** Raw codes that must never reach a person, each with what it looks like. */
    static final List<Pattern> RAW = List.of(
            // an enum constant: FEMALE, DIBAO, OPERATOR_ADMIN (contract numbers like YZMZ-2021-005 are names, not codes)
            Pattern.compile("(?<![\\w-])[A-Z][A-Z_]{3,}(?![\\w(-])"),
            // a machine timestamp: 2026-11-30T22:57:56Z
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"),
            // a 12-digit area code: 140106001000
            Pattern.compile("(?<![\\d*])\\d{12}(?![\\d*])"),
            // a missing bundle key
            Pattern.compile("\\?\\?\\?"),
            LOGIN,
            // a stored phrase nobody said: #volunteers.purpose.creditsReceived
            Pattern.compile("(?<![\\w&])#[a-z]+(?:\\.[A-Za-z]+)+"));

    static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** Upper-case words that are names people use, not codes. */
    static final Set<String> WORDS = Set.of("Excel", "HTTP");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void platformAdmin() throws Exception {
        visitAll("platform.admin", false);
    }

    @Test
    void civilAffairs() throws Exception {
        visitAll("yingze.mz", false);
    }

    @Test
    void operatorAdmin() throws Exception {
        // The volunteer's portal looks up their hours at every operator: a line on the read log that
        // names the volunteer, by name (the login used to show there).
        try (Chromium volunteer = new Chromium(DESK)) {
            volunteer.signIn(new URL(base, "volunteers/portal.xhtml"), "volunteer.demo", Keycloak.PASSWORD);
            volunteer.settle();
        }
        visitAll("hope.admin", true);
    }

    @Test
    void stationLead() throws Exception {
        visitAll("laojunying.lead", true);
    }

    @Test
    void socialWorker() throws Exception {
        visitAll("laojunying.worker", false);
    }

    @Test
    void volunteer() throws Exception {
        visitAll("volunteer.demo", false);
    }

    /** A person with no role sees why, in the portal's words, with no code and no server text. */
    @Test
    void noRole() throws Exception {
        try (Chromium browser = new Chromium(DESK)) {
            browser.signIn(new URL(base, "index.xhtml"), "nobody.demo", Keycloak.PASSWORD);
            List<String> problems = new ArrayList<>();
            check(browser, "nobody.demo", "start", problems);
            assertFalse(browser.driver().findElements(By.id("forbidden")).isEmpty(), browser.text());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /**
     * The public page, where sign-out lands: the portal's bar with the way back in (it was a bare table
     * with no link anywhere, five columns wide on a phone); the link opens the sign-in form.
     */
    @Test
    void thePublicPageReadsOnAPhoneAndLeadsBackToSignIn() throws Exception {
        try (Chromium browser = new Chromium(DESK)) {
            open(browser, new URL(base, "public/stations.xhtml").toString());
            List<String> problems = new ArrayList<>();
            check(browser, "anonymous", "public/stations.xhtml", problems);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(browser.text().contains("老军营街道"), "the stations are listed: " + browser.text());
            assertTrue(browser.driver().findElements(By.cssSelector(".menu-button, nav.menu")).isEmpty(),
                    "no empty menu pane nor a button opening nothing");
            browser.click("signIn");
            browser.settle();
            assertFalse(browser.driver().findElements(By.id("kc-form-login")).isEmpty(),
                    "the sign-in link opens the sign-in form: " + browser.driver().getCurrentUrl());
        }
    }

    /**
     * A page kept open past the end of its session (30 idle minutes; the sign-in outlives it): the next
     * click opens the same record again, says why in the portal's words, and a reload does not say it
     * again. No error page, no blank page, no "not found" for a record that is there.
     */
    @Test
    void aPageOpenPastItsSessionOpensAgainWithANotice() throws Exception {
        try (Chromium browser = new Chromium(DESK)) {
            browser.signIn(new URL(base, "station/projects.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            open(browser, new URL(base, "station/projects.xhtml").toString());
            String project = firstLink(browser, "projectsForm:projects:0:open");
            assertNotNull(project, "the demo station has a project: " + browser.text());
            open(browser, project);
            String heading = browser.element("projectForm:heading").getText();

            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click("projectForm:newItem");

            List<WebElement> notice = browser.driver().findElements(By.id("expiredNotice"));
            assertFalse(notice.isEmpty(), "the reopened page says why the click did nothing: " + browser.text());
            assertTrue(notice.get(0).getText().contains("页面已过期"), notice.get(0).getText());
            assertEquals(project, browser.driver().getCurrentUrl(), "the same record, and the notice's word is gone from the address");
            assertEquals(heading, browser.element("projectForm:heading").getText());
            List<String> problems = new ArrayList<>();
            check(browser, "laojunying.worker", "expired", problems);
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            open(browser, browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(By.id("expiredNotice")).isEmpty(), "said once: " + browser.text());
        }
    }

    /** A value a field cannot take is refused with the field's label, never its component id. */
    @Test
    void aRefusedValueIsNamedByItsFieldsLabel() throws Exception {
        try (Chromium browser = new Chromium(Chromium.PHONE)) {
            browser.signIn(new URL(base, "station/activities.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            browser.click("activitiesForm:planActivity");
            browser.type("planForm:title", "标签测试");
            browser.driver().executeScript("arguments[0].value = 'abc';", browser.element("planForm:heldOn_input"));
            browser.click("planForm:save");
            String message = browser.element("planForm:planMessages").getText();
            String label = browser.driver().findElement(By.cssSelector("label[for='planForm:heldOn_input'], label[for='planForm:heldOn']"))
                    .getText().replace("*", "").strip();
            assertTrue(message.startsWith(label) && message.contains("abc"), "'" + label + "' names the field: " + message);
            assertFalse(message.contains("planForm") || message.contains("heldOn"), "no component id: " + message);
        }
    }

    /**
     * Signs in, reads the menu, and checks each page at both sizes; for staff also the record pages
     * behind the first rows, the not-found states and the error pages.
     */
    private void visitAll(String user, boolean records) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Chromium browser = new Chromium(DESK)) {
            browser.signIn(new URL(base, "index.xhtml"), user, Keycloak.PASSWORD);
            browser.driver().manage().logs().get(LogType.BROWSER); // what the sign-in pages said is not ours
            Set<String> pages = new LinkedHashSet<>();
            for (WebElement entry : browser.driver().findElements(By.cssSelector("nav.menu a.menu-entry"))) {
                pages.add(entry.getAttribute("href"));
            }
            assertFalse(pages.isEmpty(), user + " has a menu: " + browser.text());
            for (String page : pages) {
                open(browser, page);
                check(browser, user, page, problems);
            }
            if (records) {
                open(browser, new URL(base, "station/residents.xhtml").toString());
                String resident = firstLink(browser, "residentsForm:residents:0:open");
                open(browser, new URL(base, "station/projects.xhtml").toString());
                String project = firstLink(browser, "projectsForm:projects:0:open");
                // A module's record page too: the elder's page lists people, readings and follow-ups.
                open(browser, new URL(base, "eldercare/elders.xhtml").toString());
                List<WebElement> elders = browser.driver().findElements(By.cssSelector("a[href*='elder.xhtml?residentId=']"));
                String elder = elders.isEmpty() ? null : elders.get(0).getAttribute("href");
                for (String page : new String[] {resident, project, elder}) {
                    if (page != null) {
                        open(browser, page);
                        check(browser, user, page, problems);
                    }
                }
                if (resident != null) {
                    switchLanguage(browser, resident, elder, problems);
                }
                // Missing or unknown records: a state inside the portal, never a blank page or server text.
                for (String path : List.of("station/resident.xhtml", "station/resident.xhtml?id=987654321",
                        "station/project.xhtml", "station/project.xhtml?id=abc", "no-such-page.xhtml")) {
                    open(browser, new URL(base, path).toString());
                    check(browser, user, path, problems);
                    if (browser.driver().findElements(By.cssSelector("nav.menu a.menu-entry")).isEmpty()) {
                        problems.add(path + ": not in the portal's layout (no menu)");
                    }
                    if (browser.driver().findElements(By.cssSelector("[id$='notFound'],.not-found,.chooser")).isEmpty()) {
                        problems.add(path + ": says neither what was not found nor offers a choice");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), user + ":\n" + String.join("\n", problems));
    }

    /** The language switch applies at once, to the very page (with its parameters) it was used on. */
    private static void switchLanguage(Chromium browser, String page, String other, List<String> problems) {
        open(browser, page);
        String heading = browser.driver().findElement(By.id("residentName")).getText();
        choose(browser, "en");
        String lang = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        String menu = browser.driver().findElement(By.id("menu")).getText();
        if (!page.equals(browser.driver().getCurrentUrl()) || !"en".equals(lang) || !menu.contains("Residents")
                || CJK.matcher(menu).find() || !heading.equals(browser.driver().findElement(By.id("residentName")).getText())) {
            problems.add(page + ": after switching to English: " + browser.driver().getCurrentUrl() + " lang=" + lang + " menu=" + menu);
        }
        // On a phone the top bar keeps one row in English as in Chinese (it wrapped "Sign out" onto a second row).
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Chromium.PHONE.getWidth(),
                "height", Chromium.PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        browser.settle();
        Object oneRow = browser.driver().executeScript("const b = document.querySelector('.topbar .brand').getBoundingClientRect(),"
                + " o = document.getElementById('logout').getBoundingClientRect(); return Math.abs(o.top - b.top) < b.height;");
        if (!Boolean.TRUE.equals(oneRow)) {
            problems.add(page + ": the top bar breaks into two rows at 390 px in English");
        }
        // English punctuation in English: a label's colon comes from the bundle, not a full-width "：" after it.
        for (String url : other == null ? List.of(page) : List.of(page, other)) {
            open(browser, url);
            Matcher colon = Pattern.compile("[A-Za-z)]：").matcher(browser.text());
            if (colon.find()) {
                problems.add(url + ": a Chinese colon in English: …" + browser.text().substring(Math.max(0, colon.start() - 30),
                        Math.min(browser.text().length(), colon.end() + 20)).replace('\n', ' ') + "…");
            }
        }
        choose(browser, "zh");
        if (!browser.driver().findElement(By.id("menu")).getText().contains("服务对象")) {
            problems.add(page + ": switching back to Chinese did not apply at once");
        }
    }

    private static void choose(Chromium browser, String language) {
        WebElement select = browser.driver().findElement(By.id("language:lang"));
        new Select(select).selectByValue(language);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(select));
        browser.settle();
    }

    private static void open(Chromium browser, String url) {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().get(url);
        browser.settle();
    }

    private static String firstLink(Chromium browser, String id) {
        List<WebElement> links = browser.driver().findElements(By.id(id));
        return links.isEmpty() ? null : links.get(0).getAttribute("href");
    }

    /** Checks the open page at the desk size, then on the phone; collects what is wrong. */
    private void check(Chromium browser, String user, String page, List<String> problems) throws IOException {
        String name = page.replaceFirst("^.*?/shegong-it/", "").replaceAll("[^A-Za-z0-9]+", "_");
        Object status = browser.driver().executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        if (status instanceof Number n && n.intValue() >= 500) {
            problems.add(page + ": HTTP " + n);
        }
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            // The page's own status (a 403 refusal, a 404 state) is checked above; anything else counts.
            boolean ownStatus = entry.getMessage().startsWith(browser.driver().getCurrentUrl() + " - Failed to load resource");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !ownStatus) {
                problems.add(page + ": console: " + entry.getMessage());
            }
        }
        rawCodes(page, browser.text(), problems);
        shoot(browser, user + "-" + name + "-1440");

        // The phone's width as the page sees it (a desktop window may not shrink below ~500 px).
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Chromium.PHONE.getWidth(),
                "height", Chromium.PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        browser.settle();
        Object width = browser.driver().executeScript("return document.documentElement.clientWidth;");
        if (!(width instanceof Number w && w.intValue() <= Chromium.PHONE.getWidth())) {
            problems.add(page + ": laid out " + width + " px wide on a phone (no viewport meta?)");
        }
        Object sideways = browser.driver().executeScript(
                "const d = document.documentElement; return d.scrollWidth - d.clientWidth;");
        if (sideways instanceof Number n && n.intValue() > 0) {
            Object wide = browser.driver().executeScript(
                    "const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 3)"
                            + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
            problems.add(page + ": " + n + " px sideways scroll at 390 px (" + wide + ")");
        }
        shoot(browser, user + "-" + name + "-390");
    }

    static void rawCodes(String page, String text, List<String> problems) {
        for (Pattern raw : RAW) {
            if (raw == LOGIN && page.contains(LOGINS_SHOWN)) {
                continue;
            }
            Matcher m = raw.matcher(text);
            while (m.find()) {
                if (!WORDS.contains(m.group())) {
                    int from = Math.max(0, m.start() - 30);
                    problems.add(page + ": raw code '" + m.group() + "' in …"
                            + text.substring(from, Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…");
                    break;
                }
            }
        }
    }

    private static void shoot(Chromium browser, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(true, Files.size(folder.resolve(name + ".png")) > 0, name);
    }
}
