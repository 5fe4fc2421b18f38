package org.shegong.modules.volunteers.interfaces.rest;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.shegong.modules.volunteers.application.CertificateCheck;
import org.shegong.modules.volunteers.application.Certificates;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.platform.api.access.RequiresPermission;

/**
 * Service-record certificates (志愿服务记录证明): staff issue, read, download and revoke those of
 * their stations' volunteers; a volunteer lists and downloads their own ({@code mine}). Another
 * station's or operator's certificate is 404. Verification is the public page, not this API.
 */
@Path("volunteers/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    public record IssueRequest(Long volunteerId, LocalDate servedUpTo, LocalDate validUntil, String training,
                               String commendations, String evaluation) {
    }

    public record RevocationRequest(String reason) {
    }

    public record LineView(LocalDate servedOn, String service, long minutes) {
        static LineView of(ServiceLine l) {
            return new LineView(l.getServedOn(), l.getService(), l.getMinutes());
        }
    }

    public record CertificateView(long id, String serialNumber, long volunteerId, String holderName, String issuer,
                                  LocalDate servedUpTo, int serviceCount, long totalMinutes, String hours, String training,
                                  String commendations, String evaluation, LocalDate issuedOn, LocalDate validUntil,
                                  String state, String stateLabel, String verificationUrl, LocalDateTime revokedAt, String revokedBy,
                                  String revokedReason, List<LineView> lines) {
        static CertificateView of(Certificate c, String url, List<ServiceLine> lines) {
            return new CertificateView(c.getId(), c.getSerialNumber(), c.getVolunteerId(), c.getHolderName(), c.getIssuerName(),
                    c.getServedUpTo(), c.getServiceCount(), c.getTotalMinutes(), c.hours(), c.getTraining(), c.getCommendations(),
                    c.getEvaluation(), c.getIssuedOn(), c.getValidUntil(), c.stateOn(LocalDate.now(Views.STATIONS)).name(),
                    c.stateOn(LocalDate.now(Views.STATIONS)).label(), url,
                    c.getRevokedAt() == null ? null : Views.local(c.getRevokedAt()), c.getRevokedBy(), c.getRevokedReason(),
                    lines.stream().map(LineView::of).toList());
        }
    }

    @Inject
    Certificates certificates;

    @Inject
    CertificateCheck check;

    @GET
    @RequiresPermission(VolunteersPermissions.READ)
    public List<CertificateView> ofVolunteer(@QueryParam("volunteer") Long volunteerId) {
        if (volunteerId == null) {
            throw new Refusal("volunteers.refused.chooseVolunteer");
        }
        return certificates.ofVolunteer(volunteerId).stream().map(c -> CertificateView.of(c, check.urlOf(c), List.of())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Response issue(IssueRequest body) {
        IssueRequest r = VolunteersResource.required(body);
        if (r.volunteerId() == null) {
            throw new Refusal("volunteers.refused.chooseVolunteer");
        }
        Certificate c = certificates.issue(r.volunteerId(), r.servedUpTo(),
                new Certificate.Statement(r.training(), r.commendations(), r.evaluation(), r.validUntil()));
        return Response.status(Response.Status.CREATED).entity(view(c.getId())).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(VolunteersPermissions.READ)
    public CertificateView certificate(@PathParam("id") long id) {
        return view(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(VolunteersPermissions.READ)
    public Response pdf(@PathParam("id") long id) {
        return file(certificates.download(id));
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public CertificateView revoke(@PathParam("id") long id, RevocationRequest body) {
        certificates.revoke(id, VolunteersResource.required(body).reason());
        return view(id);
    }

    @GET
    @Path("mine")
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public List<CertificateView> mine() {
        return certificates.myCertificates().stream().map(c -> CertificateView.of(c, check.urlOf(c), List.of())).toList();
    }

    @GET
    @Path("mine/{id}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Response myPdf(@PathParam("id") long id) {
        return file(certificates.downloadMine(id));
    }

    private CertificateView view(long id) {
        Certificates.Issued i = certificates.open(id);
        return CertificateView.of(i.certificate(), check.urlOf(i.certificate()), i.lines());
    }

    private static Response file(Certificates.Paper paper) {
        return Response.ok(paper.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + paper.fileName() + "\"").build();
    }
}
