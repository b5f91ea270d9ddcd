package org.dhrqa.tracker.letterimport;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.document.StoredFiles;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the back catalogue in the background. The import table is the queue: each app
 * node claims the oldest waiting letter with {@code FOR UPDATE SKIP LOCKED} and reads it
 * inside the same transaction, so no two nodes ever read the same letter, and a node that
 * dies mid-letter leaves it waiting for the next.
 */
@Component
class ImportQueue {

	/** Letters read in one turn before the poller lets other work in. */
	static final int PER_TURN = 50;

	private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

	private final LetterImportRepository repository;

	private final LetterReader reader;

	private final LetterImports imports;

	private final StoredFiles files;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ImportQueue(LetterImportRepository repository, LetterReader reader, LetterImports imports, StoredFiles files,
			PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.reader = reader;
		this.imports = imports;
		this.files = files;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dhr.letter-import.poll-interval:PT3S}", initialDelayString = "PT5S")
	void poll() {
		int read = 0;
		while (read < PER_TURN && readNext()) {
			read++;
		}
		if (read > 0) {
			log.info("Read {} imported letter(s)", read);
		}
	}

	/**
	 * Reads the oldest waiting letter; false when none is waiting (or all are claimed).
	 */
	boolean readNext() {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<LetterImport> next = this.repository.claimNextQueued();
			next.ifPresent(this::read);
			return next.isPresent();
		}));
	}

	private void read(LetterImport letterImport) {
		try {
			letterImport.parsed(this.reader.read(this.files.bytes(letterImport.getFileId())), this.clock.instant());
			this.imports.guessCsp(letterImport, null);
		}
		catch (UnreadableLetterException ex) {
			letterImport.failed(ex.reason().messageKey(), this.clock.instant());
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.warn("Could not read imported letter {}", letterImport.getId(), ex);
			letterImport.failed(UnreadableLetterException.Reason.BROKEN.messageKey(), this.clock.instant());
		}
	}

}
