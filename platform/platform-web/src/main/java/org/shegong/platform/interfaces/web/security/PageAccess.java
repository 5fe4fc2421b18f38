package org.shegong.platform.interfaces.web.security;

import java.util.Map;
import java.util.Optional;
import org.shegong.platform.application.identity.Access;

/** Which part of the rule book guards which folder of pages. Pages outside these folders need a login only. */
final class PageAccess {

    private static final Map<String, Access> FOLDERS = Map.of(
            "/station/", Access.STATION_WORK,
            "/operator/", Access.OPERATOR,
            "/region/", Access.REGION,
            "/platform/", Access.PLATFORM,
            "/volunteer/", Access.VOLUNTEER);

    private PageAccess() {
    }

    static Optional<Access> forPath(String path) {
        return FOLDERS.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
