package org.dhrqa.tracker.letter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, issued letters without their PDF (imported, or seeded) get it made and
 * kept, once.
 */
@Component
@Order(20)
class MissingLetterPdfs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MissingLetterPdfs.class);

	private final LetterIssuing letters;

	MissingLetterPdfs(LetterIssuing letters) {
		this.letters = letters;
	}

	@Override
	public void run(ApplicationArguments args) {
		int stored = this.letters.storeMissingPdfs();
		if (stored > 0) {
			log.info("Stored the PDF of {} issued letter(s) that had none", stored);
		}
	}

}
