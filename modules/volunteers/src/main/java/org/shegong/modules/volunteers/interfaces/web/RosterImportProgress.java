package org.shegong.modules.volunteers.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * How far the person's running roster import has got, read by the import page's progress bar while
 * the import request is still working: a poll is a request of its own, so this lives in the session
 * (the platform's resident import does the same with its own bean; a module cannot use that one).
 */
@Named
@SessionScoped
public class RosterImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int done;
    private volatile int total;

    void start(long total) {
        this.total = (int) Math.min(Integer.MAX_VALUE, total);
        this.done = 0;
    }

    void advance(int done) {
        this.done = done;
    }

    /** Percent done, 0–100, as PrimeFaces' progress bar wants it. */
    public int getPercent() {
        return total == 0 ? 0 : (int) (100L * done / total);
    }
}
