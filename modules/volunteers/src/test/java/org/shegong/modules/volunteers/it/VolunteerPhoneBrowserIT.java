package org.shegong.modules.volunteers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The volunteer on a phone-sized Chromium: signs in and lands on the portal, signs up for a shift,
 * opens the shift's QR link, sees which shift it names (role, window, station) and checks in, and after the station confirms the hours sees them; a
 * worker shows the shift's check-in code as a QR image (another station's or operator's: not found).
 */
@ExtendWith(ArquillianExtension.class)
class VolunteerPhoneBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    /** How the stations read a time (Asia/Shanghai; the shift's times are given in it). */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void aVolunteerSignsUpChecksInWithTheQrLinkAndSeesTheConfirmedHours() throws Exception {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        api.volunteerDemoAtHope();
        String role = "手机签到测试" + System.nanoTime() % 100_000;
        LocalDateTime now = LocalDateTime.now(VolunteersApiIT.STATIONS).truncatedTo(ChronoUnit.MINUTES);
        Api staff = new Api(base);
        long shift = Keycloak.json(VolunteersApiIT.ok(staff.post("volunteers/shifts", api.hope, "{\"role\":\"" + role
                + "\",\"streetCode\":\"" + VolunteersApiIT.LAOJUNYING + "\",\"spots\":3,\"startsAt\":\"" + now.minusMinutes(10)
                + "\",\"endsAt\":\"" + now.plusMinutes(60) + "\"}"))).getJsonNumber("id").longValue();
        String link = Keycloak.json(VolunteersApiIT.ok(staff.get("volunteers/shifts/" + shift + "/code", api.hope))).getString("url");
        long before = api.hoursAt("hope");

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, ""), "volunteer.demo", Keycloak.PASSWORD);
            phone.settle();
            assertTrue(phone.driver().getCurrentUrl().contains("/volunteers/portal.xhtml"), phone.driver().getCurrentUrl());
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide");

            phone.driver().findElement(By.xpath("//div[contains(@class,'card')][.//strong[text()='" + role + "']]//input[@type='submit']"))
                    .click();
            phone.settle();
            assertTrue(phone.text().contains("已报名"), phone.text());

            phone.driver().get(new URL(base, link.substring(1)).toString());
            phone.settle();
            assertTrue(phone.text().contains("扫码签到"), phone.text());
            // Before checking in, the page names what the volunteer confirms: the shift, its window, the station.
            String window = SHOWN.format(now.minusMinutes(10)) + " – " + SHOWN.format(now.plusMinutes(60)).substring(11);
            String whole = SHOWN.format(now.minusMinutes(10)) + " – " + SHOWN.format(now.plusMinutes(60));
            assertEquals(role, phone.element("shiftRole").getText());
            String when = phone.element("shiftWhen").getText();
            assertTrue(when.equals(window) || when.equals(whole), "the window in Asia/Shanghai: " + when);
            assertEquals("老军营街道社会工作服务站 · 太原市迎泽区老军营小区东区3号", phone.element("shiftPlace").getText());
            assertTrue(phone.driver().findElements(By.id("shiftIn")).isEmpty(), "not checked in yet");
            assertTrue(phone.sidewaysScroll() <= 0, "the check-in page fits the phone");
            phone.click("checkIn:in");
            assertTrue(phone.text().contains("已签到"), phone.text());
            // After: the same shift, with the volunteer's own check-in time.
            assertEquals(role, phone.element("shiftRole").getText());
            assertTrue(phone.text().contains("签到时间"), phone.text());
            assertTrue(phone.element("shiftIn").getText().startsWith(SHOWN.format(now).substring(0, 10)), phone.element("shiftIn").getText());
            assertTrue(phone.sidewaysScroll() <= 0, "the check-in page fits the phone after checking in");

            // Another operator's code names none of its shift: the reason, no buttons that can only fail.
            String otherOperator = api.code(api.huide, api.shift(api.huide, VolunteersApiIT.WENMIAO, -30, 90, 5));
            phone.driver().get(new URL(base, "volunteers/check-in.xhtml?code=" + otherOperator).toString());
            phone.settle();
            assertTrue(phone.text().contains("这是其他运营方社工站的签到码"), phone.text());
            assertTrue(phone.driver().findElements(By.id("shiftRole")).isEmpty(), "another operator's shift is not shown: " + phone.text());
            assertTrue(phone.driver().findElements(By.id("checkIn:in")).isEmpty(), "no button that can only fail");

            JsonObject attendance = Keycloak.json(VolunteersApiIT.ok(staff.get("volunteers/shifts/" + shift + "/roster", api.hope)))
                    .getJsonArray("attendance").getJsonObject(0);
            long id = attendance.getJsonNumber("id").longValue();
            // Another operator's and another station's staff: the attendance is not found, and nothing is written.
            for (String other : new String[] {api.huide, api.hopeYingze}) {
                assertEquals(404, staff.post("volunteers/hours/" + id + "/corrections", other,
                        "{\"minutes\":5,\"reason\":\"不是本站的签到\"}").statusCode());
                assertEquals(404, staff.post("volunteers/hours/" + id + "/confirm", other, "").statusCode());
            }
            assertEquals("[]", VolunteersApiIT.ok(staff.get("volunteers/hours/" + id + "/corrections", api.hope)).strip());
            correctOnThePhone(id);
            VolunteersApiIT.ok(staff.post("volunteers/hours/" + id + "/confirm", api.hope, ""));
            assertEquals(before + 30, api.hoursAt("hope"));

            phone.driver().get(new URL(base, "volunteers/portal.xhtml").toString());
            phone.settle();
            String shown = BigDecimal.valueOf(before + 30).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
            assertTrue(phone.text().contains("希望社会工作服务中心：" + shown), "the confirmed hours show by operator name: " + phone.text());
        }
    }

    /**
     * The worker corrects the attendance on 时长审核 at 390 px, choosing it by the volunteer and the time
     * they checked in (no record number is typed); nothing chosen is refused with its reason.
     */
    private void correctOnThePhone(long attendanceId) throws Exception {
        try (Chromium desk = new Chromium(Chromium.PHONE)) {
            desk.signIn(new URL(base, ""), "laojunying.worker", Keycloak.PASSWORD);
            desk.driver().get(new URL(base, "volunteers/hours.xhtml").toString());
            desk.settle();
            desk.type("hours:minutes", "30");
            desk.type("hours:reason", "手机签到后未签退，按现场记录");
            desk.click("hours:doCorrect");
            assertTrue(desk.text().contains("请选择签到记录"), "nothing chosen is refused with its reason: " + desk.text());

            Select choice = new Select(desk.element("hours:correctId"));
            WebElement option = choice.getOptions().stream()
                    .filter(o -> o.getAttribute("value").equals(String.valueOf(attendanceId))).findFirst().orElseThrow();
            assertTrue(option.getText().matches(".+（\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）"),
                    "the attendance by the volunteer and the check-in time: " + option.getText());
            // The table lists the records in the order of the choice (its first option is "choose"): a record
            // without a sign-out is offered no 确认时长, which could only be refused (尚未签退).
            String confirm = "hours:table:" + (choice.getOptions().indexOf(option) - 1) + ":confirm";
            assertTrue(desk.driver().findElements(By.id(confirm)).isEmpty(), "no 确认时长 before the sign-out or a correction");
            choice.selectByValue(String.valueOf(attendanceId));
            desk.type("hours:minutes", "30");
            desk.type("hours:reason", "手机签到后未签退，按现场记录");
            desk.click("hours:doCorrect");
            assertTrue(desk.text().contains("已更正时长"), desk.text());
            assertEquals(1, desk.driver().findElements(By.id(confirm)).size(), "corrected, the record may be confirmed");
            assertEquals(0, desk.sidewaysScroll(), "nothing scrolls sideways on a phone");
        }
    }

    @Test
    void aWorkerShowsTheShiftsCheckInCodeAsAPrintableQrAndAnotherStationsOrOperatorsShiftIsNotFound() throws Exception {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        long mine = api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -30, 90, 5);
        long otherStation = api.shift(api.hopeYingze, VolunteersApiIT.YINGZE, -30, 90, 5);
        long otherOperator = api.shift(api.huide, VolunteersApiIT.WENMIAO, -30, 90, 5);
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, ""), "laojunying.worker", Keycloak.PASSWORD);
            phone.driver().get(new URL(base, "volunteers/shift.xhtml?id=" + mine).toString());
            phone.settle();
            phone.driver().findElement(By.id("showCheckInCode")).click();
            phone.settle();
            assertTrue(phone.driver().getCurrentUrl().contains("volunteers/check-in-code.xhtml?id=" + mine), phone.driver().getCurrentUrl());
            assertEquals("助老探访", phone.driver().findElement(By.id("sheetRole")).getText());
            assertTrue(phone.driver().findElement(By.id("sheetWhen")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} – .+"),
                    phone.text());
            assertTrue(phone.driver().findElement(By.id("sheetStation")).getText().contains("老军营"), "the station by name: " + phone.text());
            String src = phone.driver().findElement(By.id("checkInQr")).getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"), "an image made on the server");
            String url = VolunteersApiIT.decodeQr(java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
            assertEquals(phone.driver().findElement(By.id("sheetUrl")).getText(), url, "the QR code is the URL printed under it");
            assertEquals(api.code(api.hope, mine), url.substring(url.indexOf("?code=") + 6));
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the sheet fits a phone: " + overflow + "px too wide");

            for (long other : new long[] {otherStation, otherOperator}) {
                phone.driver().get(new URL(base, "volunteers/check-in-code.xhtml?id=" + other).toString());
                phone.settle();
                assertTrue(phone.driver().findElements(By.id("checkInQr")).isEmpty(), "no code of shift " + other);
                assertTrue(phone.text().contains("未找到"), phone.text());
            }
        }
    }

    /** The staff's forms on a 390 px phone: each label on its own line above its field, as the portal's other phone forms. */
    @Test
    void theShiftAndHoursFormsPutEachLabelAboveItsFieldOnAPhone() throws Exception {
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, ""), "laojunying.worker", Keycloak.PASSWORD);
            for (String page : new String[] {"volunteers/shifts.xhtml", "volunteers/hours.xhtml"}) {
                phone.driver().get(new URL(base, page).toString());
                phone.settle();
                assertEquals(390L, (Long) phone.driver().executeScript("return window.innerWidth;"), "a 390 px wide phone");
                @SuppressWarnings("unchecked")
                java.util.List<String> beside = (java.util.List<String>) phone.driver().executeScript(
                        "var out = [], labels = document.querySelectorAll('#shifts label[for], #hours label[for]');"
                        + "if (labels.length < 3) { out.push('only ' + labels.length + ' labels'); }"
                        + "labels.forEach(function (l) { var f = document.getElementById(l.htmlFor);"
                        + " if (!f) { out.push(l.htmlFor + ': no field'); return; }"
                        + " var a = l.getBoundingClientRect(), b = f.getBoundingClientRect();"
                        + " if (a.bottom > b.top + 0.5 || a.height > 2 * parseFloat(getComputedStyle(l).lineHeight || 24))"
                        + "  { out.push(l.htmlFor + ' ' + a.top + '-' + a.bottom + ' vs ' + b.top); } });"
                        + "return out;");
                assertEquals(java.util.List.of(), beside, page + ": each label above its field, on one line");
            }
        }
    }

    @Test
    void aLeadIsAskedOnceMoreBeforeACertificateIsIssuedAndCancellingIssuesNothing() throws Exception {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        long id = api.register(api.hope, org.shegong.platform.it.Fixtures.freshIdNumber(), VolunteersApiIT.LAOJUNYING, null, "证明确认");
        api.confirmAttendance(api.hope, api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -60, 60, 3), id, 30);
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, ""), "laojunying.lead", Keycloak.PASSWORD);
            phone.driver().get(new URL(base, "volunteers/certificates.xhtml?volunteer=" + id).toString());
            phone.settle();
            assertTrue(phone.text().contains("尚未出具证明"), phone.text());
            By yes = By.cssSelector(".ui-confirmdialog-yes");
            By no = By.cssSelector(".ui-confirmdialog-no");

            phone.click("certificates:issue");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(no));
            assertTrue(phone.text().contains("以后只能撤销，不能修改"), "the dialog says what issuing means: " + phone.text());
            phone.driver().findElement(no).click();
            phone.settle();
            assertTrue(phone.text().contains("尚未出具证明"), "cancelled: nothing issued: " + phone.text());
            assertEquals(0, certificatesOf(api, id), "cancelled: nothing issued (API)");

            phone.click("certificates:issue");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(yes));
            phone.driver().findElement(yes).click();
            phone.settle();
            assertTrue(phone.text().contains("已出具证明") && phone.text().contains("0.5"), "issued, with its half hour: " + phone.text());
            assertEquals(1, certificatesOf(api, id), "confirmed: one certificate");
        }
    }

    private static int certificatesOf(VolunteersApiIT api, long volunteer) throws Exception {
        return jakarta.json.Json.createReader(new java.io.StringReader(VolunteersApiIT.ok(api.api.get("volunteers/certificates?volunteer="
                + volunteer, api.hope)))).readArray().size();
    }

    @Test
    void aLeadOpensAVolunteersFileOnAPhoneAndRevealsTheIdNumberOnlyOnRequest() throws Exception {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        String idNumber = org.shegong.platform.it.Fixtures.freshIdNumber();
        long id = api.register(api.hope, idNumber, VolunteersApiIT.LAOJUNYING, null, "林同学");
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, ""), "laojunying.lead", Keycloak.PASSWORD);
            phone.driver().get(new URL(base, "volunteers/volunteer.xhtml?id=" + id).toString());
            phone.settle();
            assertTrue(phone.text().contains("林同学") && phone.text().contains("助老") && phone.text().contains("摄影"), phone.text());
            assertTrue(!phone.text().contains(idNumber), "masked until revealed");
            // the history names who registered the volunteer, in the platform's history table
            String history = phone.driver().findElement(By.id("historyForm:history")).getText();
            assertTrue(history.contains("武振华") && !history.contains("laojunying.worker"), "a name, not a login: " + history);
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the volunteer's page fits a phone: " + overflow + "px too wide");
            phone.click("details:reveal");
            assertTrue(phone.text().contains(idNumber), phone.text());

            // found again in the registry by the number as people say it (31, not V000031)
            String number = VolunteersApiIT.json(VolunteersApiIT.ok(api.api.get("volunteers/registry/" + id, api.hope)))
                    .getString("volunteerNumber");
            phone.driver().get(new URL(base, "volunteers/volunteers.xhtml").toString());
            phone.settle();
            phone.driver().findElement(By.id("volunteers:who")).sendKeys(number.substring(1).replaceFirst("^0+", ""));
            phone.click("volunteers:search");
            String table = phone.driver().findElement(By.id("volunteers:table")).getText();
            assertTrue(table.contains(number) && table.contains("林同学"), table);
            assertEquals(1, phone.driver().findElements(By.cssSelector("#volunteers\\:table tbody tr")).size(), table);

            phone.driver().get(new URL(base, "volunteers/import.xhtml").toString());
            phone.settle();
            phone.click("upload:check");
            assertTrue(phone.text().contains("请选择要导入的文件"), "no file: the reason, nothing else: " + phone.text());

            // a one-row class list, checked, then imported with the progress bar on the page
            String listed = "郑" + (char) ('甲' + (int) (System.nanoTime() % 9)) + "同学";
            java.nio.file.Path list = java.nio.file.Files.createTempFile("class-list", ".xlsx");
            java.nio.file.Files.write(list, VolunteersApiIT.classList(new Object[] {listed,
                    org.shegong.platform.it.Fixtures.freshIdNumber(), "13800001111", "助老"}));
            phone.driver().findElement(By.id("upload:file")).sendKeys(list.toString());
            phone.click("upload:check");
            assertEquals(1, phone.driver().findElements(By.id("result:progress")).size(), "the progress bar waits under the rows: "
                    + phone.text());
            phone.click("result:apply");
            assertTrue(phone.text().contains("已导入 1 名志愿者"), phone.text());
        }
    }
}
