package org.dhrqa.tracker.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.dhrqa.tracker.DhrQaTrackerApplication;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.TestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how fast search and the header's unread count are at national scale: 300 CSPs,
 * 5,000 reviews, 50,000 feedback items (most answered), 30,000 comments and 250,000
 * notifications, on the embedded PostgreSQL. Not a test: run it by hand and compare the
 * figures (it also prints the query plans, to show the GIN indexes at work).
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.dhrqa.tracker.search.SearchScaleBenchmark
 * </pre>
 */
public final class SearchScaleBenchmark {

	private static final String WORDS = "chronology agency police health housing referral assessment risk "
			+ "family victim perpetrator children safeguarding marac idva gp mental substance alcohol coercive "
			+ "control stalking harassment contact disclosure clare law probation court injunction refuge hospital "
			+ "ambulance school education social care adult services panel recommendation action plan training "
			+ "learning equality diversity culture language interpreter faith immigration economic abuse isolation "
			+ "neighbour friend employer pregnancy midwife counselling suicide self harm threats weapon strangulation "
			+ "missed opportunity multi partnership information sharing professional curiosity escalation "
			+ "supervision pseudonym anonymisation redaction paragraph executive summary terms reference timeline "
			+ "analysis findings conclusions glossary appendix";

	private SearchScaleBenchmark() {
	}

	public static void main(String[] args) {
		TestDatabase database = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(DhrQaTrackerApplication.class,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--dhr.demo-data=false",
				"--dhr.scheduling.enabled=false", "--server.port=0", "--logging.level.root=WARN");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long start = System.nanoTime();
			fill(jdbc);
			System.out.printf("filled in %d s: %d reviews, %d items, %d comments, %d notifications%n",
					(System.nanoTime() - start) / 1_000_000_000, count(jdbc, "review"), count(jdbc, "feedback_item"),
					count(jdbc, "feedback_item_event"), count(jdbc, "notification"));
			Search search = app.getBean(Search.class);
			UserDetailsService users = app.getBean(UserDetailsService.class);
			SignedInUser secretariat = (SignedInUser) users.loadUserByUsername("sec1@example.org");
			SignedInUser csp = (SignedInUser) users.loadUserByUsername("staff7@example.org");
			for (String words : List.of("strangulation", "police referral", "\"professional curiosity\"",
					"chronology -glossary", "Rosalind")) {
				time("search \"" + words + "\" as the secretariat",
						() -> search.find(words, secretariat, 0).getTotalElements());
				time("search \"" + words + "\" as a CSP person", () -> search.find(words, csp, 0).getTotalElements());
			}
			for (SearchProvider provider : app.getBeansOfType(SearchProvider.class).values()) {
				time("  of which " + provider.getClass().getSimpleName() + " \"strangulation\" as the secretariat",
						() -> provider.search(new SearchQuery("strangulation"), secretariat, 20).total());
			}
			time("the round trip of \"select 1\" (a yardstick for the load)",
					() -> jdbc.queryForObject("select 1", Integer.class));
			time("search \"police\" page 10 as the secretariat",
					() -> search.find("police", secretariat, 9).getNumberOfElements());
			Long busiest = jdbc.queryForObject(
					"select user_id from notification group by user_id order by count(*) desc limit 1", Long.class);
			TransactionTemplate readOnly = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			readOnly.setReadOnly(true);
			time("unread count as before: counted, in a read-only transaction",
					() -> readOnly.execute((status) -> jdbc.queryForObject(
							"select count(*) from notification where user_id = ? and read_at is null", Long.class,
							busiest)));
			time("unread count now: one row by its key, no transaction", () -> jdbc
				.queryForObject("select unread from notification_inbox where user_id = ?", Long.class, busiest));
			explain(jdbc,
					"with q as (select websearch_to_tsquery('english', 'strangulation') as query) "
							+ "select i.id, ts_rank(i.text_search, q.query) as rank from feedback_item i cross join q "
							+ "where i.text_search @@ q.query and i.status <> 'WITHDRAWN' order by rank desc limit 20");
			explain(jdbc, "with q as (select websearch_to_tsquery('english', 'strangulation') as query) "
					+ "select i.id, ts_rank(i.text_search, q.query) as rank from feedback_item i cross join q "
					+ "where i.text_search @@ q.query and i.status not in ('WITHDRAWN', 'DRAFT') and i.review_id = any ('"
					+ jdbc.queryForObject("select array_agg(id)::text from review where csp_id = ?", String.class,
							csp.cspId())
					+ "'::bigint[]) order by rank desc limit 20");
			explain(jdbc, "select count(*) from feedback_item_event e where e.event_type = 'COMMENTED' "
					+ "and to_tsvector('english', coalesce(e.text, '')) @@ websearch_to_tsquery('english', 'police')");
			explain(jdbc, "select r.id from review r where r.search_vector @@ websearch_to_tsquery('english', "
					+ "'Rosalind')");
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			app.close();
			System.exit(1);
		}
		app.close();
		System.exit(0);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** Median of 25 runs after 5 to warm up. */
	private static void time(String what, Supplier<Object> work) {
		for (int i = 0; i < 5; i++) {
			work.get();
		}
		List<Long> micros = new ArrayList<>();
		Object result = null;
		for (int i = 0; i < 25; i++) {
			long start = System.nanoTime();
			result = work.get();
			micros.add((System.nanoTime() - start) / 1000);
		}
		Collections.sort(micros);
		System.out.printf("%-60s median %6.2f ms, worst %6.2f ms (%s)%n", what, micros.get(12) / 1000.0,
				micros.get(24) / 1000.0, result);
	}

