package org.shegong.platform.api.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which reads to list: every criterion is optional ({@code null} = any). The period is
 * {@code from} inclusive, {@code to} exclusive.
 *
 * @param recordKind e.g. {@code resident}
 * @param recordId   one record; lists and exports (record id 0) are found by kind, not by id
 * @param actor      the login of the person who read
 */
public record ReadQuery(String recordKind, Long recordId, String actor, Instant from, Instant to) implements Serializable {

    public static ReadQuery all() {
        return new ReadQuery(null, null, null, null, null);
    }

    public static ReadQuery ofRecord(String recordKind, long recordId) {
        return new ReadQuery(recordKind, recordId, null, null, null);
    }

    public static ReadQuery byActor(String actor) {
        return new ReadQuery(null, null, actor, null, null);
    }

    public static ReadQuery inPeriod(Instant from, Instant to) {
        return new ReadQuery(null, null, null, from, to);
    }
}
