package org.shegong.platform.domain.model.project;

/**
 * How much of something is done: {@code done} out of {@code of}. For a checklist item it is done
 * activities out of the planned number; for a project, complete items out of all items.
 *
 * <p>Invariant: both figures are zero or more. Nothing planned is never complete, so an empty
 * project shows 0 %, not 100 %. Overshooting (more done than planned) counts as complete and shows
 * 100 %.
 */
public record Completion(int done, int of) {

    public Completion {
        if (done < 0 || of < 0) {
            throw new IllegalArgumentException("completion figures cannot be negative: " + done + "/" + of);
        }
    }

    public boolean isComplete() {
        return of > 0 && done >= of;
    }

    /** 0 … 100, rounded down, so 99.9 % is never shown as complete. */
    public int percent() {
        if (of == 0) {
            return 0;
        }
        return (int) Math.min(100, (long) done * 100 / of);
    }

    @Override
    public String toString() {
        return done + "/" + of + " (" + percent() + "%)";
    }
}
