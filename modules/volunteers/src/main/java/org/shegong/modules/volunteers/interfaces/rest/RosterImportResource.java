package org.shegong.modules.volunteers.interfaces.rest;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shegong.modules.volunteers.application.RosterImport;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.records.Reasons;

/**
 * A class list or company roster imported through the API: the template, the check (nothing
 * written) and the import, the .xlsx as the request body. A file that is no list is 400 with the
 * reason; nothing is written.
 */
@Path("volunteers/imports")
@RequiresPermission(VolunteersPermissions.REGISTER)
@RequestScoped
public class RosterImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A checked row; its reasons and notes in the caller's language ({@code Accept-Language}, Chinese by default). */
    public record LineView(int row, String name, String idNumberMasked, boolean valid, List<String> reasons, List<String> notes) {
        static LineView of(RosterImport.Line l, Locale language) {
            return new LineView(l.rowNumber(), l.name(), l.idNumberMasked(), l.valid(), Reasons.texts(l.reasons(), language),
                    Reasons.texts(l.notes(), language));
        }
    }

    public record CheckView(long valid, long invalid, List<LineView> rows, List<String> unread) {
        static CheckView of(RosterImport.Check c, Locale language) {
            return new CheckView(c.validCount(), c.invalidCount(), c.lines().stream().map(l -> LineView.of(l, language)).toList(),
                    Reasons.texts(c.unread(), language));
        }
    }

    @Inject
    RosterImport imports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("template")
    @Produces(XLSX)
    public Response template() {
        return Response.ok(imports.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"volunteers-template.xlsx\"").build();
    }

    @POST
    @Path("check")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public CheckView check(InputStream file, @QueryParam("street") String street, @QueryParam("kind") String kind,
                           @QueryParam("affiliation") String affiliation) {
        return CheckView.of(imports.check(body(file), street, kind(kind), affiliation),
                Reasons.language(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> apply(InputStream file, @QueryParam("street") String street, @QueryParam("kind") String kind,
                                     @QueryParam("affiliation") String affiliation, @QueryParam("mode") String mode) {
        return Map.of("imported", imports.apply(body(file), street, kind(kind), affiliation, mode(mode)));
    }

    /** An empty body is an empty file (refused by the reader as "not an .xlsx"), whatever the container hands over. */
    private static InputStream body(InputStream file) {
        return file == null ? InputStream.nullInputStream() : file;
    }

    /** Parsed here, not by JAX-RS, whose failed conversion of a query parameter is a 404. */
    private static AffiliationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return AffiliationKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal("volunteers.refused.kindCode");
        }
    }

    private static RosterImport.Mode mode(String mode) {
        try {
            return mode == null ? null : RosterImport.Mode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal("volunteers.refused.importMode");
        }
    }
}
