package vn.ntm.db;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value of the current transaction: made by {@code fresh} at its first use in a transaction, kept in the
 * transaction's resources (two transactions never share one), forgotten when the transaction ends. One instance per
 * kind of value.
 *
 * @param <T> the value kept
 */
public final class TransactionScoped<T> {

    private final Supplier<T> fresh;
    private final Consumer<T> afterCommit;

    public TransactionScoped(Supplier<T> fresh) {
        this(fresh, value -> {});
    }

    /** {@code afterCommit} receives the value once the transaction committed (never after a rollback). */
    TransactionScoped(Supplier<T> fresh, Consumer<T> afterCommit) {
        this.fresh = fresh;
        this.afterCommit = afterCommit;
    }

    /** The current transaction's value, or empty outside a transaction (nothing to keep it in). */
    public Optional<T> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Kept kept = (Kept) TransactionSynchronizationManager.getResource(this);
        if (kept == null) {
            kept = new Kept(fresh.get());
            TransactionSynchronizationManager.bindResource(this, kept);
            TransactionSynchronizationManager.registerSynchronization(kept);
        }
        return Optional.of(kept.value);
    }

    private final class Kept implements TransactionSynchronization {
        private final T value;

        Kept(T value) {
            this.value = value;
        }

        @Override
        public void afterCommit() {
            afterCommit.accept(value);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
        }
    }
}
