package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The residents register in headless Chromium, as a station lead uses it: register, find by exact
 * ID number, edit, see the phone masked and find it by the whole number only, export to Excel (the
 * phone masked, as the list shows it) and read the file back; and two people editing the same person at once — the second
 * is told, the first edit stands.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void registerFindEditAndExportToExcel() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        String name = "浏览器测试" + idNumber.substring(14);
        String masked = idNumber.substring(0, 4) + "*".repeat(14);
        try (Chromium browser = new Chromium()) {
            browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            browser.driver().get(new URL(base, "station/residents.xhtml").toString());
            long requests = (Long) browser.driver().executeScript(
                    "return performance.getEntriesByType('resource').length;");
            assertTrue(requests <= 15, "a list page loads with few requests besides itself: " + requests);
            // a digit too many is said, not cut off (a cut 19-digit number can pass as another valid one)
            register(browser, name, idNumber + "5", "13800000001");
            assertTrue(browser.text().contains("身份证号应为18位（当前为19位）"), browser.text());
            browser.type("residentDialogForm:idNumber", idNumber);
            browser.click("residentDialogForm:save");
            assertTrue(browser.text().contains("已登记服务对象"), browser.text());

            searchByIdNumber(browser, idNumber);
            assertTrue(browser.text().contains(name), "found by exact ID number: " + browser.text());
            assertTrue(browser.text().contains(masked), "shown masked");
            assertFalse(browser.source().contains(idNumber), "the full ID number never reaches the page");

            // A phone of this run only: the searches below must find this resident alone.
            String phone = "13" + idNumber.substring(8, 17);
            String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
            browser.click("residentsForm:residents:0:edit");
            browser.type("residentDialogForm:phone", phone);
            // the ledger's registration date (建档日期), typed over the form's today
            typeDate(browser, "residentDialogForm:registeredOn_input", "2024-03-05");
            browser.click("residentDialogForm:save");
            searchByIdNumber(browser, idNumber);
            assertTrue(browser.text().contains("2024-03-05"), "the list shows the registration date: " + browser.text());
            assertTrue(browser.text().contains(maskedPhone), "the list shows the phone masked: " + browser.text());
            assertFalse(browser.source().contains(phone), "the full phone is not on the list page");

            // The phone is found whole only, however it is written: a part of it finds no one, so the hidden
            // digits cannot be tried one at a time beside the mask.
            searchByPhone(browser, phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7));
            assertTrue(browser.text().contains(name) && browser.text().contains(maskedPhone), "found by the whole number: " + browser.text());
            for (String part : List.of(phone.substring(0, 7), phone.substring(3), phone.substring(0, 10))) {
                searchByPhone(browser, part);
                assertTrue(browser.text().contains("没有符合条件的服务对象") && !browser.text().contains(name),
                        "a part of the number finds no one: " + part);
            }
            assertEquals("电话（完整号码）", browser.element("residentsForm:searchPhone").getAttribute("placeholder"),
                    "the field says it wants the whole number");

            searchByPhone(browser, phone);
            browser.click("residentsForm:exportXlsx");
            Path xlsx = browser.download(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                var sheet = workbook.getSheetAt(0);
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("姓名"));
                assertEquals(1, sheet.getLastRowNum(), "the export holds what the search found: one row");
                assertEquals(name, sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals(masked, sheet.getRow(1).getCell(1).getStringCellValue(), "exports carry the masked ID number");
                DataFormatter shown = new DataFormatter();
                List<String> cells = new ArrayList<>();
                sheet.getRow(1).forEach(cell -> cells.add(shown.formatCellValue(cell)));
                assertTrue(cells.contains(maskedPhone) && !cells.contains(phone),
                        "the export gives the phone as the list shows it, masked, never whole: " + cells);
                assertTrue(cells.contains("2024-03-05"), "the registration date as yyyy-MM-dd: " + cells);
                String lastChange = cells.get(cells.size() - 1);
                assertTrue(lastChange.matches(".+ \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                        "the last change as the page says it (who, then the time in Asia/Shanghai), not an ISO UTC instant: " + lastChange);
            }
            assertEquals("服务对象.xlsx", xlsx.getFileName().toString(), "the file named in words");

            // An edit that empties the registration date is refused with the reason and erases nothing.
            searchByIdNumber(browser, idNumber);
            browser.click("residentsForm:residents:0:edit");
            typeDate(browser, "residentDialogForm:registeredOn_input", "");
            browser.click("residentDialogForm:save");
            assertTrue(browser.text().contains("请填写建档日期"), browser.text());
            browser.click("residentDialogForm:cancel");
            searchByIdNumber(browser, idNumber);
            assertTrue(browser.text().contains("2024-03-05"), "kept: " + browser.text());

            // On a phone the list is cards, the registration date among them: nothing wider than 390 px.
            browser.asPhone();
            searchByIdNumber(browser, idNumber);
            assertEquals(0, browser.sidewaysScroll(), "the residents list fits 390 px");
            assertTrue(browser.text().contains("建档日期"), browser.text());

            // the resident's own page says it too
            browser.click("residentsForm:residents:0:open");
            assertEquals("2024-03-05", browser.element("residentForm:registeredOn").getText(), browser.text());
        }
    }

    /**
     * On a phone at someone's door: a form with two bad fields says both in one submit, each beside its field
     * (not one per round trip, not a screen away at the top), and writes nothing — for a new resident and an
     * edit. The limits are on the inputs before anything is sent, and the address counts down what is left.
     */
    @Test
    void everyProblemOfTheFormAtOnceBesideItsFieldOnAPhone() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        String wrongCheckDigit = idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1");
        String name = "整表检查" + idNumber.substring(12);
        String phone = "13" + idNumber.substring(8, 17);
        try (Chromium browser = new Chromium()) {
            browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            browser.asPhone();
            browser.driver().get(new URL(base, "station/residents.xhtml").toString());

            browser.click("residentsForm:newResident");
            assertEquals("50", browser.element("residentDialogForm:name").getAttribute("maxlength"), "the name's limit, before a submit");
            assertEquals("30", browser.element("residentDialogForm:phone").getAttribute("maxlength"), "the phone's limit");
            assertEquals("200", browser.element("residentDialogForm:address").getAttribute("maxlength"), "the address's limit");
            browser.type("residentDialogForm:address", "迎泽街道桥东社区12号");
            assertEquals("还可输入 189 字（最多 200 字）", browser.element("residentDialogForm:addressLeft").getText(),
                    "the address counts down what is left as it is typed");

            register(browser, name, wrongCheckDigit, "abc");
            assertBeside(browser, "idNumber", "校验位");
            assertBeside(browser, "phone", "电话格式不正确");
            assertEquals("", browser.element("residentDialogForm:dialogMessages").getText(),
                    "each reason beside its field, not again at the top");
            assertEquals(0, browser.sidewaysScroll(), "the form and its messages fit 390 px");
            searchByName(browser, name);
            assertTrue(browser.text().contains("没有符合条件的服务对象"), "nothing was written: " + browser.text());

            // Corrected, it goes through; then an edit with two bad fields is refused the same way and changes nothing.
            browser.type("residentDialogForm:idNumber", idNumber);
            browser.type("residentDialogForm:phone", phone);
            browser.click("residentDialogForm:save");
            assertTrue(browser.text().contains("已登记服务对象"), browser.text());
            searchByIdNumber(browser, idNumber);
            browser.click("residentsForm:residents:0:edit");
            browser.type("residentDialogForm:name", "");
            browser.type("residentDialogForm:phone", "abc");
            browser.click("residentDialogForm:save");
            assertBeside(browser, "name", "姓名不能为空");
            assertBeside(browser, "phone", "电话格式不正确");
            assertEquals(0, browser.sidewaysScroll(), "the form and its messages fit 390 px");
            browser.click("residentDialogForm:cancel");
            searchByIdNumber(browser, idNumber);
            String kept = phone.substring(0, 3) + "****" + phone.substring(7);
            assertTrue(browser.text().contains(kept) && browser.text().contains(name), "the name and phone on record stay: " + browser.text());
        }
    }

    /** The reason shows in the field's own message, just below the field and within the phone's width. */
    private static void assertBeside(Chromium browser, String field, String reason) {
        var input = browser.element("residentDialogForm:" + field);
        var message = browser.element("residentDialogForm:" + field + "Message");
        assertTrue(message.getText().contains(reason), field + ": " + message.getText() + " / " + browser.text());
        Object where = browser.driver().executeScript("var i = arguments[0].getBoundingClientRect(),"
                + " m = arguments[1].getBoundingClientRect();"
                + " return m.top >= i.bottom - 1 && m.top - i.bottom < 40 && m.left >= 0 && m.right <= window.innerWidth"
                + " ? 'beside' : JSON.stringify({input: i, message: m});", input, message);
        assertEquals("beside", where, field + "'s message beside its field");
    }

    static void searchByName(Chromium browser, String name) {
        browser.click("residentsForm:clearSearch");
        browser.type("residentsForm:searchName", name);
        browser.click("residentsForm:doSearch");
    }

    /** Types a day into a date picker's input and closes its calendar, as a person does with the keyboard. */
    private static void typeDate(Chromium browser, String inputId, String day) {
        // selected and typed over: the picker puts its value back on a plain clear()
        var input = browser.element(inputId);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(day);
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    @Test
    void theSecondOfTwoConflictingEditsIsToldSo() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        try (Chromium lead = new Chromium(); Chromium worker = new Chromium()) {
            lead.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            register(lead, "冲突测试" + idNumber.substring(14), idNumber, "13800000010");
            searchByIdNumber(lead, idNumber);
            worker.signIn(new URL(base, "station/residents.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            searchByIdNumber(worker, idNumber);

            lead.click("residentsForm:residents:0:edit");
            worker.click("residentsForm:residents:0:edit");
            lead.type("residentDialogForm:phone", "13800000011");
            lead.click("residentDialogForm:save");
            worker.type("residentDialogForm:phone", "13800000012");
            worker.click("residentDialogForm:save");

            assertTrue(worker.text().contains("已被他人修改"), worker.text());
            searchByIdNumber(lead, idNumber);
            assertTrue(lead.text().contains("138****0011"), "the first edit stands (the list shows it masked): " + lead.text());
            assertFalse(lead.text().contains("138****0012"));
        }
    }

    @Test
    void anAllOrNothingImportWithThreeBadRowsShowsTheThreeAndWritesNothing(@TempDir Path dir) throws Exception {
        String marker = "导入页" + System.nanoTime() % 100_000;
        Path file = dir.resolve("residents.xlsx");
        Files.write(file, ResidentImportIT.sheet(
                ResidentImportIT.row(marker + "甲", Fixtures.freshIdNumber(), "13900000021", "五一东街社区", "老年人"),
                ResidentImportIT.row(marker + "乙", ResidentImportIT.flipCheckDigit(Fixtures.freshIdNumber()), "", "五一东街社区", ""),
                ResidentImportIT.row(marker + "丙", "", "", "不存在社区", ""),
                ResidentImportIT.row(marker + "丁", "", "", "五一东街社区", "外星人"),
                ResidentImportIT.row(marker + "戊", "", "", "双塔南路社区", "")));
        try (Chromium browser = new Chromium()) {
            browser.signIn(new URL(base, "station/residents.xhtml"), "yingze.lead", Keycloak.PASSWORD);
            browser.click("residentsForm:importResidents");
            browser.element("uploadForm:file").sendKeys(file.toString());
            browser.click("uploadForm:check");
            String checked = browser.text();
            assertTrue(checked.contains("其中 3 行有错误"), checked);
            assertTrue(checked.contains("校验位"), checked);
            assertTrue(checked.contains("不存在社区"), checked);
            assertTrue(checked.contains("外星人"), checked);
            assertEquals(3, browser.driver().findElements(org.openqa.selenium.By.cssSelector(".row-errors")).size());

            browser.click("importForm:import");
            assertTrue(browser.text().contains("3 行有错误，全部未导入"), browser.text());

            browser.driver().get(new URL(base, "station/residents.xhtml").toString());
            browser.type("residentsForm:searchName", marker);
            browser.click("residentsForm:doSearch");
            assertTrue(browser.text().contains("没有符合条件的服务对象"), "all or nothing: nothing written: " + browser.text());
        }
    }

    static void register(Chromium browser, String name, String idNumber, String phone) {
        browser.click("residentsForm:newResident");
        browser.type("residentDialogForm:name", name);
        browser.type("residentDialogForm:idNumber", idNumber);
        browser.type("residentDialogForm:phone", phone);
        browser.choose("residentDialogForm:community", 1);
        browser.click("residentDialogForm:save");
    }

    static void searchByPhone(Chromium browser, String phone) {
        browser.click("residentsForm:clearSearch");
        browser.type("residentsForm:searchPhone", phone);
        browser.click("residentsForm:doSearch");
    }

    static void searchByIdNumber(Chromium browser, String idNumber) {
        browser.click("residentsForm:clearSearch");
        browser.type("residentsForm:searchIdNumber", idNumber);
        browser.click("residentsForm:doSearch");
    }
}
