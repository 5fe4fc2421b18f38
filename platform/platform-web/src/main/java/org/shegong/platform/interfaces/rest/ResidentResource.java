package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.api.directory.PhoneMask;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * Residents of my stations. ID numbers leave the server masked, and so do phones in lists; every read of
 * personal data is recorded.
 */
@Path("residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.STATION_WORK)
public class ResidentResource {

    public record ResidentView(long id, long version, String name, String gender, LocalDate birthDate,
                               String idNumber, String phone, String communityCode, String communityName,
                               String address, List<String> categories, LocalDate registeredOn) {

        /** One resident, as the resident's own page shows them: the phone in full. */
        static ResidentView of(Resident r) {
            return of(r, r.getPhone());
        }

        /** A resident in a list (all of mine, or a search): the phone masked, as the residents page lists it. */
        static ResidentView listed(Resident r) {
            return of(r, PhoneMask.of(r.getPhone()));
        }

        private static ResidentView of(Resident r, String phone) {
            return new ResidentView(r.getId(), r.getVersion(), r.getName(),
                    r.getGender() == null ? null : r.getGender().name(), r.getBirthDate(),
                    r.getIdNumber() == null ? null : r.getIdNumber().masked(), phone,
                    r.getCommunity().getCode(), r.getCommunity().getName(), r.getAddress(),
                    r.getCategories().stream().map(Enum::name).sorted().toList(), r.getRegisteredOn());
        }
    }

    /**
     * A change to a resident the caller read at {@code version}. A field left out (null) keeps what
     * is recorded; an empty ID number keeps it too (erasing it is not offered); an empty phone,
     * address or category list clears them. The registration date (建档日期, ISO) left out keeps the one
     * on record; a future one, one before 2000 or one that is no date is a 400 with the reason.
     */
    public record ResidentChange(long version, String name, String idNumber, String phone, String communityCode,
                                 String address, Set<ResidentCategory> categories, LocalDate registeredOn) {
    }

    /**
     * A new resident; the ID number is optional, and when given it decides gender and birth date. The
     * registration date (建档日期, ISO) left out is today (Asia/Shanghai): the station registers them now.
     */
    public record ResidentRegistration(String name, String idNumber, Gender gender, LocalDate birthDate, String phone,
                                       String communityCode, String address, Set<ResidentCategory> categories,
                                       LocalDate registeredOn) {
    }

    @Inject
    ResidentRegistry residents;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @Inject
    java.time.Clock clock;

    /**
     * My residents, or with {@code q} those matching it: an 18-character ID number is matched
     * exactly (a malformed one is a 400 with the reason), digits as a whole phone number (never a
     * part of one), anything else as part of the name. Phones are listed masked, as on the residents
     * page; {@code GET residents/{id}} gives the resident's own record with the phone in full.
     */
    @GET
    public List<ResidentView> list(@QueryParam("q") @Size(max = 50, message = "{resident.refused.queryLength}") String q,
                                   @QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                   @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        if (q == null || q.isBlank()) {
            return residents.listInStreets(myStreets(), first, max, Said.of("reads.purpose.apiList")).stream().map(ResidentView::listed).toList();
        }
        return residents.searchListed(searchFor(q.strip()), first, max, Said.of("reads.purpose.apiSearch")).stream().map(ResidentView::listed).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull(message = "{api.error.required}") ResidentRegistration registration) {
        ResidentDetails details = new ResidentDetails(registration.name(), registration.idNumber(), registration.gender(),
                registration.birthDate(), registration.phone(), registration.communityCode(), registration.address(),
                registration.categories(),
                registration.registeredOn() == null ? LocalDate.now(clock) : registration.registeredOn());
        Resident registered = residents.registerInStreets(details, myStreets());
        return Response.created(URI.create("residents/" + registered.getId())).entity(ResidentView.of(registered)).build();
    }

    private ResidentSearch searchFor(String q) {
        Set<String> streets = myStreets();
        if (q.matches("[0-9]{17}[0-9Xx]")) {
            return new ResidentSearch(streets, null, q, null, null, null, null, true);
        }
        if (q.matches("[0-9+\\-() ]{5,}")) {
            return new ResidentSearch(streets, null, null, q, null, null, null, true);
        }
        return new ResidentSearch(streets, q, null, null, null, null, null, true);
    }

    /** One resident, recorded as a read of their record. */
    @GET
    @Path("{id}")
    public ResidentView get(@PathParam("id") long id) {
        return ResidentView.of(residents.open(id, myStreets())
                .orElseThrow(() -> new RecordNotFoundException("服务对象 resident", id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResidentView update(@PathParam("id") long id, @NotNull(message = "{api.error.required}") ResidentChange change) {
        Resident current = mine(id);
        String idNumber = change.idNumber() != null ? change.idNumber()
                : current.getIdNumber() == null ? null : current.getIdNumber().value();
        ResidentDetails details = new ResidentDetails(change.name(), idNumber, current.getGender(), current.getBirthDate(),
                kept(change.phone(), current.getPhone()),
                kept(change.communityCode(), current.getCommunity().getCode()),
                kept(change.address(), current.getAddress()),
                kept(change.categories(), current.getCategories()),
                kept(change.registeredOn(), current.getRegisteredOn()));
        return ResidentView.of(residents.updateInStreets(id, change.version(), details, myStreets()));
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.STATION_MANAGEMENT)
    public void delete(@PathParam("id") long id) {
        residents.removeInStreets(id, myStreets());
    }

    private static <T> T kept(T given, T recorded) {
        return given != null ? given : recorded;
    }

    private Resident mine(long id) {
        return residents.findInStreets(id, myStreets())
                .orElseThrow(() -> new RecordNotFoundException("服务对象 resident", id));
    }

    private Set<String> myStreets() {
        return myStations.streetCodesOf(currentIdentity.require());
    }
}
