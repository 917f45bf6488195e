package vn.ntm.db;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a transaction gathers (units written, say) handed on ONCE, after the transaction committed, and never when
 * it rolled back: each transaction gathers into its own {@code T} ({@link TransactionScoped}), so two transactions
 * never mix. Outside a transaction what is added is handed on at once. One instance per kind of thing gathered.
 *
 * @param <T> what is gathered, made empty by {@code fresh} at the transaction's first addition
 */
public final class AfterCommit<T> {

    private final Supplier<T> fresh;
    private final Consumer<T> handOn;
    private final TransactionScoped<T> gathered;

    /** {@code handOn} runs on the committing thread after the commit, outside the transaction. */
    public AfterCommit(Supplier<T> fresh, Consumer<T> handOn) {
        this.fresh = fresh;
        this.handOn = handOn;
        this.gathered = new TransactionScoped<>(fresh, handOn);
    }

    /** Adds to what the current transaction gathered (or, outside one, hands on at once). */
    public void add(Consumer<T> addition) {
        Optional<T> pending = gathered.current();
        if (pending.isPresent()) {
            addition.accept(pending.get());
            return;
        }
        T alone = fresh.get();
        addition.accept(alone);
        handOn.accept(alone);
    }
}
