package org.shegong.platform.application.audit;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.records.ConcurrentChangeException;

/** Writing a change of a record: what changed, in words for its history, and a lost race said plainly. */
public final class Changes {

    private Changes() {
    }

    /**
     * "电话：138… → 139…；地址：— → 柳巷" for the fields (label → shown value) that differ. Fields in
     * {@code secret} are named but their values never written, e.g. "身份证号已更改".
     */
    public static String between(Map<String, String> before, Map<String, String> after, Set<String> secret) {
        return after.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> secret.contains(k) ? k + "已更改" : k + "：" + shown(before.get(k)) + " → " + shown(after.get(k)))
                .collect(Collectors.joining("；"));
    }

    /** "姓名：张三；电话：138…" for the filled-in fields, as a record's first history line. */
    public static String of(Map<String, String> fields, Set<String> secret) {
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> secret.contains(e.getKey()) ? e.getKey() + "已填写" : e.getKey() + "：" + e.getValue())
                .collect(Collectors.joining("；"));
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

    private static String shown(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
