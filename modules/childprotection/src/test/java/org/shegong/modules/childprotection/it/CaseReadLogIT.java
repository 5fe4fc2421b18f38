package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.id;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.json;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.ok;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.pick;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.registerChild;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * A child's case on the operator's 查阅记录, for two operators: once "儿童个案 #3", an internal id nobody can use;
 * now by its station and the day it was taken in — never the child's name, which the operator's admin may not
 * see — and only the operator's own: 希望's admin reads 老军营's case, 汇德's admin 文庙's, neither the other's.
 */
@ExtendWith(ArquillianExtension.class)
class CaseReadLogIT {

    static final String LAOJUNYING_STATION = "老军营街道社会工作服务站";
    static final String WENMIAO_STATION = "文庙街道社会工作服务站";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachOperatorsReadLogNamesItsOwnCaseByStationAndDayNeverByIdOrChild() throws Exception {
        Api api = new Api(base);
        String hopeWorker = Keycloak.accessToken("laojunying.worker");
        String huideWorker = Keycloak.accessToken("wenmiao.worker");
        String hopeChild = "童" + pick() + pick() + "希";
        String huideChild = "童" + pick() + pick() + "汇";
        long hopeCase = openedCase(api, hopeWorker, ChildProtectionApiIT.LAOJUNYING_COMMUNITY, hopeChild);
        long huideCase = openedCase(api, huideWorker, "140106003001", huideChild);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        String hope = readLog("hope.admin");
        assertTrue(hope.contains("儿童个案 · " + LAOJUNYING_STATION + " · " + today + " 接案"), "by station and day: " + hope);
        assertFalse(hope.contains("儿童个案 #"), "never the internal id: " + hope);
        assertFalse(hope.contains(hopeChild) || hope.contains(huideChild), "never the child's name: " + hope);
        assertFalse(hope.contains(WENMIAO_STATION), "nothing of 汇德's: " + hope);

        String huide = readLog("huide.admin");
        assertTrue(huide.contains("儿童个案 · " + WENMIAO_STATION + " · " + today + " 接案"), "by station and day: " + huide);
        assertFalse(huide.contains("儿童个案 #"), "never the internal id: " + huide);
        assertFalse(huide.contains(hopeChild) || huide.contains(huideChild), "never the child's name: " + huide);
        assertFalse(huide.contains(LAOJUNYING_STATION), "nothing of 希望's: " + huide);
        assertTrue(hopeCase != huideCase);
    }

    /** A new child with a case, opened by its worker (a read the log keeps). */
    private static long openedCase(Api api, String worker, String community, String childName) {
        long child = registerChild(api, worker, community, childName);
        long caseId = id(ok(api.post("childprotection/children/" + child + "/cases", worker,
                "{\"source\":\"HOTLINE\",\"risk\":\"LOW\",\"note\":\"邻居来电\"}")));
        assertEquals(childName, json(ok(api.get("childprotection/cases/" + caseId, worker))).getString("childName"));
        return caseId;
    }

    /** The read log's first page (newest first) as the operator's admin sees it. */
    private String readLog(String admin) throws Exception {
        PageSession session = new PageSession();
        HttpResponse<String> page = session.signIn(new URL(base, "operator/reads.xhtml").toURI(), admin, Keycloak.PASSWORD);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("查阅记录"), page.body());
        return page.body();
    }
}
