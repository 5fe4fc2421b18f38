package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.modules.clubs.domain.model.club.Person;
import org.shegong.platform.api.directory.CommunityCards;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * What the signed-in person may touch: clubs kept at their stations, communities of their stations,
 * residents of the platform's register at their stations. Anything else is "not found", never
 * "forbidden", so no one learns that it exists.
 */
@ApplicationScoped
public class MyClubs {

    static final String CLUB = "社团 club";
    static final String RESIDENT = "服务对象 resident";

    @Inject
    ClubRepository clubs;

    @Inject
    CommunityCards communityCards;

    @Inject
    ResidentCards residents;

    @Inject
    SignedIn signedIn;

    /**
     * Whether the signed-in person confirms what the lead alone may (a step on the path, a charter's approval):
     * the services hand it to the club and the charter, which refuse anyone else, and the page offers those
     * buttons only then.
     */
    public boolean confirmsAsLead() {
        return signedIn.has(Role.STATION_LEAD);
    }

    public Club club(long id) {
        return clubs.find(id).filter(c -> signedIn.stationCodes().contains(c.getStreetCode()))
                .orElseThrow(() -> new RecordNotFoundException(CLUB, id));
    }

    /** The communities of my stations (or of the stations the pages show now). */
    public List<Community> communities(boolean selectedOnly) {
        return communityCards.ofStreets(selectedOnly ? signedIn.selectedStationCodes() : signedIn.stationCodes()).stream()
                .map(c -> new Community(c.code(), c.name(), c.streetCode())).toList();
    }

    /** A community of my stations by code; null for none given; another station's is refused with the reason. */
    public Community community(String code) {
        if (code == null || code.isBlank()) {
            return null; // the club refuses it with its reason, in the order of its other checks
        }
        return communities(false).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refusal("clubs.refused.communityNotMine", code));
    }

    /**
     * A resident of my stations as a person named on a club (leader, contact, member); none for no id. Another
     * operator's or another station's resident is "not found", as their club would be: an id tells no one that
     * the person exists elsewhere.
     */
    public Person person(Long residentId) {
        if (residentId == null) {
            return null;
        }
        ResidentCard card = residents.resident(residentId).orElseThrow(() -> new RecordNotFoundException(RESIDENT, residentId));
        return new Person(card.id(), card.name());
    }

    /** Residents of my stations whose name contains the text (or whose ID number is exactly it), as choices; none for no text. */
    public List<ResidentChoice> choices(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return residents.search(text.strip(), max).stream().map(ResidentChoice::of).toList();
    }

    /**
     * The person a club names (leader or contact) as a choice: from the register while they live at my stations,
     * else by the name the club keeps (no hint); none for no id.
     */
    public ResidentChoice choice(Long residentId, String keptName) {
        if (residentId == null) {
            return null;
        }
        return residents.resident(residentId).map(ResidentChoice::of).orElseGet(() -> ResidentChoice.named(residentId, keptName));
    }
}
