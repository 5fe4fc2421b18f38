package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shegong.platform.api.event.ActivityDone;
import org.shegong.platform.api.event.ContractEnded;
import org.shegong.platform.api.event.ContractStarted;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.api.event.ResidentRegistered;

/**
 * The probe module's ears: it observes the platform's events as a module would — the set-up events
 * after commit, the others inside the transaction — and keeps what it heard for the test. A
 * resident whose name starts with {@link #REFUSED} is refused, to show that an observer inside the
 * transaction takes the platform's change down with it.
 */
@ApplicationScoped
public class ProbeObserver {

    public static final String REFUSED = "探针拒收";

    private final List<Object> heard = new CopyOnWriteArrayList<>();

    void switched(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleSwitched event) {
        heard.add(event);
    }

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContractStarted event) {
        heard.add(event);
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContractEnded event) {
        heard.add(event);
    }

    void done(@Observes ActivityDone event) {
        heard.add(event);
    }

    void registered(@Observes ResidentRegistered event) {
        if (event.name().startsWith(REFUSED)) {
            throw new IllegalStateException("the probe refuses " + event.name());
        }
        heard.add(event);
    }

    public List<Object> heard() {
        return List.copyOf(heard);
    }
}
