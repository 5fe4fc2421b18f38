package org.shegong.platform.api.records;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A refused action whose reason is a bundle key with its arguments, not a text, so each person reads
 * it in their own language: pages through {@code PageMessages}, the API as {@code {"error", "key"}}
 * (see {@link Reasons}). The key lives in the platform's bundle or the module's own (zh_CN and en),
 * its text a {@link java.text.MessageFormat} pattern over the arguments.
 *
 * <p>An {@link IllegalArgumentException}: wherever bad input is answered (400, a message on the
 * page, a test's {@code assertThrows}), a refusal is too.
 */
public class Refusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;
    /**
     * The input the reason is about (a form's field, a details record's property), or null: the whole action.
     * Set once ({@link #about}), on the refusal itself: a caller that expects a particular refusal (an
     * {@code InvalidIdNumberException}) still gets it.
     */
    private String field;

    public Refusal(String key, Object... args) {
        this(null, key, args);
    }

    /** A refusal about {@code field} (null: the whole action), for {@link #about} and {@link Refusals}. */
    protected Refusal(String field, String key, Object... args) {
        super(args.length == 0 ? key : key + " " + Arrays.toString(args));
        this.key = key;
        this.args = List.of(Arrays.stream(args).map(a -> a == null ? "" : a).toArray());
        this.field = field;
    }

    /**
     * This reason, said about {@code field}: a form shows it beside that input ({@code PageMessages}), and
     * {@link Refusals} keeps each of several reasons with its own field. A refusal already about a field
     * stays about it. Returns this refusal.
     */
    public Refusal about(String field) {
        if (this.field == null) {
            this.field = field;
        }
        return this;
    }

    /** The input this reason is about, or null when it is about the whole action. */
    public String field() {
        return field;
    }

    /** Each reason this refusal gives: itself here; {@link Refusals} gives all of its own. */
    public List<Refusal> each() {
        return List.of(this);
    }

    /** An argument said as the bundle text of its own key in the same language (e.g. a stage's label). */
    public record Label(String key) implements java.io.Serializable {

        @Override
        public String toString() {
            return key;
        }
    }

    /**
     * Both languages as a "中文 / English" pair, for code that still shows {@code getMessage()} through
     * the older pair split (each reader then sees their half) and for logs; the key and arguments
     * when no bundle has the key.
     */
    @Override
    public String getMessage() {
        String zh = Reasons.text(this, Locale.SIMPLIFIED_CHINESE);
        return zh.equals(key) ? super.getMessage() : zh + " / " + Reasons.text(this, Locale.ENGLISH);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args == null ? List.of() : args;
    }
}
