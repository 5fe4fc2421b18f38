package org.shegong.platform.api.access;

import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The module is switched off (or not contracted) for the caller's tenant: to that tenant it is as
 * if it were not installed, so this is "not found" (404), never "forbidden".
 */
public class ModuleNotEnabledException extends RecordNotFoundException {

    public ModuleNotEnabledException(String moduleId) {
        super("未找到 " + moduleId + " / not found (" + moduleId + ")");
    }
}
