package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * On a phone (390 × 844), what a tap opens is on the screen: the forms of 运营方, 工作人员 and 项目
 * opened below long lists, off the screen, and the tap seemed to do nothing; a search of the residents
 * left its results below the search fields, under a count that still gave the whole station's.
 */
@ExtendWith(ArquillianExtension.class)
class FormsInViewBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOperatorsFormsOpenOnTheScreen() throws Exception {
        try (Chromium phone = phone()) {
            phone.signIn(new URL(base, "platform/tenants.xhtml"), "platform.admin", Keycloak.PASSWORD);
            phone.click("tenantsForm:onboard");
            assertTrue(phone.comesIntoView("onboardForm"), "新运营方入驻 opens on the screen: " + phone.whereIs("onboardForm"));
            phone.click("onboardForm:onboardCancel");
            phone.click("tenantsForm:tenants:0:addContract");
            assertTrue(phone.comesIntoView("contractForm"), "新增合同 opens on the screen: " + phone.whereIs("contractForm"));
            phone.click("contractForm:contractCancel");
            phone.click("tenantsForm:tenants:0:switchModules");
            assertTrue(phone.comesIntoView("modulesForm"), "开通或关闭模块 opens on the screen: " + phone.whereIs("modulesForm"));
        }
    }

    @Test
    void theStaffFormsOpenOnTheScreen() throws Exception {
        try (Chromium phone = phone()) {
            phone.signIn(new URL(base, "operator/staff.xhtml"), "hope.admin", Keycloak.PASSWORD);
            // The roster has its own heading, between the 持证率 table and the add button (which touched the table).
            Number gap = (Number) phone.driver().executeScript("return document.getElementById('staffForm:addStaff').getBoundingClientRect().top"
                    + " - document.getElementById('shares').getBoundingClientRect().bottom;");
            assertTrue(gap.doubleValue() >= 16, "the add button stands apart from the 持证率 table: " + gap + " px");
            assertTrue(phone.element("rosterHeading").getText().equals("工作人员名单"), phone.text());
            phone.click("staffForm:addStaff");
            assertTrue(phone.comesIntoView("addForm"), "添加工作人员 opens on the screen: " + phone.whereIs("addForm"));
            phone.click("addForm:addCancel");
            phone.click("staffForm:staff:0:edit");
            assertTrue(phone.comesIntoView("certificateForm"), "the certificate's form opens on the screen: "
                    + phone.whereIs("certificateForm"));
        }
    }

    @Test
    void theNewProjectFormOpensOnTheScreen() throws Exception {
        try (Chromium phone = phone()) {
            phone.signIn(new URL(base, "station/projects.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            phone.click("projectsForm:newProject");
            assertTrue(phone.comesIntoView("projectEditorForm"), "新建项目 opens on the screen: " + phone.whereIs("projectEditorForm"));
        }
    }

    /** 武 finds 武振华 and one more at 老军营: they are on the screen, counted as what the search found. */
    @Test
    void aResidentsSearchShowsWhatItFoundAndCountsIt() throws Exception {
        try (Chromium phone = phone()) {
            phone.signIn(new URL(base, "station/residents.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            int station = count(phone, "共 (\\d+) 人");
            assertFalse(phone.element("total").getText().contains("筛选后"), "no search, the station's count: " + phone.element("total").getText());

            phone.type("residentsForm:searchName", "武");
            phone.click("residentsForm:doSearch");
            int found = count(phone, "共 (\\d+) 人（筛选后）");
            List<WebElement> rows = phone.driver().findElements(By.cssSelector("[id='residentsForm:residents_data'] > tr:not(.ui-datatable-empty-message)"));
            // The first match read whole, not a sliver at the screen's foot above the paginator.
            assertTrue(!rows.isEmpty() && phone.comesWhollyIntoView(rows.get(0)), "the results on the screen: "
                    + phone.whereIs("residentsForm:residents"));
            assertTrue(found >= 1 && found < station, "the count is the search's, not the station's " + station + ": " + found);
            assertEquals(Math.min(found, 20), rows.size(), "the count says how many rows the search found");

            phone.click("residentsForm:clearSearch");
            assertEquals(station, count(phone, "共 (\\d+) 人"), "cleared, the station's count again");
            assertFalse(phone.element("total").getText().contains("筛选后"), phone.element("total").getText());
        }
    }

    private Chromium phone() throws Exception {
        Chromium phone = new Chromium(Chromium.PHONE);
        phone.asPhone();
        return phone;
    }

    private static int count(Chromium phone, String pattern) {
        String total = phone.element("total").getText();
        Matcher m = Pattern.compile(pattern).matcher(total);
        assertTrue(m.find(), pattern + " in " + total);
        return Integer.parseInt(m.group(1));
    }
}
