package org.shegong.platform.domain.model.resident;

public enum Gender {
    MALE, FEMALE
}
