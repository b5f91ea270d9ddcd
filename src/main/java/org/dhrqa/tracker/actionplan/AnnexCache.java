package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Annex PDFs already rendered, by what they show: the plan as of its last change, the
 * review's heading and the day it says it was generated. An unchanged plan is rendered
 * once however many people (or publication packs) ask for it, and several requests that
 * arrive together wait for one rendering instead of each starting their own. Kept in
 * memory, a few dozen at most: each node renders a plan once per change.
 */
@Component
class AnnexCache {

	/** Everything the annex shows: a different key is a different document. */
	record Key(Long reviewId, long planVersion, Instant planChangedAt, String pseudonyms, String cspName,
			LocalDate generated) {

	}

	static final int CAPACITY = 32;

	private final Map<Key, FutureTask<byte[]>> rendered = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<byte[]>> eldest) {
			return size() > CAPACITY;
		}

	};

	byte[] get(Key key, Supplier<byte[]> render) {
		FutureTask<byte[]> task;
		boolean mine = false;
		synchronized (this.rendered) {
			task = this.rendered.get(key);
			if (task == null) {
				task = new FutureTask<>(render::get);
				this.rendered.put(key, task);
				mine = true;
			}
		}
		if (mine) {
			task.run();
		}
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			forget(key, task);
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Could not render the annex", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the annex was rendered", ex);
		}
		catch (CancellationException ex) {
			forget(key, task);
			throw ex;
		}
	}

	int size() {
		synchronized (this.rendered) {
			return this.rendered.size();
		}
	}

	private void forget(Key key, FutureTask<byte[]> task) {
		synchronized (this.rendered) {
			this.rendered.remove(key, task);
		}
	}

}
