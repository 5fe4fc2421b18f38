package org.shegong.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the platform's persistence unit sends to the database from the calling
 * thread while some work runs (EclipseLink's pre-execute-call event), so a test can show that a
 * read does not grow with the data (no N+1). Other threads' statements (jobs, other requests) are
 * not counted. Only sessions opened after the count starts see the listener: call it on work that
 * opens its own (a service outside a transaction does).
 */
@ApplicationScoped
public class SqlStatements {

    @PersistenceUnit(unitName = "shegong")
    EntityManagerFactory platform;

    public int countedWhile(Runnable work) {
        Session session = platform.unwrap(Session.class);
        Thread caller = Thread.currentThread();
        AtomicInteger count = new AtomicInteger();
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == caller) {
                    count.incrementAndGet();
                }
            }
        };
        session.getEventManager().addListener(listener);
        try {
            work.run();
        } finally {
            session.getEventManager().removeListener(listener);
        }
        return count.get();
    }
}
