package org.shegong.modules.clubs.domain.model.charter;

import java.util.ArrayList;
import java.util.List;
import org.shegong.platform.api.records.Refusal;

/**
 * Two texts compared line by line for a side-by-side view: the longest common subsequence of
 * lines stays aligned as SAME; what only the left has is REMOVED, only the right ADDED; a removed
 * line directly followed by an added one is shown as one CHANGED row.
 */
public final class LineDiff {

    public enum Kind { SAME, REMOVED, ADDED, CHANGED }

    /** One row of the side-by-side view; a side is null where that text has no line. */
    public record Row(Kind kind, String left, String right) {
    }

    /** The texts are charters: at most {@link Charter#MAX_TEXT} characters, so the table stays small. */
    private static final int MAX_LINES = 2_000;

    private LineDiff() {
    }

    public static List<Row> of(String left, String right) {
        String[] a = lines(left);
        String[] b = lines(right);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                raw.add(new Row(Kind.SAME, a[i++], b[j++]));
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                raw.add(new Row(Kind.ADDED, null, b[j++]));
            } else {
                raw.add(new Row(Kind.REMOVED, a[i++], null));
            }
        }
        return pairChanges(raw);
    }

    /** A run of removed lines and the run of added lines right after it become changed rows, pair by pair. */
    private static List<Row> pairChanges(List<Row> raw) {
        List<Row> rows = new ArrayList<>();
        int k = 0;
        while (k < raw.size()) {
            if (raw.get(k).kind() == Kind.SAME) {
                rows.add(raw.get(k++));
                continue;
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while (k < raw.size() && raw.get(k).kind() != Kind.SAME) {
                Row r = raw.get(k++);
                if (r.kind() == Kind.REMOVED) {
                    removed.add(r.left());
                } else {
                    added.add(r.right());
                }
            }
            int n = Math.max(removed.size(), added.size());
            for (int p = 0; p < n; p++) {
                String l = p < removed.size() ? removed.get(p) : null;
                String r = p < added.size() ? added.get(p) : null;
                rows.add(new Row(l != null && r != null ? Kind.CHANGED : l != null ? Kind.REMOVED : Kind.ADDED, l, r));
            }
        }
        return rows;
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String[] lines = text.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            throw new Refusal("clubs.refused.charterLines");
        }
        return lines;
    }
}
