package org.shegong.platform.api.job;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Background work a module declares (e.g. a daily deadline check): the platform runs it every
 * {@code every}, once per tenant that has the module on, as that tenant and as the system actor.
 * One tenant's failure is logged and the others still run; two runs of the same job never overlap,
 * also across servers on one database (a lease row, not a flag in memory).
 *
 * @param code  {@code <module id>.<name>}, stable: it names the job's lease
 * @param every the pause between the end of one run and the start of the next (at least a minute)
 * @param work  what to do inside one tenant
 */
public record TenantJob(String code, Duration every, JobWork work) {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,30}\\.[a-z][a-z0-9.-]{0,30}");

    public TenantJob {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(work, "work");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a job code is <module>.<name>: " + code);
        }
        if (every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a job runs at most once a minute: " + code);
        }
    }

    /** The id of the module that declares it. */
    public String moduleId() {
        return code.substring(0, code.indexOf('.'));
    }
}
