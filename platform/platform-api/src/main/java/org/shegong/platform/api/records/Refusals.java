package org.shegong.platform.api.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several reasons at once, each about its own input: a form checked as a whole, so the person learns of
 * every problem in one submit (on a phone at someone's door, one round trip per problem is many).
 * A {@link Refusal} itself, said as its first reason: wherever a refusal is answered with one reason
 * (the API's error body, an older page) this one is too; a page that shows each reason beside its field
 * asks {@link #each()}.
 */
public class Refusals extends Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> each;

    private Refusals(List<Refusal> each) {
        super(each.get(0).field(), each.get(0).key(), each.get(0).args().toArray());
        this.each = List.copyOf(each);
    }

    @Override
    public List<Refusal> each() {
        return each == null ? List.of(this) : each;
    }

    /** A new, empty collection of reasons. */
    public static Collector collector() {
        return new Collector();
    }

    /**
     * Gathers the reasons of one action's rules: each rule runs even when an earlier one refused, and
     * {@link #refuseIfAny()} throws them together. Not thread-safe: one per action.
     */
    public static final class Collector {

        private final List<Refusal> found = new ArrayList<>();

        private Collector() {
        }

        /** Notes a reason about {@code field} (null: the whole action); a {@link Refusals} adds each of its own. */
        public Collector add(String field, Refusal reason) {
            for (Refusal r : reason.each()) {
                found.add(field == null ? r : r.about(field));
            }
            return this;
        }

        /**
         * Runs a rule; its refusal is noted about {@code field} instead of stopping the others. Returns what
         * the rule gave, or null when it refused (the caller skips the rules that need it).
         */
        public <T> T check(String field, Supplier<T> rule) {
            try {
                return rule.get();
            } catch (Refusal r) {
                add(field, r);
                return null;
            }
        }

        /** Whether a reason about {@code field} was noted. */
        public boolean refused(String field) {
            return found.stream().anyMatch(r -> field.equals(r.field()));
        }

        /** The reasons noted so far, in the order found. */
        public List<Refusal> found() {
            return List.copyOf(found);
        }

        /** Throws every reason noted, together; nothing when none was. */
        public void refuseIfAny() {
            if (found.size() == 1) {
                throw found.get(0);
            }
            if (!found.isEmpty()) {
                throw new Refusals(found);
            }
        }
    }
}
