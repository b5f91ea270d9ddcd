package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Imports within limits: a file too big or too long is refused with a field message, and
 * a large legitimate one runs in the background, in batches, with its progress shown,
 * never applied twice however many workers poll.
 */
@IntegrationTest
class PlanImportLimitsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlanImports imports;

	@Autowired
	PlanImportWorker worker;

	@Autowired
	PlanImportStore store;

	@Autowired
	TransactionTemplate transactions;

	Fixtures fixtures;

	SignedInUser kent;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
	}

	private long newReview() {
		return this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-BIG"), "Nell",
				LocalDate.of(2024, 3, 1), this.kent);
	}

	/** A plan of {@code rows} actions under ten recommendations. */
	private static byte[] rows(int rows) {
		List<String> lines = new ArrayList<>();
		lines.add(PlanUploads.headings());
		for (int i = 0; i < rows; i++) {
			int rec = i % 10 + 1;
			lines.add(rec + ". Recommendation " + rec + ",Local,Action " + i + ",Kent Police,,31/3/2027,");
		}
		return PlanUploads.csv(lines.toArray(String[]::new));
	}

	@Test
	void aFileTooBigOrTooLongIsRefusedWithAFieldMessage() throws Exception {
		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, user(this.kent));
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		Document tooBig = uploads.upload(review, "plan.csv", big);
		Pages.assertErrors(tooBig, "The file must be smaller than 2 MB");
		Pages.assertInlineError(tooBig, "planFile", "The file must be smaller than 2 MB");

		Document tooLong = uploads.upload(review, "plan.csv", rows(2001));
		Pages.assertErrors(tooLong,
				"The file has more than 2,000 rows of actions. Split it into files of 2,000 rows or fewer");
		assertThat(actionCount(review)).isZero();
	}

	@Test
	void aLargeImportRunsInTheBackgroundInBatchesWithItsProgressShown() throws Exception {
		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, user(this.kent));
		Document preview = uploads.upload(review, "big plan.csv", rows(250));
		assertThat(preview.select("tbody tr")).hasSize(PlanImportController.ROWS_SHOWN);
		assertThat(preview.text()).contains("50 more rows are ready to import and not listed here.");

		MvcResult confirmed = uploads.confirm(review, null);
		assertThat(confirmed.getResponse().getRedirectedUrl())
			.isEqualTo("/reviews/" + review + "/action-plan/import/progress");
		Document progress = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan/import/progress").with(user(this.kent)))
				.andReturn());
		assertThat(Pages.h1(progress)).isEqualTo("Importing the action plan");
		assertThat(progress.text()).contains("big plan.csv");
		assertThat(progress.select("script[src]").eachAttr("src")).contains("/js/refresh-while-waiting.mjs");
		assertThat(progress.select("script:not([src])")).isEmpty();

		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(importStatus(review)));
		assertThat(actionCount(review)).isEqualTo(250);
		Document done = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan/import/progress").with(user(this.kent)))
				.andReturn());
		assertThat(done.text()).contains("The import of big plan.csv has finished: 250 added, 0 updated");
		assertThat(done.select("[data-refresh-while-waiting]")).isEmpty();
	}

	@Test
	void workersPollingTogetherNeverApplyABatchTwice() throws Exception {
		long review = newReview();
		queue(review, 400);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				workers.add(pool.submit(() -> {
					while (this.worker.runOneBatch()) {
						// as an app node's poller does
					}
				}));
			}
			for (Future<?> running : workers) {
				running.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(importStatus(review)));
		assertThat(actionCount(review)).isEqualTo(400);
		assertThat(this.jdbc.queryForMap("select added, next_row from plan_import where review_id = ?", review))
			.containsEntry("added", 400)
			.containsEntry("next_row", 400);
	}

	@Test
	void aClaimedImportIsSkippedByOtherClaimsNotWaitedFor() throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			for (int attempt = 0; attempt < 5; attempt++) {
				queue(newReview(), 600);
				queue(newReview(), 600);
				AtomicReference<Long> held = new AtomicReference<>();
				CountDownLatch claimed = new CountDownLatch(1);
				CountDownLatch release = new CountDownLatch(1);
				Future<?> holder = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
					held.set(this.store.claimNext());
					claimed.countDown();
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
				claimed.await(30, TimeUnit.SECONDS);
				long started = System.nanoTime();
				Long other = this.transactions.execute((status) -> this.store.claimNext());
				long waitedMillis = (System.nanoTime() - started) / 1_000_000;
				release.countDown();
				holder.get(30, TimeUnit.SECONDS);
				if (held.get() != null) {
					assertThat(other).isNotEqualTo(held.get());
					assertThat(waitedMillis).isLessThan(5_000);
					return;
				}
			}
			throw new AssertionError("The background worker took every import before the test could claim one");
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void queue(long review, int rows) {
		PlanImports.Check check = this.imports.check(review, new ByteArrayInputStream(rows(rows)), "plan.csv",
				this.kent);
		assertThat(this.imports.confirm(check.importId(), review, null, false, this.kent).outcome())
			.isEqualTo(PlanImports.Outcome.QUEUED);
	}

	private String importStatus(long review) {
		return this.jdbc.queryForObject("select status from plan_import where review_id = ? order by id desc limit 1",
				String.class, review);
	}

	private int actionCount(long review) {
		return this.jdbc.queryForObject(
				"select count(*) from plan_action a join recommendation r on r.id = "
						+ "a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ?",
				Integer.class, review);
	}

}
