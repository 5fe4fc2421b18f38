package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shegong.modules.clubs.domain.model.charter.CharterRepository;
import org.shegong.modules.clubs.domain.model.charter.Charters;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubProfile;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.Person;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/** The station's clubs (社团): registering, describing, members, the list and a club's file and history. */
@ApplicationScoped
@Transactional
public class ClubRegister {

    /** The audit trail's record kind of a club (labelled {@code audit.kind.clubs.club}). */
    public static final String KIND = "clubs.club";

    @Inject
    ClubRepository clubs;

    @Inject
    CharterRepository charters;

    @Inject
    MyClubs my;

    @Inject
    AuditTrail audit;

    @Inject
    SignedIn signedIn;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    @Inject
    ClubFigures figures;

    /** Registers a club of my stations; its leader, if named, is its first member, from the founding day. */
    @RequiresPermission(ClubsPermissions.KEEP)
    public Club register(ClubDetails d) {
        Objects.requireNonNull(d, "details");
        LocalDate today = today();
        Club club = new Club(new ClubProfile(d.name(), d.kind(), my.community(d.communityCode()), d.foundedOn(),
                my.person(d.leaderId()), my.person(d.contactId()),
                d.teacher(), d.place(), d.schedule()), today);
        clubs.store(club);
        clubs.store(club.founding(signedIn.username()));
        figures.changedSince(club, club.getFoundedOn());
        audit.record(KIND, club.getId(), AuditAction.CREATED, Said.of("clubs.history.founded", club.getName(),
                new Refusal.Label("clubs.kind." + club.getKind().name()), club.getCommunityName()));
        club.foundingLeaderMembership(today).ifPresent(this::joined);
        return club;
    }

    /**
     * Changes what describes the club (see {@link ClubDetails}: a field left out keeps what is recorded, {@code 0}
     * clears the leader or contact); refused if it changed since {@code readVersion} (null: no check). A leader or
     * contact who is not a resident of my stations is not found, a community outside my stations, a blank name or
     * a founding day to come refused with the reason — and then nothing is changed. What changed goes into the
     * club's history, field by field; a leader named now who is not a member joins from today.
     */
    @RequiresPermission(ClubsPermissions.KEEP)
    public Club describe(long id, Long readVersion, ClubDetails d) {
        Club club = my.club(id);
        requireVersion(club, readVersion);
        Map<String, Object> before = summary(club);
        Long leaderBefore = club.getLeaderId();
        LocalDate foundedBefore = club.getFoundedOn();
        club.describe(new ClubProfile(
                d.name() == null ? club.getName() : d.name(),
                d.kind() == null ? club.getKind() : d.kind(),
                d.communityCode() == null ? my.community(club.getCommunityCode()) : my.community(d.communityCode()),
                d.foundedOn() == null ? club.getFoundedOn() : d.foundedOn(),
                d.leaderId() == null ? keep(club.getLeaderId(), club.getLeaderName())
                        : d.leaderId() == 0 ? null : my.person(d.leaderId()),
                d.contactId() == null ? keep(club.getContactId(), club.getContactName())
                        : d.contactId() == 0 ? null : my.person(d.contactId()),
                d.teacher() == null ? club.getTeacher() : d.teacher(),
                d.place() == null ? club.getPlace() : d.place(),
                d.schedule() == null ? club.getSchedule() : d.schedule()), today());
        clubs.store(club);
        if (!foundedBefore.equals(club.getFoundedOn())) { // a corrected founding day: counted in force from the new day
            figures.changedSince(club, foundedBefore.isBefore(club.getFoundedOn()) ? foundedBefore : club.getFoundedOn());
        }
        Map<String, Object> after = summary(club);
        if (!before.equals(after)) {
            audit.record(KIND, id, AuditAction.CHANGED, Said.all(after.keySet().stream()
                    .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                    .map(k -> Said.of("history.changed", new Refusal.Label(k), before.get(k), after.get(k))).toList()));
        }
        club.newLeaderMembership(leaderBefore, clubs.members(List.of(id)), today()).ifPresent(this::joined);
        return club;
    }

    private static Person keep(Long id, String name) {
        return id == null ? null : new Person(id, name);
    }

