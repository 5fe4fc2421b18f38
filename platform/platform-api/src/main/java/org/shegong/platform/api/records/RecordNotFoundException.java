package org.shegong.platform.api.records;

/**
 * No record with that id for the current tenant. Another tenant's record gets this very answer,
 * so a caller can never learn that an id exists elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super("未找到" + kind + " " + id + " / no " + kind + " with id " + id);
    }

    /** For kinds of "not found" that name no record, e.g. a module that is off for the tenant. */
    protected RecordNotFoundException(String message) {
        super(message);
    }
}
