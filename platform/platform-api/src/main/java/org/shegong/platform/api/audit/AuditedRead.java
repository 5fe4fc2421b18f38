package org.shegong.platform.api.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that reads one record of personal data: each call that returns the record
 * (a non-null value, a present {@code Optional}) is recorded in the audit trail as
 * {@link AuditAction#VIEWED} by the current actor, in the read's own transaction — if the entry cannot
 * be written, the read fails and nothing is returned. A call that finds nothing or is refused
 * records nothing. The record's id is the method's first {@code long}/{@code Long} parameter.
 *
 * <pre>{@code
 * @AuditedRead(kind = "childprotection.case", purpose = "#childprotection.purpose.caseOpened")
 * public Optional<ChildCase> open(long caseId) { … }
 * }</pre>
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditedRead {

    /** The record kind, as in {@link AuditTrail#record}. */
    @Nonbinding
    String kind() default "";

    /**
     * Why the record is read, for the 查阅记录 page: a bundle key as a {@link Said} phrase without
     * arguments ({@code "#<key>"}, a constant as an annotation needs), said in the reader's language.
     */
    @Nonbinding
    String purpose() default "";
}
