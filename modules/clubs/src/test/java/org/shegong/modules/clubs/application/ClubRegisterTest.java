package org.shegong.modules.clubs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.domain.model.club.Clubs.withId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.charter.CharterRepository;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.modules.clubs.domain.model.club.StageStep;
import org.shegong.modules.clubs.domain.model.club.StepEvidence;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.directory.CommunityCard;
import org.shegong.platform.api.directory.CommunityCards;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * Describing a club through {@link ClubRegister} with its storage, audit trail and the platform's cards in memory:
 * who may be named leader or contact (residents of my stations only; anyone else is not found), what a change
 * leaves alone (a leader not mentioned is kept, 0 clears), that a leader is a member (from the founding or the day
 * they are named, once), that a refusal writes nothing, and what the leader search offers. (The same over the real database, with two operators, is in ClubsApiIT and NewClubBrowserIT.)
 */
class ClubRegisterTest {

    static final String LAOJUNYING = "140106005000";
    static final String YINGZE = "140106001000";
    static final String WULONGKOU = "140106005002";
    static final String YINGZE_COMMUNITY = "140106001001";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Residents of the operator's register: 1 and 2 at 老军营 (mine), 3 at 迎泽 (the operator's other station). */
    static final ResidentCard WANG = card(1, "王芳", "140106**********21", "13812345678", WULONGKOU, "五龙口三社区", LAOJUNYING);
    static final ResidentCard LI = card(2, "李建国", "140106**********13", "0351-6012345", WULONGKOU, "五龙口三社区", LAOJUNYING);
    static final ResidentCard ZHAO = card(3, "赵敏", "140106**********40", "13900001111", YINGZE_COMMUNITY, "迎泽社区", YINGZE);

    final Map<Long, Club> stored = new HashMap<>();
    final List<String> audited = new ArrayList<>();
    boolean keeps = true;
    final ClubRegister register = new ClubRegister();
    /** The days from which the roll-ups were told a club's figures changed, by club name. */
    final List<String> figuresChanged = new ArrayList<>();

    {
        MyClubs my = new MyClubs();
        my.clubs = new MemoryClubs();
        my.signedIn = new Worker();
        my.residents = new Register();
        my.communityCards = streets -> List.of(
                new CommunityCard(WULONGKOU, "五龙口三社区", LAOJUNYING, "老军营街道"),
                new CommunityCard(YINGZE_COMMUNITY, "迎泽社区", YINGZE, "迎泽街道")).stream()
                .filter(c -> streets.contains(c.streetCode())).toList();
        register.my = my;
        register.clubs = my.clubs;
        register.charters = new NoCharters();
        register.signedIn = my.signedIn;
        register.audit = new Trail();
        register.permissions = new Held();
        register.figures = new ClubFigures() {
            @Override
            public void changedSince(Club club, LocalDate day) {
                figuresChanged.add(club.getName() + " " + day);
            }
        };
        register.clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aLeaderAndContactAreResidentsOfMyStationsAndAFieldLeftOutKeepsThem() {
        long id = club("五龙口太极队").getId();
        Club c = register.describe(id, null, change(null, null, 1L, 2L));
        assertEquals(1L, c.getLeaderId());
        assertEquals("王芳", c.getLeaderName(), "the name from the register's card, not typed");
        assertEquals("李建国", c.getContactName());

        c = register.describe(id, null, new ClubDetails(null, null, null, null, null, null, "区文化馆老师", null, null));
        assertEquals("王芳", c.getLeaderName(), "a change that does not mention the leader keeps them");
        assertEquals("李建国", c.getContactName());
        assertEquals("五龙口太极队", c.getName());

        c = register.describe(id, null, change(null, null, 0L, null));
        assertNull(c.getLeaderId(), "0 clears the leader, on purpose");
        assertNull(c.getLeaderName());
        assertEquals("李建国", c.getContactName(), "and leaves the contact");
    }

    @Test
    void eachChangeGoesIntoTheClubsHistoryFieldByField() {
        long id = club("五龙口太极队").getId();
        audited.clear();
        register.describe(id, null, change(null, null, 1L, null));
        assertEquals(2, audited.size(), audited.toString());
        String line = audited.get(0);
        assertTrue(line.startsWith("CHANGED ") && line.contains("clubs.field.leader") && line.contains("王芳"), line);
        assertFalse(line.contains("clubs.field.name"), "only what changed: " + line);
        assertTrue(audited.get(1).startsWith("clubs.member.joined ") && audited.get(1).contains("王芳"),
                "the new leader joined, in the history too: " + audited);

        register.describe(id, null, change(null, null, null, null));
        assertEquals(2, audited.size(), "nothing changed, nothing recorded");
    }

    @Test
    void aFoundingLeaderIsAMemberFromTheFoundingDayAndALeaderNamedLaterFromThatDayNeverTwice() {
        LocalDate founded = TODAY.minusMonths(5);
        Club c = register.register(new ClubDetails("五龙口腰鼓队", ClubKind.CULTURE_SPORTS, WULONGKOU, founded, 1L, null,
                null, null, null));
        assertEquals(List.of("王芳 " + founded), members(c), "the founding leader is the first member, from the founding day");
        assertEquals(List.of("五龙口腰鼓队 " + founded), figuresChanged, "counted in force from its founding month on, noted for the roll-ups");

        register.describe(c.getId(), null, change(null, null, 2L, null));
        assertEquals(List.of("王芳 " + founded, "李建国 " + TODAY), members(c), "a new leader joins on the day they are named");

        register.describe(c.getId(), null, change(null, null, 1L, null));
        register.describe(c.getId(), null, change("五龙口腰鼓队（新）", null, null, null));
        assertEquals(List.of("王芳 " + founded, "李建国 " + TODAY), members(c), "a leader who is a member already is not added again");
        assertRefused("clubs.refused.alreadyMember", () -> register.join(c.getId(), 1L, TODAY));

        register.describe(c.getId(), null, change(null, null, 0L, null));
        assertEquals(2, members(c).size(), "clearing the leader ends no membership");

        Club none = club("五龙口棋社");
        assertEquals(List.of(), members(none), "no leader, no member");
    }

    /** The club's open memberships as "name joined-on". */
    private List<String> members(Club c) {
        return register.clubs.members(List.of(c.getId())).stream().filter(Membership::isActive)
                .map(m -> m.getResidentName() + " " + m.getJoinedOn()).toList();
    }

    @Test
    void aResidentOfAnotherStationOrAnUnknownOneIsNotFoundAndNothingIsWritten() {
        long id = club("五龙口太极队").getId();
        register.describe(id, null, change(null, null, 1L, 2L));
        audited.clear();

        for (long other : List.of(3L, 99L)) {
            assertThrows(RecordNotFoundException.class, () -> register.describe(id, null, change("改名", null, other, null)), "leader " + other);
            assertThrows(RecordNotFoundException.class, () -> register.describe(id, null, change("改名", null, null, other)), "contact " + other);
        }
        assertThrows(RecordNotFoundException.class, () -> register.register(new ClubDetails("新队", ClubKind.CHARITY, WULONGKOU,
                TODAY, 3L, null, null, null, null)));
        assertThrows(RecordNotFoundException.class, () -> register.join(id, 3L, TODAY));
        Club c = stored.get(id);
        assertEquals("五龙口太极队", c.getName(), "not renamed by a refused change");
        assertEquals("王芳", c.getLeaderName());
        assertEquals("李建国", c.getContactName());
        assertEquals(1, stored.size(), "no club registered");
        assertEquals(List.of(), audited);
    }

    @Test
    void aBlankNameADayToComeOrACommunityOutsideMyStationsIsRefusedWithItsReasonAndChangesNothing() {
        long id = club("五龙口太极队").getId();
        register.describe(id, null, change(null, null, 1L, null));
        audited.clear();

        assertRefused("clubs.refused.name", () -> register.describe(id, null, change(" ", null, 2L, 2L)));
        assertRefused("clubs.refused.foundedInFuture", () -> register.describe(id, null,
                new ClubDetails("新名", null, null, TODAY.plusDays(1), 2L, 2L, null, null, null)));
        assertRefused("clubs.refused.communityNotMine", () -> register.describe(id, null,
                new ClubDetails("新名", null, YINGZE_COMMUNITY, null, 2L, 2L, null, null, null)));
        assertRefused("clubs.refused.communityNotMine", () -> register.describe(id, null,
                new ClubDetails("新名", null, "140106003001", null, 2L, 2L, null, null, null)));
        Club c = stored.get(id);
        assertEquals("五龙口太极队", c.getName());
        assertEquals(TODAY.minusYears(1), c.getFoundedOn());
        assertEquals(WULONGKOU, c.getCommunityCode());
        assertEquals("王芳", c.getLeaderName(), "the leader asked for alongside was not written");
        assertNull(c.getContactName());
        assertEquals(List.of(), audited);
    }

    @Test
    void theLeaderSearchOffersMyStationsResidentsByNameWithAHintAndNeverTheIdNumber() {
        List<ResidentChoice> found = register.people(" 王 ");
        assertEquals(List.of(new ResidentChoice(1, "王芳", "五龙口三社区", "138****5678")), found);
        assertEquals("五龙口三社区 · 138****5678", found.get(0).hint());
        assertFalse(found.get(0).toString().contains("140106**") || found.get(0).toString().contains("13812345678"), found.toString());
        assertEquals(List.of(), register.people("赵"), "another station's resident is not offered");
        assertEquals(List.of(), register.people(" "), "no text, no one");
        assertEquals(List.of(), register.people(null));
    }

    @Test
    void aClubToDescribeIsMineAndOpenWithItsPeopleAsChoices() {
        Club c = club("五龙口太极队");
        register.describe(c.getId(), null, change(null, null, 1L, 2L));
        ClubRegister.ClubToDescribe d = register.toDescribe(c.getId());
        assertEquals(new ResidentChoice(1, "王芳", "五龙口三社区", "138****5678"), d.leader());
        assertEquals(new ResidentChoice(2, "李建国", "五龙口三社区", "035*-***2345"), d.contact());

        Club yingze = stored(withId(new Club(new org.shegong.modules.clubs.domain.model.club.ClubProfile("迎泽合唱团",
                ClubKind.CULTURE_SPORTS, new org.shegong.modules.clubs.domain.model.club.Community(YINGZE_COMMUNITY, "迎泽社区", YINGZE),
                TODAY.minusYears(1), null, null, null, null, null), TODAY), 77));
        assertThrows(RecordNotFoundException.class, () -> register.toDescribe(yingze.getId()), "another station's club");
        assertThrows(RecordNotFoundException.class, () -> register.describe(yingze.getId(), null, change("改名", null, null, null)));
        assertEquals("迎泽合唱团", yingze.getName());

        c.moveTo(ClubStage.DISSOLVED, new StepEvidence(List.of(), false, null, null, TODAY, null, "成员散了", "laojunying.lead", true), TODAY);
        assertRefused("clubs.refused.dissolved", () -> register.toDescribe(c.getId()));
    }

    @Test
    void theClubsFileSaysWhetherTheReaderMayDescribeIt() {
        Club c = club("五龙口太极队");
        assertTrue(register.open(c.getId()).mayKeep());
        keeps = false;
        assertFalse(register.open(c.getId()).mayKeep(), "an operator admin reads, does not keep");
        keeps = true;
        c.moveTo(ClubStage.DISSOLVED, new StepEvidence(List.of(), false, null, null, TODAY, null, "成员散了", "laojunying.lead", true), TODAY);
        assertFalse(register.open(c.getId()).mayKeep(), "a closed club is not changed");
    }

    private Club club(String name) {
        return register.register(new ClubDetails(name, ClubKind.CULTURE_SPORTS, WULONGKOU, TODAY.minusYears(1), null, null,
                null, null, null));
    }

    private static ClubDetails change(String name, ClubKind kind, Long leaderId, Long contactId) {
        return new ClubDetails(name, kind, null, null, leaderId, contactId, null, null, null);
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        Refusal r = assertThrows(Refusal.class, action);
        assertEquals(key, r.key(), r.getMessage());
    }

    private Club stored(Club c) {
        stored.put(c.getId(), c);
        return c;
    }

    static ResidentCard card(long id, String name, String maskedId, String phone, String community, String communityName, String street) {
        return new ResidentCard(id, name, maskedId, "FEMALE", LocalDate.of(1960, 1, 1), phone, "某街1号", community, communityName, street);
    }

    /** A social worker of 老军营. */
    static final class Worker implements SignedIn {
        public String username() { return "laojunying.worker"; }
        public String displayName() { return "武振华"; }
        public boolean has(Role role) { return role == Role.SOCIAL_WORKER; }
        public Set<String> stationCodes() { return Set.of(LAOJUNYING); }
        public Set<String> selectedStationCodes() { return stationCodes(); }
    }

    /** The platform's register as modules see it: only residents of my stations. */
    final class Register implements ResidentCards {
        final List<ResidentCard> all = List.of(WANG, LI, ZHAO);

        public Optional<ResidentCard> resident(long id) {
            return all.stream().filter(r -> r.id() == id && register.signedIn.stationCodes().contains(r.streetCode())).findFirst();
        }

        public List<ResidentCard> search(String text, int max) {
            return all.stream().filter(r -> register.signedIn.stationCodes().contains(r.streetCode()) && r.name().contains(text))
                    .limit(max).toList();
        }
    }

    final class Held implements Permissions {
        public boolean holds(Permission permission) { return holds(permission.code()); }
        public boolean holds(String code) { return keeps || ClubsPermissions.READ.equals(code); }
        public void check(Permission permission) { }
        public void check(String code) { }
    }

    final class Trail implements AuditTrail {
        public void record(String kind, long id, AuditAction action, String details) { audited.add(action.code() + " " + details); }
        public void read(String kind, long id, String purpose) { }
        public void readList(String kind, AuditAction how, int rows, String purpose) { }
        public List<AuditRecord> historyOf(String kind, long id) { return List.of(); }
        public List<AuditRecord> reads(ReadQuery query, int first, int max) { return List.of(); }
        public long countReads(ReadQuery query) { return 0; }
    }

    static final class NoCharters implements CharterRepository {
        public void store(Charter charter) { }
        public Optional<Charter> find(long id) { return Optional.empty(); }
        public List<Charter> ofClubs(Collection<Long> ids) { return List.of(); }
    }

    final class MemoryClubs implements ClubRepository {
        long next = 1;

        public void store(Object o) {
            if (o instanceof Club c) {
                if (c.getId() == null) {
                    withId(c, next++);
                }
                stored.put(c.getId(), c);
            } else if (o instanceof Membership m && !memberships.contains(m)) {
                memberships.add(m);
            }
        }

        final List<Membership> memberships = new ArrayList<>();

        public Optional<Club> find(long id) { return Optional.ofNullable(stored.get(id)); }
        public List<Club> search(ClubFilter f, int first, int max) { throw new UnsupportedOperationException(); }
        public long count(ClubFilter f) { throw new UnsupportedOperationException(); }
        public List<Club> mergedInto(long clubId) { return List.of(); }
        public List<Membership> members(Collection<Long> clubIds) {
            return memberships.stream().filter(m -> clubIds.contains(m.getClubId())).toList();
        }
        public List<Milestone> milestones(long clubId) { return List.of(); }
        public Optional<Milestone> milestone(long id) { return Optional.empty(); }
        public List<StageStep> path(long clubId) { return List.of(); }
        public List<Club> openAt(Set<String> streets) { throw new UnsupportedOperationException(); }
        public Map<String, Long> countActivePerStreetAt(Set<String> s, LocalDate d) { throw new UnsupportedOperationException(); }
        public Map<String, Long> countInForcePerStreetAt(Set<String> s, LocalDate d) { throw new UnsupportedOperationException(); }
        public Map<String, Long> countStepsPerStreet(Set<String> s, LocalDate f, LocalDate t) { throw new UnsupportedOperationException(); }
        public Map<String, Long> countMembersPerStreet(Set<String> s, LocalDate f, LocalDate t) { throw new UnsupportedOperationException(); }
    }
}
