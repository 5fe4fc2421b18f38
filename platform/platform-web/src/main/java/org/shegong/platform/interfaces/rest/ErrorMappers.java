package org.shegong.platform.interfaces.rest;

import jakarta.json.Json;
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
 * How failures reach API callers: a JSON body {@code {"error": "…"}} with a status that says what
 * happened. Another tenant's record is simply not found (404): its existence is never confirmed.
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("error", message == null ? status.getReasonPhrase() : message)
                        .build().toString())
                .build();
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class NoTenant implements ExceptionMapper<NoTenantException> {
        @Override
        public Response toResponse(NoTenantException e) {
            return error(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /**
     * Bad input. A {@link Refusal} says its reason in the caller's language (Accept-Language, Chinese
     * by default) with its bundle key beside it, for programs and tests; an older reason as it is.
     */
    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {

        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.HttpHeaders headers;

        @Override
        public Response toResponse(IllegalArgumentException e) {
            if (e instanceof Refusal r) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(Json.createObjectBuilder().add("error", Reasons.text(r, language(headers))).add("key", r.key())
                                .build().toString())
                        .build();
            }
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** English if the caller asks for it before Chinese; Chinese otherwise. */
    static java.util.Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        if (headers != null) {
            for (java.util.Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    return java.util.Locale.ENGLISH;
                }
                if ("zh".equals(l.getLanguage())) {
                    return java.util.Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return java.util.Locale.SIMPLIFIED_CHINESE;
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return error(Response.Status.BAD_REQUEST, e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }

    /** A body that is not JSON, or not the JSON the route reads: the caller's mistake, said plainly, never a 500. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return error(Response.Status.BAD_REQUEST, UNREADABLE);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
                    return error(Response.Status.BAD_REQUEST, UNREADABLE);
                }
            }
            return unexpected(e);
        }
    }

    /**
     * Jakarta REST's own refusals (an id that is not a number, a wrong method or media type) keep
     * their status and get a reason in the same JSON shape; the gate's refusals already carry one.
     */
    @Provider
    public static class Refused implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            Response response = e.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            int status = response.getStatus();
            if (status >= 500) {
                return error(Response.Status.INTERNAL_SERVER_ERROR, "服务器内部错误 / internal error");
            }
            String reason = switch (status) {
                case 404 -> "未找到 / not found";
                case 405 -> "不支持此方法 / method not allowed";
                case 406 -> "只提供 JSON / only JSON is offered";
                case 415 -> "请求体须为 JSON（UTF-8） / the body must be JSON in UTF-8";
                default -> response.getStatusInfo().getReasonPhrase();
            };
            return Response.fromResponse(error(Response.Status.BAD_REQUEST, reason)).status(status).build();
        }
    }

    /**
     * Everything no other mapper claims. The database out of reach is 503 with Retry-After (the
     * caller's write was not acknowledged, so retrying it is safe); anything else is a plain 500.
     * Neither ever carries the exception's text, which names tables, drivers and hosts.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse();
            }
            return unexpected(e);
        }
    }

    static Response unexpected(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warning(() -> "database unavailable: " + e);
            return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "unexpected failure of an API request", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, INTERNAL);
    }

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    static final String INTERNAL = "服务器内部错误 / internal error";
    public static final String DATABASE_UNAVAILABLE = "数据库暂时不可用，请稍后重试 / the database is briefly unavailable; retry later";

    static final String UNREADABLE = "请求体不是有效的 JSON，或字段类型不对 / the body is not valid JSON for this route";
}
