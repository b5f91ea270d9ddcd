package org.dhrqa.tracker.report;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs {@link TextExtraction} on one background thread per app node: straight after an
 * upload is committed, and every few seconds for anything else waiting (versions from
 * before this feature, or one whose node stopped). One thread, so reading a 300-page
 * report never takes more than one core from the people using the service.
 */
@Component
class TextExtractionPoller {

	private static final Logger log = LoggerFactory.getLogger(TextExtractionPoller.class);

	private final TextExtraction extraction;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "report-text");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	TextExtractionPoller(TextExtraction extraction) {
		this.extraction = extraction;
	}

	@Scheduled(fixedDelayString = "${dhr.report.text-poll-interval:PT5S}", initialDelayString = "PT3S")
	void poll() {
		wake();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ReportVersionUploaded uploaded) {
		wake();
	}

	/** Asks the worker to drain the queue, unless it has already been asked. */
	void wake() {
		if (this.queued.compareAndSet(false, true)) {
			this.worker.execute(() -> {
				this.queued.set(false);
				try {
					this.extraction.drain();
				}
				catch (RuntimeException ex) {
					log.error("Reading report texts stopped; it is tried again at the next poll", ex);
				}
			});
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
