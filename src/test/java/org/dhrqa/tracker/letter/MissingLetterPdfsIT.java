package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued letters that came without their PDF get it at start-up. Two nodes starting at
 * the same moment both look for them: each letter gets one PDF, and neither node fails
 * (one of two apps started together on a fresh database stopped with an optimistic-lock
 * failure here).
 */
@IntegrationTest
class MissingLetterPdfsIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LetterIssuing issuing;

	@Test
	void twoNodesStartingTogetherEachLetterGetsOnePdfAndNeitherFails() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		List<Long> letters = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Long review = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-PDF"), "Nell",
					LocalDate.of(2024, 2, 1), kent);
			fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), kent);
			LocalDate meeting = LocalDate.of(2036, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
			letters.add(fixtures.letters.issued(review, meeting, List.of("Anonymise the employer."), secretariat));
		}
		// as an imported or seeded letter arrives: issued, with no PDF kept
		for (Long letter : letters) {
			this.jdbc.update("update panel_letter set issued_file_id = null where id = ?", letter);
		}
		List<Integer> filesBefore = letters.stream().map(this::pdfsNamedFor).toList();

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				runs.add(nodes.submit(() -> {
					start.await();
					return this.issuing.storeMissingPdfs();
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}

		for (int i = 0; i < letters.size(); i++) {
			Long letter = letters.get(i);
			Long file = this.jdbc.queryForObject("select issued_file_id from panel_letter where id = ?", Long.class,
					letter);
			assertThat(file).as("letter %d has its PDF", letter).isNotNull();
			assertThat(pdfsNamedFor(letter)).as("letter %d's PDF made once", letter).isEqualTo(filesBefore.get(i) + 1);
		}
	}

	private int pdfsNamedFor(Long letter) {
		return this.jdbc.queryForObject("select count(*) from stored_file where filename = ?", Integer.class,
				"qa-panel-letter-" + letter + "-v1.pdf");
	}

}
