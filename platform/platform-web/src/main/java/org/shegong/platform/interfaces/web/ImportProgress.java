package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * How far the person's running import has got, read by the progress bar's polls while the import
 * request is still working (a poll is a request of its own, so this lives in the session).
 */
@Named
@SessionScoped
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int done;
    private volatile int total;

    void start(int total) {
        this.total = total;
        this.done = 0;
    }

    void advance(int done) {
        this.done = done;
    }

    /** Percent done, 0–100, as PrimeFaces' progress bar wants it. */
    public int getPercent() {
        return total == 0 ? 0 : (int) (100L * done / total);
    }

    public String getLabel() {
        return done + " / " + total;
    }
}
