package org.shegong.platform.api.records;

/**
 * No record with that id for the current tenant. Another tenant's record gets this very answer,
 * so a caller can never learn that an id exists elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super("未找到" + kind + " " + id + " / no " + kind + " with id " + id);
    }
}
