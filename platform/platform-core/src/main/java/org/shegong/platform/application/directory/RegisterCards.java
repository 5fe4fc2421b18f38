package org.shegong.platform.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.directory.PartnerCard;
import org.shegong.platform.api.directory.PartnerCards;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.InvalidIdNumberException;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.staff.StaffMember;

/**
 * The platform's registers as modules see them (see {@code org.shegong.platform.api.directory}):
 * always the current tenant's, residents only of the signed-in person's stations, ID numbers masked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterCards implements ResidentCards, PartnerCards, StaffCards {

    @Inject
    ResidentRegistry residents;

    @Inject
    PartnerDirectory partners;

    @Inject
    StaffRoster staff;

    @Inject
    SignedIn signedIn;

    @Override
    public Optional<ResidentCard> resident(long residentId) {
        return residents.findInStreets(residentId, signedIn.stationCodes()).map(RegisterCards::card);
    }

    @Override
    public List<ResidentCard> search(String text, int max) {
        String t = text == null ? "" : text.strip();
        boolean looksLikeIdNumber = isIdNumber(t);
        ResidentSearch search = new ResidentSearch(signedIn.stationCodes(), looksLikeIdNumber ? null : t,
                looksLikeIdNumber ? t : null, null, null, null, "name", true);
        return residents.search(search, 0, max).stream().map(RegisterCards::card).toList();
    }

    @Override
    public List<PartnerCard> all() {
        return partners.all().stream().map(RegisterCards::card).toList();
    }

    @Override
    public Optional<PartnerCard> partner(long partnerId) {
        return partners.find(partnerId).map(RegisterCards::card);
    }

    @Override
    public List<StaffCard> atStations(Set<String> streetCodes) {
        return staff.all().stream()
                .filter(s -> s.getStation() != null && streetCodes.contains(s.getStation().getStreet().getCode()))
                .map(RegisterCards::card)
                .sorted(Comparator.comparing(StaffCard::streetCode).thenComparing(StaffCard::name))
                .toList();
    }

    @Override
    public java.util.Optional<String> nameOf(String login) {
        return staff.nameOf(login);
    }

    private static boolean isIdNumber(String text) {
        try {
            IdNumber.of(text);
            return true;
        } catch (InvalidIdNumberException e) {
            return false;
        }
    }

    /** The card of a resident: what modules may know of them, the ID number masked. */
    public static ResidentCard card(Resident r) {
        return new ResidentCard(r.getId(), r.getName(), r.getIdNumber() == null ? null : r.getIdNumber().masked(),
                r.getGender() == null ? null : r.getGender().name(), r.getBirthDate(), r.getPhone(), r.getAddress(),
                r.getCommunity().getCode(), r.getCommunity().getName(), r.getCommunity().getParent().getCode());
    }

    /** The card of a member of station staff (who works at a station). */
    public static StaffCard card(StaffMember s) {
        return new StaffCard(s.getUsername(), s.getName(), s.getRole().name(), s.getStation().getStreet().getCode(), s.getId());
    }

    private static PartnerCard card(Partner p) {
        return new PartnerCard(p.getId(), p.getName(), p.getType().name(), p.getContactPerson(), p.getContactPhone(),
                p.getProvides());
    }
}
