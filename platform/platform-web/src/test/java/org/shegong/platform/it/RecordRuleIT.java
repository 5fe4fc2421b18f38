package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.it.probe.ProbeCase;
import org.shegong.platform.it.probe.ProbeCases;
import org.shegong.platform.it.probe.ProbeFigures;
import org.shegong.platform.it.probe.ProbeModule;
import org.shegong.platform.it.probe.ProbeSweep;

/**
 * Record-level access (issue 9 item 3) with the probe module's cases, declared "visible to its
 * assigned workers and the station lead": two operators, two workers of 希望 at two stations and
 * their lead; every way of reading — list, search, count, export and by id — shows each person
 * exactly the cases the rule gives them, and 汇德's worker only 汇德's.
 */
@ExtendWith(ArquillianExtension.class)
class RecordRuleIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final String STREET_LAOJUNYING = "140106005000";
    static final Identity WORKER_A = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity WORKER_B = new Identity("laojunying.worker", "武振华", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(STREET_LAOJUNYING), Optional.empty());
    static final Identity LEAD = new Identity("yingze.lead", "侯建民", Set.of(Role.STATION_LEAD),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity HOPE_ADMIN = new Identity("hope.admin", "梁志刚", Set.of(Role.OPERATOR_ADMIN),
            Optional.of(HOPE), Set.of(), Optional.empty());
    static final Identity HUIDE_WORKER = new Identity("wenmiao.worker", "贺雅琴", Set.of(Role.SOCIAL_WORKER),
            Optional.of(TenantId.of("huide")), Set.of(Fixtures.STREET_WENMIAO), Optional.empty());

    private static final String PERSISTENCE = """
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
              <persistence-unit name="probe" transaction-type="JTA">
                <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                <jta-data-source>jdbc/shegong</jta-data-source>
                <class>org.shegong.platform.api.persistence.AuditedEntity</class>
                <class>org.shegong.platform.api.persistence.TenantOwnedEntity</class>
                <class>org.shegong.platform.api.persistence.InstantConverter</class>
                <class>org.shegong.platform.it.probe.ProbeCase</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
                <properties>
                  <property name="eclipselink.ddl-generation" value="none"/>
                  <property name="eclipselink.target-database" value="MySQL"/>
                  <property name="eclipselink.multitenant.tenants-share-emf" value="true"/>
                  <property name="eclipselink.multitenant.tenants-share-cache" value="false"/>
                </properties>
              </persistence-unit>
            </persistence>
            """;

    @Deployment
    static WebArchive deployment() {
        JavaArchive probeCases = ShrinkWrap.create(JavaArchive.class, "probe-cases.jar")
                .addClasses(ProbeCase.class, ProbeCases.class)
                .addAsManifestResource(new StringAsset(PERSISTENCE), "persistence.xml")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsResource("db/migration/probe/V1__probe_case.sql")
                .addAsResource("db/migration/probe/flyway.location");
        // The probe module with what it injects; its cases come in the jar above, with their unit and table.
        return ShegongDeployment.withTests(RecordRuleIT.class, ProbeModule.class, ProbeSweep.class, ProbeFigures.class)
                .addAsResource("org/shegong/platform/it/probe/messages.properties")
                .addAsResource("org/shegong/platform/it/probe/messages_zh_CN.properties")
                .addAsLibrary(probeCases);
    }

    @Inject
    ActAs actAs;

    @Inject
    SignedIn signedIn;

    @Inject
    StaffRoster staff;

    @Inject
    ProbeCases cases;

    String tag;
    long a;
    long lead;
    long b;
    ProbeCase assignedToA;
    ProbeCase assignedToLead;
    ProbeCase secondWorkerA;
    ProbeCase aElsewhere;
    ProbeCase assignedToB;
    ProbeCase huideCase;

    @BeforeEach
    void casesAtTwoStationsOfOneOperatorAndOneOfAnother() {
        tag = "探针" + System.nanoTime();
        a = staffId(WORKER_A);
        lead = staffId(LEAD);
        b = staffId(WORKER_B);
        assignedToA = open(WORKER_A, Fixtures.STREET_YINGZE, "A的个案", a, null);
        assignedToLead = open(WORKER_A, Fixtures.STREET_YINGZE, "站长的个案", lead, null);
        secondWorkerA = open(WORKER_A, Fixtures.STREET_YINGZE, "A协办的个案", b, a);
        aElsewhere = open(WORKER_A, STREET_LAOJUNYING, "别站写给A的个案", a, null);
        assignedToB = open(WORKER_A, STREET_LAOJUNYING, "B的个案", b, null);
        long huideWorker = staffId(HUIDE_WORKER);
        huideCase = open(HUIDE_WORKER, Fixtures.STREET_WENMIAO, "汇德的个案", huideWorker, null);
    }

    @Test
    void theSignedInPersonHasTheirOwnStaffIdAndAVolunteerNone() {
        assertTrue(a != b && a != lead, "three people, three staff records");
        Identity volunteer = new Identity("volunteer.demo", "志愿者", Set.of(Role.VOLUNTEER), Optional.of(HOPE), Set.of(),
                Optional.empty());
        assertEquals(Optional.empty(), as(volunteer, () -> signedIn.staffId()));
    }

    @Test
    void everyWayOfReadingObeysTheRule() {
        assertSees(WORKER_A, assignedToA, secondWorkerA);
        assertSees(LEAD, assignedToA, assignedToLead, secondWorkerA);
        assertSees(WORKER_B, assignedToB);
        assertSees(HOPE_ADMIN);
        assertSees(HUIDE_WORKER, huideCase);
    }

    @Test
    void aCaseOutsideTheRuleIsNotFoundById() {
        assertEquals(assignedToA.getId(), as(WORKER_A, () -> cases.find(assignedToA.getId())).getId());
        for (ProbeCase hidden : List.of(assignedToLead, aElsewhere, assignedToB, huideCase)) {
            assertThrows(RecordNotFoundException.class, () -> as(WORKER_A, () -> cases.find(hidden.getId())), hidden.getTitle());
        }
        assertThrows(RecordNotFoundException.class, () -> as(LEAD, () -> cases.find(assignedToB.getId())),
                "the lead of another station");
    }

    /** List, search, count and export give the person exactly these of this test's cases. */
    private void assertSees(Identity who, ProbeCase... expected) {
        List<String> titles = List.of(expected).stream().map(ProbeCase::getTitle).sorted().toList();
        List<String> listed = as(who, () -> cases.list()).stream().filter(this::mine).map(ProbeCase::getTitle).sorted().toList();
        List<String> found = as(who, () -> cases.search(tag)).stream().map(ProbeCase::getTitle).sorted().toList();
        List<String> exported = as(who, () -> cases.export()).stream().filter(line -> line.contains(tag))
                .map(line -> line.substring(line.indexOf(',') + 1)).sorted().toList();
        long mineBefore = as(who, () -> cases.list()).stream().filter(c -> !mine(c)).count();
        long counted = as(who, () -> cases.count()) - mineBefore;
        assertEquals(titles, listed, who.username() + " list");
        assertEquals(titles, found, who.username() + " search");
        assertEquals(titles, exported, who.username() + " export");
        assertEquals(titles.size(), counted, who.username() + " count");
    }

    private boolean mine(ProbeCase c) {
        return c.getTitle().contains(tag);
    }

    private ProbeCase open(Identity who, String street, String title, Long worker, Long second) {
        return as(who, () -> cases.open(street, title + tag, worker, second));
    }

    private long staffId(Identity who) {
        return as(who, () -> staff.staffIdOf(who.username())).orElseThrow();
    }

    private <T> T as(Identity who, Callable<T> call) {
        return actAs.person(who, call);
    }
}
