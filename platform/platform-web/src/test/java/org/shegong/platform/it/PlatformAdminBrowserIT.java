package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * Issue 15, admin work in the UI, end to end in Chromium at a phone's 390 px: the platform admin
 * onboards an operator and gives it a contract on 运营方; its first admin signs in through Keycloak
 * with the temporary password (and sets their own), sees the station on the start page, adds a staff
 * member and creates their login on 工作人员, registers a resident, and disables the login — after
 * which the leaver cannot sign in. A login disabled in Keycloak's console shows as 已停用 when the page opens.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformAdminBrowserIT {

    private static final Pattern SHA256 = Pattern.compile("([0-9a-f]{8} ){7}[0-9a-f]{8}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOperatorOnboardedInTheUiSignsInAddsStaffWithALoginAndWorks() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String code = "it-ui" + run;
        String name = "界面入驻中心" + run;
        String login = code + ".admin";
        String contract = "IT-UI-" + run.toUpperCase(Locale.ROOT);
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1);
        // A street of its own, in force from this year: every demo street has a contract in force, and
        // a contract overlapping another at its street is refused.
        Fixtures.TestStreet street = Fixtures.freeStreet();

        String temporary;
        try (Chromium platform = new Chromium()) {
            platform.asPhone();
            platform.signIn(new URL(base, "platform/tenants.xhtml"), "platform.admin", Keycloak.PASSWORD);
            platform.click("tenantsForm:onboard");
            platform.type("onboardForm:code", code);
            platform.type("onboardForm:name", name);
            platform.type("onboardForm:phone", "0351-7654321");
            platform.type("onboardForm:adminName", "赵主任");
            platform.type("onboardForm:adminLogin", login);
            platform.click("onboardForm:onboardSave");
            String page = platform.text();
            Matcher password = Pattern.compile("临时密码 (\\S{12})").matcher(page);
            assertTrue(password.find(), "the temporary password is shown once: " + page);
            temporary = password.group(1);
            assertTrue(page.contains(name), page);
            assertEquals(0, platform.sidewaysScroll(), "the operators page fits a 390 px phone");

            platform.driver().findElement(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@id, 'addContract')]")).click();
            platform.settle();
            platform.type("contractForm:number", contract);
            List<String> offered = platform.driver().findElements(By.cssSelector("[id='contractForm:station_input'] option"))
                    .stream().map(o -> o.getAttribute("value")).toList();
            // 庙前 first: held by 同心 (and the operators the ITs make like it) over these dates, so refused with the reason.
            platform.choose("contractForm:station", offered.indexOf("140106004000"));
            // Dates are typed (the calendar opens from its icon only, so typing is never interrupted).
            platform.type("contractForm:starts_input", start.toString());
            platform.type("contractForm:ends_input", start.plusYears(2).minusDays(1).toString());
            assertEquals(start.toString(), platform.element("contractForm:starts_input").getAttribute("value"));
            String form = platform.element("contractEditor").getText();
            assertFalse(form.contains("activities") || form.contains("eldercare."), "targets by their labels: " + form);
            List<WebElement> targets = platform.driver().findElements(By.xpath("//input[contains(@id, ':target')]"));
            assertFalse(targets.isEmpty(), "the targets the operator's modules count are offered");
            targets.get(0).sendKeys("24");
            platform.click("contractForm:contractSave");
            String refused = platform.element("contractForm:contractMessages").getText();
            assertTrue(refused.contains("合同期与本站的合同") && refused.contains("重叠")
                    && Pattern.compile("\\d{4}-\\d{2}-\\d{2} 至 \\d{4}-\\d{2}-\\d{2}").matcher(refused).find(),
                    "an overlapping contract is refused, naming the other one and its term: " + refused);
            platform.choose("contractForm:station", offered.indexOf(street.code()));
            assertTrue(platform.element("contractForm:station_label").getText().contains(street.name()));
            platform.click("contractForm:contractSave");
            page = platform.text();
            assertTrue(page.contains(contract) && page.contains(street.stationName()), "the contract is listed: " + page);
            assertTrue(page.contains("operators/hope.json") && SHA256.matcher(page).find(),
                    "what provisioning applied, with each file's SHA-256: " + page);
            assertEquals(0, platform.sidewaysScroll(), "the operators page fits a 390 px phone, SHA-256 included");
            // Each action on the operator's card says in words what it does (issue 15: icons alone told nobody).
            for (String[] action : new String[][] {{"switchModules", "开通或关闭模块"}, {"addContract", "新增合同"}, {"endContract", "提前结束合同"}}) {
                WebElement button = platform.driver().findElement(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@id, '"
                        + action[0] + "')]"));
                // an icon-only button keeps its title as text pushed off-screen: the class says whether words show
                assertFalse(button.getAttribute("class").contains("ui-button-icon-only"), action[0] + " is not an icon alone");
                assertEquals(action[1], button.getText().strip(), action[0] + " shows its label");
                assertTrue(button.getRect().getX() + button.getRect().getWidth() <= 390, action[0] + " fits the phone: " + button.getRect());
            }
        }

        String own = "Own-" + run + "-pass1";
        String worker = code + ".worker";
        String workerName = "韩梅" + run;
        String workerPassword;
        try (Chromium admin = new Chromium()) {
            admin.asPhone();
            admin.signIn(new URL(base, "station/home.xhtml"), login, temporary);
            admin.changeTemporaryPassword(own);
            assertTrue(admin.driver().getCurrentUrl().startsWith(base.toString()), admin.driver().getCurrentUrl());
            assertTrue(admin.text().contains(street.name()), "its start page names its station: " + admin.text());

            admin.driver().get(new URL(base, "operator/staff.xhtml").toString());
            admin.settle();
            admin.click("staffForm:addStaff");
            admin.type("addForm:name", workerName);
            admin.choose("addForm:station", 1);
            admin.click("addForm:addSave");
            assertTrue(admin.text().contains("已添加") && admin.text().contains(workerName), admin.text());
            admin.driver().findElement(By.xpath("//tr[contains(., '" + workerName + "')]//button[contains(@id, 'createLogin')]")).click();
            admin.settle();
            admin.type("loginForm:username", worker);
            admin.click("loginForm:createLoginSave");
            Matcher password = Pattern.compile("临时密码（只显示一次）：\\s*(\\S{12})").matcher(admin.text());
            assertTrue(password.find(), "the new login's temporary password: " + admin.text());
            workerPassword = password.group(1);
            assertEquals(0, admin.sidewaysScroll(), "the staff page fits a 390 px phone");

            admin.driver().findElement(By.xpath("//tr[contains(., '" + workerName + "')]//button[contains(@id, 'disableLogin')]")).click();
            admin.settle();
            admin.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.settle();
            assertTrue(admin.text().contains("已停用登录：" + workerName), "the person by name: " + admin.text());
            assertTrue(admin.driver().findElements(By.xpath("//tr[contains(., '赵主任')]//button[contains(@id, 'disableLogin')]")).isEmpty(),
                    "the admin's own row offers no 停用登录 (they would lock themselves out)");
            // The login's state by its label (在用 / 已停用), never a code or a flag; a disabled one can be enabled again.
            assertTrue(row(admin, workerName).contains("已停用"), row(admin, workerName));
            assertTrue(row(admin, "赵主任").contains("在用"), row(admin, "赵主任"));
            for (String raw : List.of("ACTIVE", "DISABLED", "true", "false")) {
                assertFalse(row(admin, workerName).contains(raw) || row(admin, "赵主任").contains(raw), raw);
            }
            admin.driver().findElement(By.xpath("//tr[contains(., '" + workerName + "')]//button[contains(@id, 'enableLogin')]")).click();
            admin.settle();
            admin.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.settle();
            assertTrue(admin.text().contains("已重新启用登录"), admin.text());
            assertTrue(row(admin, workerName).contains("在用"), row(admin, workerName));
            // and disabled for good — this time in Keycloak's own console, which the portal is not told of: the
            // page, opened again, shows what Keycloak has (已停用, with 重新启用) and the history says why.
            Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(worker), "{\"enabled\":false}");
            assertTrue(row(admin, workerName).contains("在用"), "before the page is opened again: " + row(admin, workerName));
            admin.driver().get(new URL(base, "operator/staff.xhtml").toString());
            admin.settle();
            assertTrue(row(admin, workerName).contains("已停用"), row(admin, workerName));
            assertFalse(admin.driver().findElements(By.xpath("//tr[contains(., '" + workerName + "')]//button[contains(@id, 'enableLogin')]"))
                    .isEmpty(), "a login found disabled can be enabled again here");
            assertFalse(admin.text().contains("无法向登录服务"), "Keycloak was asked: " + admin.text());
            admin.driver().findElement(By.xpath("//tr[contains(., '" + workerName + "')]//button[contains(@id, 'edit')]")).click();
            admin.settle();
            assertTrue(admin.text().contains("登录 " + worker + " 的状态按登录服务（Keycloak）更正为已停用"), admin.text());
        }

        // It works: a resident registered at its station, with a token of its admin's own password.
        String token = Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password", "client_id", Keycloak.CLIENT,
                "username", login, "password", own));
        HttpResponse<String> created = new Api(base).post("residents", token, "{\"name\":\"界面居民" + run + "\",\"idNumber\":\""
                + Fixtures.freshIdNumber() + "\",\"communityCode\":\"" + street.communityCode() + "\",\"categories\":[\"ELDER\"]}");
        assertEquals(201, created.statusCode(), created.body());

        try (Chromium leaver = new Chromium()) {
            leaver.signIn(new URL(base, "station/home.xhtml"), worker, workerPassword);
            assertFalse(leaver.driver().getCurrentUrl().startsWith(base.toString()), "a disabled login does not get in: "
                    + leaver.driver().getCurrentUrl());
            assertTrue(leaver.driver().findElements(By.id("kc-passwd-update-form")).isEmpty(), "not even to set a password");
        }
    }

    /** The staff table's row of that person, as its text. */
    private static String row(Chromium browser, String name) {
        return browser.driver().findElement(By.xpath("//tbody[@id='staffForm:staff_data']/tr[contains(., '" + name + "')]")).getText();
    }
}
