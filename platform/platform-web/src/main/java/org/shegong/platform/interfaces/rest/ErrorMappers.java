package org.shegong.platform.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * How failures reach API callers: a JSON body {@code {"error": "…", "key": "…"}} ({@link ErrorBody})
 * with a status that says what happened, the reason in the caller's Accept-Language. A failure built
 * from a {@link Refusal} says that refusal; any other gets its status's own key. Another tenant's
 * record is simply not found (404): its existence is never confirmed.
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    /** The body for {@code e}: its refusal if it has one, else {@code fallbackKey}. */
    static Response error(Response.Status status, Throwable e, String fallbackKey, HttpHeaders headers) {
        Refusal reason = e == null ? null : Reasons.refusal(e);
        return error(status, reason == null ? new Refusal(fallbackKey) : reason, language(headers));
    }

    static Response error(Response.Status status, Refusal reason, Locale language) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorBody.json(reason, language)).build();
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RecordNotFoundException e) {
            return error(Response.Status.NOT_FOUND, e, "api.error.notFound", headers);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, e, "api.error.forbidden", headers);
        }
    }

    @Provider
    public static class NoTenant implements ExceptionMapper<NoTenantException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NoTenantException e) {
            return error(Response.Status.FORBIDDEN, e, "api.error.noTenant", headers);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentChangeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return error(Response.Status.CONFLICT, e, "api.error.conflict", headers);
        }
    }

    /**
     * Bad input. A {@link Refusal} (or a failure built from one) says its reason with its key; an
     * older reason still written as a text is said in the caller's language half under a generic key.
     */
    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(IllegalArgumentException e) {
            Refusal reason = Reasons.refusal(e);
            Locale language = language(headers);
            if (reason != null) {
                return error(Response.Status.BAD_REQUEST, reason, language);
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Json.createObjectBuilder()
                            .add("error", e.getMessage() == null ? Reasons.text("api.error.badInput", List.of(), language)
                                    : Reasons.inLanguage(e.getMessage(), language))
                            .add("key", "api.error.badInput").build().toString())
                    .build();
        }
    }

    /** The caller's language: {@link Reasons#language(String)}, the one rule. */
    static Locale language(HttpHeaders headers) {
        return Reasons.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * Bean Validation's refusals: each violated rule's message, said in the caller's language when it
     * is a bundle key in braces ({@code {body.refused.required}}), joined; the key of the first rule.
     */
    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale language = language(headers);
            String text = e.getConstraintViolations().stream().map(v -> Reasons.violation(v, language)).sorted()
                    .collect(Collectors.joining("; "));
            String key = e.getConstraintViolations().stream().map(Reasons::violationKey).filter(k -> k != null)
                    .sorted().findFirst().orElse("api.error.badInput");
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Json.createObjectBuilder().add("error", text).add("key", key).build().toString())
                    .build();
        }
    }

    /** A body that is not JSON, or not the JSON the route reads: the caller's mistake, said plainly, never a 500. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return error(Response.Status.BAD_REQUEST, null, UNREADABLE, headers);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
                    return error(Response.Status.BAD_REQUEST, null, UNREADABLE, headers);
                }
            }
            return unexpected(e, headers);
        }
    }

    /**
     * Jakarta REST's own refusals (an id that is not a number, a wrong method or media type) keep
     * their status and get a reason in the same JSON shape; the gate's refusals already carry one.
     */
    @Provider
    public static class Refused implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            Response response = e.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            int status = response.getStatus();
            if (status >= 500) {
                return error(Response.Status.INTERNAL_SERVER_ERROR, null, INTERNAL, headers);
            }
            String key = switch (status) {
                case 404 -> "api.error.notFound";
                case 405 -> "api.error.method";
                case 406 -> "api.error.onlyJson";
                case 415 -> "api.error.mediaType";
                default -> "api.error.badInput";
            };
            return Response.fromResponse(error(Response.Status.BAD_REQUEST, null, key, headers)).status(status).build();
        }
    }

    /**
     * Everything no other mapper claims. The database out of reach is 503 with Retry-After (the
     * caller's write was not acknowledged, so retrying it is safe); anything else is a plain 500.
     * Neither ever carries the exception's text, which names tables, drivers and hosts.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse();
            }
            return unexpected(e, headers);
        }
    }

    static Response unexpected(Throwable e, HttpHeaders headers) {
        Refusal reason = Reasons.refusal(e);
        if (reason != null) {
            // a state the record is in refuses the action (e.g. a closed project's checklist): said, not a 500
            return error(Response.Status.CONFLICT, reason, language(headers));
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.warning(() -> "database unavailable: " + e);
            return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, null, DATABASE_UNAVAILABLE, headers))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "unexpected failure of an API request", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, null, INTERNAL, headers);
    }

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    static final String INTERNAL = "api.error.internal";
    public static final String DATABASE_UNAVAILABLE = "api.error.databaseUnavailable";
    static final String UNREADABLE = "api.error.unreadable";
}
