package org.shegong.modules.clubs.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.modules.clubs.application.ClubDetails;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.ResidentChoice;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubProfile;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.modules.clubs.domain.model.club.Person;

/**
 * What an edit form sends for a club: the whole profile as it stands, except leader and contact, which change only
 * on purpose — a form that leaves them alone, or empties their box, keeps them; only the tick box clears.
 */
class ClubFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final ResidentChoice WANG = new ResidentChoice(1, "王芳", "五龙口三社区", "138****5678");
    static final ResidentChoice LI = new ResidentChoice(2, "李建国", "五龙口三社区", "035*-***2345");
    static final ResidentChoice ZHANG = new ResidentChoice(3, "张秀英", "五龙口三社区", "139****0000");

    final ClubForm form = new ClubForm();

    {
        Club club = new Club(new ClubProfile("五龙口太极队", ClubKind.CULTURE_SPORTS,
                new Community("140106005002", "五龙口三社区", "140106005000"), TODAY.minusYears(1), new Person(1, "王芳"),
                new Person(2, "李建国"), "区文化馆老师", "社区活动室", "每周二"), TODAY);
        form.fill(new ClubRegister.ClubToDescribe(club, WANG, LI));
    }

    @Test
    void aFormLeftAsLoadedKeepsLeaderAndContactAndSendsTheRestAsItStands() {
        assertEquals(new ClubDetails("五龙口太极队", ClubKind.CULTURE_SPORTS, "140106005002", TODAY.minusYears(1), null, null,
                "区文化馆老师", "社区活动室", "每周二"), form.changes());
    }

    @Test
    void anEmptiedPersonBoxKeepsThePersonOnlyTheTickBoxClears() {
        form.setLeader(null);
        form.setContact(null);
        assertNull(form.changes().leaderId(), "emptied by accident: kept");
        assertNull(form.changes().contactId());
        form.setClearLeader(true);
        assertEquals(0L, form.changes().leaderId(), "ticked: cleared");
        assertNull(form.changes().contactId(), "the other one is still kept");
        form.setLeader(ZHANG);
        assertEquals(0L, form.changes().leaderId(), "ticked wins over a person chosen too");
    }

    @Test
    void anotherPersonChosenIsSentAndTheSameOneIsNot() {
        form.setLeader(ZHANG);
        form.setContact(new ResidentChoice(2, "李建国", null, null));
        assertEquals(3L, form.changes().leaderId());
        assertNull(form.changes().contactId(), "the same person chosen again is no change");
    }

    @Test
    void anEmptiedTextIsClearedAndAnEmptiedNameIsBlankForTheServiceToRefuse() {
        form.setTeacher(null);
        form.setName(null);
        ClubDetails d = form.changes();
        assertEquals("", d.teacher(), "cleared, not kept");
        assertEquals("", d.name(), "blank: refused by the club, not kept silently");
    }

    @Test
    void aNewClubIsRegisteredWithWhatWasTypedOnly() {
        ClubForm fresh = new ClubForm();
        fresh.setName("新队");
        fresh.setLeader(WANG);
        assertEquals(new ClubDetails("新队", null, null, null, 1L, null, null, null, null), fresh.toRegister());
    }

    @Test
    void thePersonFieldsTakeBackOnlyWhatTheFormOffered() {
        ResidentChoices people = form.getPeople();
        assertEquals(Optional.of(WANG), people.offeredUnder("1"), "the leader it started from");
        assertEquals(Optional.empty(), people.offeredUnder("3"), "not offered yet");
        form.offer(List.of(ZHANG));
        assertEquals(Optional.of(ZHANG), people.offeredUnder(" 3 "));
        assertEquals(Optional.empty(), people.offeredUnder("张秀英"), "a name typed, not chosen");
        assertEquals("3", people.getAsString(null, null, ZHANG));
        assertEquals("", people.getAsString(null, null, null));
    }
}
