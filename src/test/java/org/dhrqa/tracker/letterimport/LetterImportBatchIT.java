package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back catalogue: a ZIP of letters becomes waiting rows of the queue, the background
 * job reads them (never the same letter twice, however many nodes claim at once), the
 * progress page counts them, and ZIPs that hold too much are refused whole.
 */
@IntegrationTest
class LetterImportBatchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportQueue queue;

	@Autowired
	LetterImportRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	RequestPostProcessor secretariat;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.secretariat = this.users.as(DemoUsers.SECRETARIAT);
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private String upload(byte[] zip) throws Exception {
		return this.mvc
			.perform(multipart("/letter-imports/batch")
				.file(new MockMultipartFile("files", "letters.zip", "application/zip", zip))
				.with(csrf())
				.with(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aZipOfLettersIsQueuedReadInTheBackgroundAndWaitsForAPerson() throws Exception {
		String seed = SeedLetterTests.seed();
		byte[] archive = zip(Map.of("2024/salome.txt", seed.getBytes(StandardCharsets.UTF_8), "../../etc/salome.docx",
				LetterFixtures.docx(seed), "__MACOSX/._salome.txt", new byte[] { 0, 5 }, "notes/photo.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 }));
		String location = upload(archive);
		assertThat(location).startsWith("/letter-imports/batches/");
		UUID batch = UUID.fromString(location.substring("/letter-imports/batches/".length()));
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select filename, status from letter_import where batch_id = ? order by filename", batch);
		assertThat(rows).extracting((row) -> row.get("filename"))
			.containsExactly("photo.png", "salome.docx", "salome.txt");

		// before the job runs: progress counts nothing read, and the page can be
		// refreshed
		// without JavaScript
		Document progress = Pages.parse(this.mvc.perform(get(location).with(this.secretariat)).andReturn());
		assertThat(progress.select("a[href=" + location + "]")).isNotEmpty();
		assertThat(progress.select("[data-progress-url]")).isNotEmpty();

		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline && this.jdbc.queryForObject(
				"select count(*) from letter_import where batch_id = ? and status = 'QUEUED'", Integer.class,
				batch) > 0) {
			this.queue.readNext();
		}
		Map<String, String> statuses = Map
			.copyOf(this.jdbc.queryForList("select filename, status from letter_import where batch_id = ?", batch)
				.stream()
				.collect(java.util.stream.Collectors.toMap((row) -> (String) row.get("filename"),
						(row) -> (String) row.get("status"))));
		assertThat(statuses).containsEntry("salome.txt", "PARSED")
			.containsEntry("salome.docx", "PARSED")
			.containsEntry("photo.png", "FAILED");
		assertThat(this.jdbc
			.queryForList("select count(*) from letter_import_item i join letter_import l on l.id = i.import_id "
					+ "where l.batch_id = ? group by l.id", Integer.class, batch))
			.containsOnly(7);
		Long kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		assertThat(this.jdbc.queryForList("select csp_id from letter_import where batch_id = ? and status = 'PARSED'",
				Long.class, batch))
			.containsOnly(kent);

		this.mvc.perform(get(location + "/progress").with(this.secretariat))
			.andExpect(jsonPath("$.read").value(3))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.text").value("3 of 3 letters read"));
		Document done = Pages.parse(this.mvc.perform(get(location).with(this.secretariat)).andReturn());
		assertThat(done.select("[data-progress-url]")).isEmpty();
		assertThat(done.text()).contains("Ready to check", "Could not be read");
		assertThat(Pages.parse(this.mvc.perform(get("/letter-imports").with(this.secretariat)).andReturn()).text())
			.contains("salome.docx");
		// nothing is tracked until a person confirms
		assertThat(this.jdbc.queryForObject(
				"select count(*) from letter_import where batch_id = ? and letter_id " + "is not null", Integer.class,
				batch))
			.isZero();
	}

	@Test
	void aZipThatUnpacksToTooMuchIsRefusedWhole() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("bomb.txt"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < BatchUploads.MAX_UNCOMPRESSED_MB + 5; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).as("the bomb is small").isLessThan(2 * 1024 * 1024);
		int before = this.jdbc.queryForObject("select count(*) from letter_import", Integer.class);
		Document page = Pages.parse(
				this.mvc
					.perform(multipart("/letter-imports/batch")
						.file(new MockMultipartFile("files", "bomb.zip", "application/zip", out.toByteArray()))
						.with(csrf())
						.with(this.secretariat))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(page,
				"The ZIP files must hold 200 MB or less once unpacked. Split them into smaller uploads");
		assertThat(this.jdbc.queryForObject("select count(*) from letter_import", Integer.class)).isEqualTo(before);
	}

	@Test
	void aZipOfTooManyFilesIsRefusedWhole() throws Exception {
		Map<String, byte[]> entries = new java.util.HashMap<>();
		for (int i = 0; i <= BatchUploads.MAX_LETTERS; i++) {
			entries.put("letter-" + i + ".txt", "Dear Chair,".getBytes(StandardCharsets.UTF_8));
		}
		Document page = Pages.parse(
				this.mvc
					.perform(multipart("/letter-imports/batch")
						.file(new MockMultipartFile("files", "many.zip", "application/zip", zip(entries)))
						.with(csrf())
						.with(this.secretariat))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(page, "The upload must hold 200 letters or fewer. Split it into smaller uploads");
	}

	@Test
	void onlyTheSecretariatUploadsTheBackCatalogue() throws Exception {
		this.mvc.perform(get("/letter-imports/batch").with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/letter-imports/batch")
				.file(new MockMultipartFile("files", "a.txt", "text/plain", "Dear Chair,".getBytes()))
				.with(csrf())
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/letter-imports/batch")
				.file(new MockMultipartFile("files", "a.txt", "text/plain", "Dear Chair,".getBytes()))
				.with(this.secretariat))
			.andExpect(status().isForbidden());
	}

	@Test
	void twoNodesClaimingAtOnceNeverTakeTheSameLetter() throws Exception {
		Long user = this.jdbc.queryForObject("select id from app_user where email = 'secretariat@example.org'",
				Long.class);
		UUID batch = UUID.randomUUID();
		// enough rows that the scheduled poller, which may be claiming too, cannot take
		// them
		// all in between
		for (int i = 0; i < 10; i++) {
			this.jdbc.update("insert into letter_import (status, batch_id, uploaded_by_user_id, uploaded_by_name, "
					+ "filename) values ('QUEUED', ?, ?, 'Sam Okafor', ?)", batch, user, "claim-" + i + ".txt");
		}
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstClaimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = nodes.submit(() -> transaction.execute((status) -> {
				Long id = this.repository.claimNextQueued().map(LetterImport::getId).orElse(null);
				firstClaimed.countDown();
				await(release);
				return id;
			}));
			assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Long> second = nodes.submit(() -> transaction
				.execute((status) -> this.repository.claimNextQueued().map(LetterImport::getId).orElse(null)));
			Long secondId = second.get(10, TimeUnit.SECONDS);
			release.countDown();
			Long firstId = first.get(10, TimeUnit.SECONDS);
			assertThat(firstId).isNotNull();
			assertThat(secondId).isNotNull();
			assertThat(secondId).as("the second claim skips the row the first holds").isNotEqualTo(firstId);
		}
		finally {
			release.countDown();
			nodes.shutdownNow();
			this.jdbc.update("update letter_import set status = 'DISCARDED' where batch_id = ?", batch);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
