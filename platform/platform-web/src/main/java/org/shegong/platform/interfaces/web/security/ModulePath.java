package org.shegong.platform.interfaces.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which module folder a request is for ({@code /<id>/…} pages, {@code /api/<id>/…} routes), read
 * from the servlet path and path info — the decoded, normalised path the container routes on —
 * never from the raw request URI, which keeps {@code ;x}, {@code //} and {@code %65} and so named
 * another folder than the one served (issue 10, item 1). Path parameters and empty segments are
 * dropped here too, so the answer does not depend on how a container normalises.
 */
final class ModulePath {

    private ModulePath() {
    }

    /** The first folder of the path (after {@code api} for the API), lower-cased; empty for a file at the root. */
    static Optional<String> folderOf(String servletPath, String pathInfo) {
        List<String> segments = segments((servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : "/" + pathInfo));
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments = segments.subList(1, segments.size());
        }
        // A folder needs something inside it: "/eldercare" alone is no module page.
        return segments.size() < 2 ? Optional.empty() : Optional.of(segments.get(0));
    }

    /** The path inside the module's folder (e.g. {@code shifts.xhtml}), lower-cased and normalised like the folder; empty as for {@link #folderOf}. */
    static Optional<String> pageOf(String servletPath, String pathInfo) {
        List<String> segments = segments((servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : "/" + pathInfo));
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments = segments.subList(1, segments.size());
        }
        return segments.size() < 2 ? Optional.empty() : Optional.of(String.join("/", segments.subList(1, segments.size())));
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String raw : path.split("/")) {
            int parameters = raw.indexOf(';');
            String segment = (parameters < 0 ? raw : raw.substring(0, parameters)).toLowerCase(Locale.ROOT);
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
