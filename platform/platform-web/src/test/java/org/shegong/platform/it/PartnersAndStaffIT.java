package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.partners.PartnerDetails;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.partner.PartnerType;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.StaffMember;

/**
 * Editing partners and staff certificates, with two tenants (the demo operators hope and huide):
 * validation refuses bad input and writes nothing, a stale version is a conflict, every change is
 * on the record's history with who made it, and the other operator can neither see nor change it.
 */
@ExtendWith(ArquillianExtension.class)
class PartnersAndStaffIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(PartnersAndStaffIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    PartnerDirectory partners;

    @Inject
    StaffRoster staff;

    @Test
    void aPartnerIsRegisteredChangedAndItsHistoryKeptWithinItsOperator() {
        String name = "测试医院" + System.nanoTime() % 100_000;
        long id = work.call(HOPE, "hope.admin", () -> partners.register(new PartnerDetails(name, PartnerType.MEDICAL_INSTITUTION,
                "王医生", "0351-1234567", "上门巡诊")).getId());
        long version = work.call(HOPE, "hope.admin", () -> partners.find(id).orElseThrow().getVersion());
        work.run(HOPE, "laojunying.lead", () -> partners.update(id, version, new PartnerDetails(name, PartnerType.MEDICAL_INSTITUTION,
                "李医生", "0351-1234567", "上门巡诊")));

        List<AuditRecord> history = work.call(HOPE, "hope.admin", () -> partners.history(id));
        assertEquals(List.of(AuditAction.CHANGED, AuditAction.CREATED), history.stream().map(AuditRecord::action).toList());
        assertEquals("laojunying.lead", history.get(0).actor());
        String said = Said.say(history.get(0).details(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(said.contains("联系人：王医生 → 李医生"), said);
        assertTrue(Said.say(history.get(0).details(), Locale.ENGLISH).contains("Contact person: 王医生 → 李医生"), history.get(0).details());

        assertThrows(ConcurrentChangeException.class, () -> work.run(HOPE, "hope.admin", () -> partners.update(id, version,
                new PartnerDetails(name, PartnerType.MEDICAL_INSTITUTION, "赵医生", null, null))), "a stale version");
        assertThrows(IllegalArgumentException.class, () -> work.run(HOPE, "hope.admin", () -> partners.register(
                new PartnerDetails(name, PartnerType.ENTERPRISE, null, null, null))), "the same name twice");
        ConstraintViolationException bad = assertThrows(ConstraintViolationException.class, () -> work.run(HOPE, "hope.admin",
                () -> partners.register(new PartnerDetails(" ", null, null, "电话号码", null))));
        assertEquals(3, bad.getConstraintViolations().size(), bad.getMessage());
        assertEquals("李医生", work.call(HOPE, "hope.admin", () -> partners.find(id).orElseThrow().getContactPerson()),
                "refused changes wrote nothing");

        assertTrue(work.call(HUIDE, "huide.admin", () -> partners.find(id)).isEmpty(), "huide does not see hope's partner");
        assertTrue(work.call(HUIDE, "huide.admin", () -> partners.all()).stream().noneMatch(p -> p.getName().equals(name)));
        assertThrows(RecordNotFoundException.class, () -> work.run(HUIDE, "huide.admin", () -> partners.update(id, version + 1,
                new PartnerDetails("被改名", PartnerType.OTHER, null, null, null))));
        assertEquals(List.of(), work.call(HUIDE, "huide.admin", () -> partners.history(id)), "nor its history");
    }

    @Test
    void aCertificateIsRecordedWithItsNumberAndTheOtherOperatorCannotTouchIt() {
        StaffMember member = work.call(HOPE, "hope.admin", () -> staff.all().stream()
                .filter(m -> m.getName().equals("田佳宁")).findFirst().orElseThrow());
        long id = member.getId();
        String number = "ZJ" + System.nanoTime() % 1_000_000;

        assertThrows(IllegalArgumentException.class, () -> work.run(HOPE, "hope.admin",
                () -> staff.updateCertificate(id, member.getVersion(), CertificateLevel.INTERMEDIATE, "", null)),
                "a certified level needs its number");
        assertThrows(IllegalArgumentException.class, () -> work.run(HOPE, "hope.admin",
                () -> staff.updateCertificate(id, member.getVersion(), CertificateLevel.NONE, null, "不是电话")));
        work.run(HOPE, "hope.admin", () -> staff.updateCertificate(id, member.getVersion(), CertificateLevel.INTERMEDIATE, number, null));

        StaffMember after = work.call(HOPE, "hope.admin", () -> staff.all().stream().filter(m -> m.getId() == id).findFirst().orElseThrow());
        assertEquals(CertificateLevel.INTERMEDIATE, after.getCertificateLevel());
        assertEquals(number, after.getCertificateNumber());
        assertThrows(ConcurrentChangeException.class, () -> work.run(HOPE, "hope.admin",
                () -> staff.updateCertificate(id, member.getVersion(), CertificateLevel.SENIOR, number, null)));
        AuditRecord last = work.call(HOPE, "hope.admin", () -> staff.history(id)).get(0);
        assertEquals("hope.admin", last.actor());
        assertTrue(Said.say(last.details(), Locale.SIMPLIFIED_CHINESE).contains("证书编号"), last.details());
        assertTrue(Said.say(last.details(), Locale.ENGLISH).contains("Certificate number"), last.details());

        assertTrue(work.call(HUIDE, "huide.admin", () -> staff.all()).stream().noneMatch(m -> m.getId() == id));
        assertThrows(RecordNotFoundException.class, () -> work.run(HUIDE, "huide.admin",
                () -> staff.updateCertificate(id, after.getVersion(), CertificateLevel.NONE, null, null)));
    }
}
