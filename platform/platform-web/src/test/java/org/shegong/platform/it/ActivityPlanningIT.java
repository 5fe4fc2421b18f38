package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.activity.ActivityType;

/**
 * Planning activities with partners and participants, with two tenants (hope, huide): only the
 * operator's own partners, only residents of the activity's streets, bad input refused.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityPlanningIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final Set<String> YINGZE = Set.of(Fixtures.STREET_YINGZE);

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ActivityPlanningIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ActivityRegistry activities;

    @Inject
    PartnerDirectory partners;

    @Inject
    ResidentRegistry residents;

    @Test
    void partnersAndParticipantsComeFromTheOperatorAndTheStreetOnly() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        long hopePartner = work.call(HOPE, "it", () -> partners.all().get(0).getId());
        long huidePartner = work.call(HUIDE, "it", () -> partners.all().get(0).getId());
        long activity = work.call(HOPE, "it", () -> activities.plan("义诊", ActivityType.GROUP_ACTIVITY, day,
                Fixtures.STREET_YINGZE, null, hopePartner, null).getId());
        assertEquals(hopePartner, work.call(HOPE, "it", () -> activities.find(activity).orElseThrow().getPartner().getId()));

        assertThrows(RecordNotFoundException.class, () -> work.call(HOPE, "it", () -> activities.plan("借用他人资源",
                ActivityType.GROUP_ACTIVITY, day, Fixtures.STREET_YINGZE, null, huidePartner, null)), "another operator's partner");
        assertThrows(IllegalArgumentException.class, () -> work.call(HOPE, "it", () -> activities.plan(" ",
                ActivityType.GROUP_ACTIVITY, day, Fixtures.STREET_YINGZE, null, null, null)), "a title is required");

        long mine = work.call(HOPE, "it", () -> residents.register(Fixtures.resident("参与者", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_YINGZE)).getId());
        long elsewhere = work.call(HOPE, "it", () -> residents.register(Fixtures.resident("别街居民", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_WENMIAO)).getId());
        long theirs = work.call(HUIDE, "it", () -> residents.register(Fixtures.resident("他方居民", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_YINGZE)).getId());

        work.run(HOPE, "it", () -> activities.addParticipantInStreets(activity, mine, YINGZE));
        assertThrows(RecordNotFoundException.class, () -> work.run(HOPE, "it",
                () -> activities.addParticipantInStreets(activity, elsewhere, YINGZE)), "a resident of another street");
        assertThrows(RecordNotFoundException.class, () -> work.run(HOPE, "it",
                () -> activities.addParticipantInStreets(activity, theirs, YINGZE)), "another operator's resident");
        assertThrows(RecordNotFoundException.class, () -> work.run(HUIDE, "it",
                () -> activities.addParticipantInStreets(activity, theirs, YINGZE)), "another operator's activity");
        assertEquals(1, (int) work.call(HOPE, "it", () -> activities.find(activity).orElseThrow().getParticipants().size()));

        work.run(HOPE, "it", () -> activities.removeParticipantInStreets(activity, mine, YINGZE));
        assertEquals(0, (int) work.call(HOPE, "it", () -> activities.find(activity).orElseThrow().getParticipants().size()));
    }
}
