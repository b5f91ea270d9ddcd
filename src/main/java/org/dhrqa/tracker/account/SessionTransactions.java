package org.dhrqa.tracker.account;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC store. A write (a new session, a changed one,
 * its attributes) runs in a transaction of its own, as Spring Session does by default. A
 * read, which {@link SessionReadBack} marks, runs without one: it is a single SELECT of
 * the session row joined to its attributes, which PostgreSQL answers from one snapshot,
 * and a transaction around it only cost every page a BEGIN and a COMMIT.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionTemplate writes;

	SessionTransactions(PlatformTransactionManager transactionManager) {
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs a read of the store: its statements run without a transaction of their own.
	 */
	static <T> T reading(Supplier<T> read) {
		Boolean outer = READING.get();
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			if (outer == null) {
				READING.remove();
			}
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (Boolean.TRUE.equals(READING.get())) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.writes.execute(action);
	}

}