    /** The club's profile by field (the field's label key → value as typed, or a label), for its history. */
    private static Map<String, Object> summary(Club c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("clubs.field.name", c.getName());
        fields.put("clubs.field.kind", new Refusal.Label("clubs.kind." + c.getKind().name()));
        fields.put("clubs.field.community", c.getCommunityName());
        fields.put("clubs.field.foundedOn", String.valueOf(c.getFoundedOn()));
        fields.put("clubs.field.leader", shown(c.getLeaderName()));
        fields.put("clubs.field.contact", shown(c.getContactName()));
        fields.put("clubs.field.teacher", shown(c.getTeacher()));
        fields.put("clubs.field.place", shown(c.getPlace()));
        fields.put("clubs.field.schedule", shown(c.getSchedule()));
        return fields;
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static void requireVersion(Club club, Long readVersion) {
        if (readVersion != null && readVersion != club.getVersion()) {
            throw new ConcurrentChangeException(MyClubs.CLUB, club.getId());
        }
    }

    @RequiresPermission(ClubsPermissions.KEEP)
    public Membership join(long clubId, long residentId, LocalDate joinedOn) {
        Club club = my.club(clubId);
        club.requireOpen();
        Person person = my.person(residentId);
        boolean already = clubs.members(List.of(clubId)).stream().anyMatch(m -> m.isActive() && m.getResidentId() == residentId);
        if (already) {
            throw new Refusal("clubs.refused.alreadyMember", person.name());
        }
        if (joinedOn != null && joinedOn.isBefore(club.getFoundedOn())) {
            throw new Refusal("clubs.refused.joinedBeforeFounding");
        }
        return joined(new Membership(clubId, person, joinedOn, today()));
    }

    private Membership joined(Membership m) {
        clubs.store(m);
        audit.record(KIND, m.getClubId(), ClubsModuleActions.MEMBER_JOINED,
                Said.of("clubs.history.member", m.getResidentName(), m.getJoinedOn()));
        return m;
    }

    @RequiresPermission(ClubsPermissions.KEEP)
    public Membership leave(long clubId, long residentId, LocalDate leftOn) {
        Club club = my.club(clubId);
        club.requireOpen();
        Membership m = clubs.members(List.of(clubId)).stream().filter(x -> x.isActive() && x.getResidentId() == residentId)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("社团成员 member", residentId));
        m.leave(leftOn, today());
        clubs.store(m);
        audit.record(KIND, clubId, ClubsModuleActions.MEMBER_LEFT, Said.of("clubs.history.member", m.getResidentName(), leftOn));
        return m;
    }

    /** Whether the reader may register clubs (keeps clubs): the list offers 新建社团 only then. */
    @RequiresPermission(ClubsPermissions.READ)
    public boolean mayRegister() {
        return permissions.holds(ClubsPermissions.KEEP);
    }

    /** A club of my stations with everything its page shows; opening it is recorded (members are personal data). */
    @RequiresPermission(ClubsPermissions.READ)
    public ClubFile open(long id) {
        Club club = my.club(id);
        List<Club> mergedFrom = clubs.mergedInto(id);
        var own = charters.ofClubs(List.of(id));
        audit.read(KIND, id, Said.of("clubs.purpose.clubOpened"));
        return new ClubFile(club, clubs.members(List.of(id)), clubs.milestones(id), clubs.path(id), own,
                Charters.current(own), mergedFrom, charters.ofClubs(mergedFrom.stream().map(Club::getId).toList()),
                permissions.holds(ClubsPermissions.KEEP) && !club.getStage().closed(), my.confirmsAsLead());
    }

    /**
     * A club of my stations to describe on a form ({@link #describe} then decides): its leader and contact as
     * choices, so a form that leaves them as they are names the same people. Another operator's or station's club
     * is not found; a closed one (merged, dissolved) is refused with the reason.
     */
    @RequiresPermission(ClubsPermissions.KEEP)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClubToDescribe toDescribe(long id) {
        Club club = my.club(id);
        club.requireOpen();
        return new ClubToDescribe(club, my.choice(club.getLeaderId(), club.getLeaderName()),
                my.choice(club.getContactId(), club.getContactName()));
    }

    /** A club as a form starts from, with its leader and contact (null: none) as choices. */
    public record ClubToDescribe(Club club, ResidentChoice leader, ResidentChoice contact) {
    }

    /**
     * Residents of my stations whose name contains the text (or whose ID number is exactly it), to name one as a
     * club's leader or contact: name and hint (community, masked phone), at most {@value #PEOPLE_SHOWN}; none for
     * no text.
     */
    @RequiresPermission(ClubsPermissions.KEEP)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResidentChoice> people(String text) {
        return my.choices(text, PEOPLE_SHOWN);
    }

    /** How many residents a search for a leader or contact offers. */
    public static final int PEOPLE_SHOWN = 10;

    /** The club's history and that of every team merged into it, newest first. */
    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> history(long id) {
        my.club(id);
        List<AuditRecord> all = new ArrayList<>(audit.historyOf(KIND, id));
        for (Club merged : clubs.mergedInto(id)) {
            all.addAll(audit.historyOf(KIND, merged.getId()));
        }
        all.sort(Comparator.comparing(AuditRecord::at).reversed());
        return all;
    }

    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Club> search(ClubFilter filter, int first, int max) {
        return clubs.search(within(filter), first, max);
    }

    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ClubFilter filter) {
        return clubs.count(within(filter));
    }

    /** Records that the club list left the product as a file (it names leaders), with its row count. */
    @RequiresPermission(ClubsPermissions.READ)
    public void exported(int rows, String format) {
        audit.readList(KIND, AuditAction.EXPORTED, rows, Said.of("clubs.purpose.exported", format));
    }

    /** Never beyond my stations, whatever the filter asks. */
    private ClubFilter within(ClubFilter f) {
        Set<String> mine = signedIn.stationCodes();
        Set<String> streets = f.streetCodes().isEmpty() ? signedIn.selectedStationCodes()
                : f.streetCodes().stream().filter(mine::contains).collect(java.util.stream.Collectors.toSet());
        return new ClubFilter(streets, f.kind(), f.stage(), f.communityCode(), f.name());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
