package org.shegong.platform.domain.model.activity;

public enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}