	private static void explain(JdbcTemplate jdbc, String sql) {
		System.out.println();
		jdbc.queryForList("explain (analyze, costs off) " + sql, String.class).forEach(System.out::println);
	}

	private static void fill(JdbcTemplate jdbc) {
		String words = "'{" + String.join(",", WORDS.split(" ")) + "}'::text[]";
		// s * 0 ties the aggregate to the inner query, so each row gets its own sentence
		String sentence = "(select string_agg(w[1 + floor(random() * array_length(w, 1))::int + s * 0], ' ') "
				+ "from generate_series(1, 12 + (g % 20)) s where g >= 0)";
		jdbc.execute("create temporary table words as select " + words + " as w");
		jdbc.execute("insert into csp (name, area) select 'CSP ' || g, 'Area ' || g from generate_series(1, 300) g");
		jdbc.execute("insert into app_user (email, name, role, csp_id, password_hash) select 'staff' || g || "
				+ "'@example.org', 'Staff ' || g, 'CSP_STAFF', (select min(id) from csp) + g % 300, '{noop}x' "
				+ "from generate_series(1, 1900) g");
		jdbc.execute("insert into app_user (email, name, role, password_hash) select 'sec' || g || '@example.org', "
				+ "'Secretariat ' || g, 'QA_SECRETARIAT', '{noop}x' from generate_series(1, 100) g");
		jdbc.execute("insert into review (csp_id, reference, victim_pseudonyms, chair_name, review_type, stage) "
				+ "select (select min(id) from csp) + g % 300, 'REF-' || g, (array['Rosalind','Ahmed','Tessa','Iris',"
				+ "'June','Nora','Omar','Petra'])[1 + g % 8] || ' ' || g, 'Chair ' || g, 'HOMICIDE', 'FEEDBACK_ISSUED' "
				+ "from generate_series(1, 5000) g");
		jdbc.execute("insert into panel_meeting (meeting_date) select date '2010-01-06' + 7 * g "
				+ "from generate_series(1, 400) g");
		jdbc.execute("insert into panel_letter (review_id, meeting_id, status, letter_date, letterhead, "
				+ "addressee_name, salutation, opening, outcome, outcome_text, list_heading, publication_instructions, "
				+ "closing, sign_off, issued_at) select r.id, (select min(id) from panel_meeting) + r.id % 400, "
				+ "'ISSUED', date '2024-08-07', 'x', 'x', 'x', 'x', 'APPROVED_SUBJECT_TO_CHANGES', 'x', 'x', 'x', "
				+ "'x', 'x', now() from review r where r.reference like 'REF-%'");
		jdbc.execute("insert into feedback_item (letter_id, review_id, number, text, category, status, "
				+ "response_text) select l.id, l.review_id, g / 5000 + 1, " + sentence + ", 'OTHER', "
				+ "(array['OPEN','RESPONDED','ACCEPTED','ACCEPTED','RETURNED'])[1 + g % 5], "
				+ "case when g % 5 = 0 then null else " + sentence + " end from words, generate_series(0, 49999) g "
				+ "join panel_letter l on l.id = (select min(id) from panel_letter) + g % 5000");
		jdbc.execute("insert into feedback_item_event (item_id, event_type, actor_name, text) select "
				+ "(select min(id) from feedback_item) + g % 50000, 'COMMENTED', 'Staff', " + sentence
				+ " from words, generate_series(1, 30000) g");
		jdbc.execute("insert into notification (user_id, kind, subject, body, link, read_at) select "
				+ "case when g % 5 < 4 then (select min(id) from app_user where role = 'QA_SECRETARIAT') + g % 100 "
				+ "else (select min(id) from app_user) + g % 1900 end, 'ITEM_RESPONDED', 'Response ' || g, 'Body', "
				+ "'/items', case when g % 3 = 0 then now() end from generate_series(1, 250000) g");
		jdbc.execute("insert into notification_inbox (user_id, unread, total) select user_id, count(*) filter "
				+ "(where read_at is null), count(*) from notification group by user_id on conflict (user_id) do "
				+ "update set unread = excluded.unread, total = excluded.total");
		jdbc.execute("analyze");
	}

}
