package org.shegong.modules.childprotection.application;

import java.util.List;

/** What other staff of a station see of a case: that a child (masked name) is served, and by whom. */
public record ServedChild(String maskedName, String streetCode, List<String> servedBy) {
}
