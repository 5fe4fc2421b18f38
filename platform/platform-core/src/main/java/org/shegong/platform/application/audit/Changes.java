package org.shegong.platform.application.audit;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.Refusal;

/** Writing a change of a record: what changed, for its history in each reader's language, and a lost race said plainly. */
public final class Changes {

    private Changes() {
    }

    /**
     * The fields (bundle key of the field's name → shown value: a text as typed, or a
     * {@link Refusal.Label} or a list of them for codes) that differ, as {@link Said} phrases, e.g.
     * "电话：138… → 139…" / "Phone: 138… → 139…". Fields in {@code secret} are named but their values
     * never written ("身份证号已更改"). Empty when nothing differs.
     */
    public static String between(Map<String, Object> before, Map<String, Object> after, Set<String> secret) {
        return Said.all(after.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> secret.contains(k) ? Said.of("history.secretChanged", new Refusal.Label(k))
                        : Said.of("history.changed", new Refusal.Label(k), shown(before.get(k)), shown(after.get(k))))
                .toList());
    }

    /** The filled-in fields ("姓名：张三；电话：138…"), as a record's first history line. */
    public static String of(Map<String, Object> fields, Set<String> secret) {
        return Said.all(fields.entrySet().stream()
                .filter(e -> !shown(e.getValue()).equals(NONE))
                .map(e -> secret.contains(e.getKey()) ? Said.of("history.secretFilled", new Refusal.Label(e.getKey()))
                        : Said.of("history.field", new Refusal.Label(e.getKey()), e.getValue()))
                .toList());
    }

    /** Writes now, so a lost race surfaces here as a conflict rather than at commit. */
    public static void flush(Runnable flush, String kind, Long id) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(kind, id);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getName().endsWith("OptimisticLockException")) {
                throw new ConcurrentChangeException(kind, id);
            }
            throw e;
        }
    }

    private static final String NONE = "—";

    /** An empty value reads as a dash in every language. */
    private static Object shown(Object v) {
        return v == null || "".equals(v) || v instanceof java.util.Collection<?> c && c.isEmpty() ? NONE : v;
    }
}
