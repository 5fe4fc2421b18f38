package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * Signing in through Keycloak's real login pages, in a browser: every role lands on its page with
 * its menu; roles reach exactly their pages; a wrong password gives no session; signing out ends
 * both sessions and renews nothing an attacker could replay.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    /** Elder care is on for hope (希望), so its station staff see its entries after the platform's. */
    static final List<String> ELDERCARE = List.of("老人档案", "走访登记（手机）", "应访未访", "医疗转介", "防诈骗宣传");
    static final List<String> STATION_MENU = List.of("工作台", "服务对象", "活动", "项目清单", "合作资源");
    static final List<String> CLUBS = List.of("社团名录", "社区覆盖（191号）");
    static final List<String> VOLUNTEERS = List.of("志愿者名册", "志愿岗位与班次", "时长审核");
    /** The platform's groups first, then each module's, by module id (希望 has all four modules on). */
    static final List<String> LEAD_MENU = menu(STATION_MENU, List.of("我的个案", "服务登记（手机）", "待审批"), CLUBS, ELDERCARE, VOLUNTEERS);
    static final List<String> WORKER_MENU = menu(STATION_MENU, List.of("我的个案", "服务登记（手机）"), CLUBS, ELDERCARE, VOLUNTEERS);

    @SafeVarargs
    static List<String> menu(List<String>... groups) {
        return java.util.stream.Stream.of(groups).flatMap(List::stream).toList();
    }

    /** Login → landing page and the menu entries it must show (in order). */
    static final Map<String, Landing> LANDINGS = Map.of(
            "platform.admin", new Landing("/platform/tenants.xhtml", List.of("运营方")),
            "yingze.mz", new Landing("/region/stations.xhtml", List.of("辖区看板")),
            "hope.admin", new Landing("/station/home.xhtml",
                    menu(STATION_MENU, List.of("我的社工站", "运营看板", "工作人员", "查阅记录"), CLUBS, ELDERCARE, VOLUNTEERS)),
            "laojunying.lead", new Landing("/station/home.xhtml", LEAD_MENU),
            "laojunying.worker", new Landing("/station/home.xhtml", WORKER_MENU),
            // the volunteers module (on for 希望) gives the volunteer its portal, in place of the platform's placeholder
            "volunteer.demo", new Landing("/volunteers/portal.xhtml", List.of("我的志愿服务")));

    record Landing(String path, List<String> menu) {
    }

    static final List<String> PAGES = List.of("/station/home.xhtml", "/station/import.xhtml", "/station/residents.xhtml",
            "/station/activities.xhtml", "/station/projects.xhtml", "/station/partners.xhtml", "/operator/stations.xhtml",
            "/operator/staff.xhtml", "/operator/reads.xhtml", "/region/stations.xhtml", "/platform/tenants.xhtml",
            "/volunteer/home.xhtml");

    @Test
    void everyRoleLandsOnItsPageWithItsMenu() throws Exception {
        for (var entry : LANDINGS.entrySet()) {
            try (Browser browser = new Browser()) {
                Page page = browser.signIn(new URL(base, "index.xhtml"), entry.getKey(), Keycloak.PASSWORD);
                String path = page.getUrl().getPath();
                assertTrue(path.endsWith(entry.getValue().path()), entry.getKey() + " landed on " + page.getUrl());
                assertEquals(200, page.getWebResponse().getStatusCode(), entry.getKey());
                HtmlPage html = (HtmlPage) page;
                List<String> menu = html.<HtmlAnchor>getByXPath("//nav[@id='menu']//a[contains(@class,'menu-entry')]").stream()
                        .map(a -> a.getTextContent().strip()).toList();
                // the menu speaks Chinese by default, English once chosen
                assertEquals(entry.getValue().menu(), menu, entry.getKey());
                assertTrue(html.getElementById("who") != null && !html.getElementById("who").getTextContent().isBlank()
                        && !html.getElementById("who").getTextContent().contains(entry.getKey()),
                        "the top bar names the user by name, not by login");
            }
        }
    }

    @Test
    void rolesReachExactlyTheirPages() throws Exception {
        Map<String, List<String>> allowed = Map.of(
                "platform.admin", List.of("/platform/tenants.xhtml"),
                "yingze.mz", List.of("/region/stations.xhtml"),
                "hope.admin", List.of("/station/home.xhtml", "/station/import.xhtml", "/station/residents.xhtml", "/station/activities.xhtml",
                        "/station/projects.xhtml", "/station/partners.xhtml",
                        "/operator/stations.xhtml", "/operator/staff.xhtml", "/operator/reads.xhtml"),
                "laojunying.lead", List.of("/station/home.xhtml", "/station/import.xhtml", "/station/residents.xhtml", "/station/activities.xhtml",
                        "/station/projects.xhtml", "/station/partners.xhtml"),
                "laojunying.worker", List.of("/station/home.xhtml", "/station/import.xhtml", "/station/residents.xhtml", "/station/activities.xhtml",
                        "/station/projects.xhtml", "/station/partners.xhtml"),
                "volunteer.demo", List.of("/volunteer/home.xhtml"),
                "nobody.demo", List.of());
        List<String> unexpected = new ArrayList<>();
        int checked = 0;
        for (var user : allowed.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.signIn(new URL(base, "index.xhtml"), user.getKey(), Keycloak.PASSWORD);
                for (String path : PAGES) {
                    Page page = browser.open(new URL(base, path.substring(1)));
                    int expected = user.getValue().contains(path) ? 200 : 403;
                    int status = page.getWebResponse().getStatusCode();
                    checked++;
                    if (status != expected) {
                        unexpected.add(user.getKey() + " " + path + " → " + status + " (expected " + expected + ")");
                    }
                }
            }
        }
        assertEquals(7 * PAGES.size(), checked);
        assertEquals(List.of(), unexpected, "unexpected allows or denies");
    }

    @Test
    void anOperatorAdminSwitchesBetweenStationsAndAWorkerHasNoSwitch() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "hope.admin", Keycloak.PASSWORD);
            List<String> options = page.<org.htmlunit.html.HtmlOption>getByXPath("//select[contains(@id,'station')]/option")
                    .stream().map(o -> o.getText().strip()).toList();
            assertEquals(List.of("全部社工站", "迎泽街道社会工作服务站", "老军营街道社会工作服务站"), options);
            int all = residentRows(page);
            HtmlPage narrowed = selectStation(page, "老军营街道社会工作服务站");
            int oneStation = residentRows(narrowed);
            assertTrue(oneStation > 0 && oneStation < all, "one station shows fewer residents: " + oneStation + " of " + all
                    + " on " + narrowed.getUrl() + ": " + narrowed.asNormalizedText());
        }
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            assertTrue(page.getByXPath("//select[contains(@id,'station')]").isEmpty(), "a worker with one station has no switcher");
        }
    }

    /** The total the residents page states ("共 N 人"). */
    private static int residentRows(HtmlPage page) {
        var m = java.util.regex.Pattern.compile("共 (\\d+) 人").matcher(page.asNormalizedText());
        assertTrue(m.find(), page.asNormalizedText());
        return Integer.parseInt(m.group(1));
    }

    private static HtmlPage selectStation(HtmlPage page, String label) throws Exception {
        org.htmlunit.html.HtmlSelect select = page.getFirstByXPath("//select[contains(@id,'station')]");
        // Choose without script events, then submit the form explicitly: one request, no race with onchange.
        select.getOptionByText(label).setSelected(true);
        org.htmlunit.html.HtmlElement apply = page.getFirstByXPath("//*[contains(@id,'apply')]");
        return apply.click();
    }

    @Test
    void anOperatorAdminSeesItsOwnStaffAndTheirCertifiedShareOnly() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "operator/staff.xhtml"), "hope.admin", Keycloak.PASSWORD);
            String text = page.asNormalizedText();
            assertTrue(text.contains("梁志刚") && text.contains("岳晓梅"), text);
            assertFalse(text.contains("高文静") || text.contains("任晓峰"), "huide's staff never shows for hope: " + text);
            // 老军营: 岳晓梅, 武振华, 田佳宁 all certified; 迎泽: 侯建民, 苗婷婷 certified.
            assertTrue(java.util.regex.Pattern.compile("老军营街道社会工作服务站\\s+3 / 3\\s+100%").matcher(text).find(), text);
        }
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/partners.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            String text = page.asNormalizedText();
            assertTrue(text.contains("老军营社区卫生服务站"), text);
            assertFalse(text.contains("文庙社区卫生服务中心"), "huide's partners never show for hope: " + text);
        }
    }

    @Test
    void aUserWithNeitherOperatorNorRegionIsToldWhy() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.signIn(new URL(base, "index.xhtml"), "nobody.demo", Keycloak.PASSWORD);
            assertEquals(403, page.getWebResponse().getStatusCode());
            String text = ((HtmlPage) page).asNormalizedText();
            assertTrue(text.contains("无权访问"), text);
            assertTrue(text.contains("尚未分配角色"), text);

            // And the way back to the start page, as the 404 page offers it, in the same words.
            HtmlAnchor home = (HtmlAnchor) ((HtmlPage) page).getElementById("home");
            assertTrue(home != null && home.asNormalizedText().equals("返回首页"), ((HtmlPage) page).asXml());
            assertEquals(new URL(base, "index.xhtml").getPath().replace("index.xhtml", ""), home.getHrefAttribute(), "to the start page");

            // The refusal page offers another account: its sign-out works for them too (it answered 403).
            Page signedOut = ((HtmlPage) page).getHtmlElementById("switchAccount").click();
            assertEquals(200, signedOut.getWebResponse().getStatusCode(), signedOut.getUrl().toString());
            assertTrue(signedOut.getUrl().getPath().endsWith("/public/stations.xhtml"), "signed out, on the public page: "
                    + signedOut.getUrl());
            assertTrue(Browser.isLoginForm(browser.open(new URL(base, "index.xhtml"))), "the browser must sign in again");
        }
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndGivesNoSession() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.signIn(new URL(base, "index.xhtml"), "laojunying.worker", "wrong-password");
            assertTrue(Browser.isLoginForm(page), "still on the login form: " + page.getUrl());
            assertTrue(((HtmlPage) page).asNormalizedText().contains("Invalid username or password"),
                    ((HtmlPage) page).asNormalizedText());
            Page again = browser.open(new URL(base, "station/residents.xhtml"));
            assertTrue(Browser.isLoginForm(again), "no application page without a session: " + again.getUrl());
        }
    }

    @Test
    void signingInRenewsTheSessionIdAndSigningOutEndsEverySession() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(new URL(base, "public/stations.xhtml"));
            String before = sessionId(browser);
            assertNotNull(before, "the public page opened a session");

            Page landed = browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            assertEquals(200, landed.getWebResponse().getStatusCode());
            String after = sessionId(browser);
            assertNotNull(after);
            assertNotEquals(before, after, "a new session id after sign-in");
            List<Cookie> signedInCookies = List.copyOf(browser.client().getCookieManager().getCookies());

            // Sign-out is a POST form (a GET from another site must not sign anyone out).
            Page signedOut = Browser.signOut(landed);
            assertTrue(signedOut.getUrl().getPath().endsWith("/public/stations.xhtml"), "back on the public page: "
                    + signedOut.getUrl());
            assertTrue(Browser.isLoginForm(browser.open(new URL(base, "station/residents.xhtml"))),
                    "the browser must sign in again");

            // Someone who kept the old cookies gets no page either.
            try (Browser replay = new Browser()) {
                signedInCookies.forEach(c -> replay.client().getCookieManager().addCookie(c));
                Page page = replay.open(new URL(base, "station/residents.xhtml"));
                assertTrue(Browser.isLoginForm(page), "replayed cookies reached " + page.getUrl());
                assertFalse(page.getWebResponse().getContentAsString().contains("共 "), "no resident list");
            }
        }
    }

    private String sessionId(Browser browser) {
        return Stream.of(browser.client().getCookieManager().getCookies().toArray(new Cookie[0]))
                .filter(c -> c.getName().equals("JSESSIONID")).map(Cookie::getValue).findFirst().orElse(null);
    }
}
