package org.shegong.modules.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.MetricKind;

/** The module's metric declarations: certificates issued, counted by issue day and labelled in both languages. */
class VolunteersModuleTest {

    @Test
    void certificatesIssuedIsAnEventsMetricOverThePeriodsDaysAsGivenWithLabelsInBothLanguages() {
        List<Object[]> asked = new ArrayList<>();
        VolunteersModule module = new VolunteersModule();
        module.certificates = (CertificateRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CertificateRepository.class}, (proxy, method, args) -> {
                    assertEquals("issuedPerStreet", method.getName(), "the metric asks only for the issued count");
                    asked.add(args);
                    return Map.of("140106005000", 3L);
                });

        MetricDefinition issued = module.metrics().stream().filter(m -> m.code().equals("volunteers.certificates-issued"))
                .findFirst().orElseThrow();
        assertEquals(MetricKind.EVENTS_IN_PERIOD, issued.kind(), "certificates issued add up month by month");
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertEquals(Map.of("140106005000", 3L), issued.countsWith().orElseThrow().countPerStreet(Set.of("140106005000"), from, to));
        assertEquals(1, asked.size());
        assertEquals(Set.of("140106005000"), asked.get(0)[0]);
        assertEquals(from, asked.get(0)[1], "the period's first day, included");
        assertEquals(to, asked.get(0)[2], "the period's last day, included (issue days are dates, not instants)");

        String zh = ResourceBundle.getBundle(module.bundle(), Locale.SIMPLIFIED_CHINESE).getString(issued.labelKey());
        String en = ResourceBundle.getBundle(module.bundle(), Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(issued.labelKey());
        assertTrue(zh.contains("证明") && zh.contains("不含已撤销"), zh);
        assertTrue(en.contains("revoked excluded"), en);
    }

    @Test
    void aVolunteerReachesOnlyTheirOwnPagesAndStaffEveryOtherPage() {
        VolunteersModule module = new VolunteersModule();
        for (String page : List.of("portal.xhtml", "check-in.xhtml")) {
            assertEquals(Set.of(Role.VOLUNTEER), module.pageRoles(page), page);
        }
        for (String page : List.of("volunteers.xhtml", "import.xhtml", "volunteer.xhtml", "certificates.xhtml", "shifts.xhtml",
                "shift.xhtml", "check-in-code.xhtml", "hours.xhtml", "my-certificates.xhtml", "a-page-added-later.xhtml")) {
            assertTrue(!module.pageRoles(page).contains(Role.VOLUNTEER) && module.pageRoles(page).contains(Role.SOCIAL_WORKER), page);
        }
    }
}
