package org.dhrqa.tracker.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.shared.database.DatabaseMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds demo data once: on an empty embedded database (the first
 * {@code ./mvnw spring-boot:run}), or on an empty external one when
 * {@code DHR_DEMO_DATA=true}. "Empty" means no user account, so a restart never seeds
 * twice. Written in SQL because it spans every module's tables at once, as a fixture, not
 * as a feature.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	private final DatabaseMode mode;

	private final String demoData;

	private boolean seededNow;

	DemoDataSeeder(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, DatabaseMode mode,
			@Value("${dhr.demo-data:}") String demoData) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.mode = mode;
		this.demoData = demoData;
	}

	boolean wanted() {
		if ("false".equalsIgnoreCase(this.demoData.trim())) {
			return false;
		}
		return this.mode == DatabaseMode.EMBEDDED || "true".equalsIgnoreCase(this.demoData.trim());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!wanted()) {
			return;
		}
		Long users = this.jdbc.queryForObject("select count(*) from app_user", Long.class);
		if (users != null && users > 0) {
			return;
		}
		seed();
		this.seededNow = true;
		log.info(
				"Seeded demo data. Sign in as kent@example.org, secretariat@example.org, manager@example.org, "
						+ "admin@example.org, kent.manager@example.org or devon@example.org with the password '{}'",
				DEMO_PASSWORD);
	}

	/** Whether this start seeded the demo data (so the documents are made for it too). */
	boolean seededNow() {
		return this.seededNow;
	}

	private void seed() {
		long kent = csp("Kent & Medway Community Safety Partnership", "Kent and Medway", "Sessions House",
				"County Hall", "Maidstone", "ME14 1XQ", "Cllr Clair Bell", "Chair, Kent Community Safety Partnership",
				"Kent County Council", "kentcsp@example.org");
		long devon = csp("Devon Community Safety Partnership", "Devon", "County Hall", "Topsham Road", "Exeter",
				"EX2 4QD", "Cllr Rachel Dyer", "Chair, Safer Devon Partnership", "Devon County Council",
				"saferdevon@example.org");
		long leeds = csp("Leeds Community Safety Partnership", "Leeds", "Civic Hall", "Calverley Street", "Leeds",
				"LS1 1UR", "Paul Hughes", "Chief Officer, Safer Leeds", "Leeds City Council", "saferleeds@example.org");
		long cardiff = csp("Cardiff Community Safety Partnership", "Cardiff", "County Hall", "Atlantic Wharf",
				"Cardiff", "CF10 4UW", "Sian Roberts", "Chair, Community Safety Partnership", "Cardiff Council",
				"cardiffcsp@example.org");

		user("admin@example.org", "Alex Morgan", "ADMINISTRATOR", null);
		long secretariat = user("secretariat@example.org", "Sam Okafor", "QA_SECRETARIAT", null);
		user("manager@example.org", "Priya Shah", "MANAGER", null);
		long kentStaff = user("kent@example.org", "Jo Williams", "CSP_STAFF", kent);
		user("kent.manager@example.org", "Chris Taylor", "CSP_MANAGER", kent);
		long devonStaff = user("devon@example.org", "Rhys Evans", "CSP_STAFF", devon);
		long leedsStaff = user("leeds@example.org", "Amira Begum", "CSP_STAFF", leeds);
		long cardiffStaff = user("cardiff@example.org", "Owen Price", "CSP_STAFF", cardiff);

		seedSalome(kent, kentStaff, secretariat);

		long ruth = review(devon, "DEV-DHR-2024-01", "Ruth", 1, 2024, "HOMICIDE", "Margaret Ellis", "Margaret Ellis",
				d(2024, 1, 29), d(2024, 2, 20), d(2024, 2, 23), d(2024, 4, 11), d(2024, 4, 2), d(2026, 10, 30), null,
				null, "SUBMITTED_TO_QA");
		pseudonym(ruth, 0, "Colin", "Perpetrator, Ruth's husband");
		pseudonym(ruth, 1, "Emma", "Ruth's daughter");
		stages(ruth, devonStaff, "Rhys Evans",
				new Object[][] { { null, "NOTIFIED", d(2024, 1, 29) }, { "NOTIFIED", "COMMISSIONED", d(2024, 2, 20) },
						{ "COMMISSIONED", "IN_PROGRESS", d(2024, 4, 11) },
						{ "IN_PROGRESS", "SUBMITTED_TO_QA", d(2026, 10, 30) } });

		long ben = review(devon, "DEV-DHR-2021-02", "Ben", 9, 2021, "SUICIDE", "David Clarke", "Fiona Grant",
				d(2021, 9, 20), d(2021, 10, 12), d(2021, 10, 14), d(2021, 12, 2), d(2021, 11, 22), d(2024, 3, 4),
				d(2025, 3, 14), "https://www.example.org/devon-csp/dhr/ben-2021", "MONITORING_ACTION_PLAN");
		pseudonym(ben, 0, "Lucy", "Ben's former partner");
		stages(ben, devonStaff, "Rhys Evans",
				new Object[][] { { null, "NOTIFIED", d(2021, 9, 20) }, { "NOTIFIED", "COMMISSIONED", d(2021, 10, 12) },
						{ "COMMISSIONED", "IN_PROGRESS", d(2021, 12, 2) },
						{ "IN_PROGRESS", "SUBMITTED_TO_QA", d(2024, 3, 4) },
						{ "SUBMITTED_TO_QA", "FEEDBACK_ISSUED", d(2024, 6, 5) },
						{ "FEEDBACK_ISSUED", "APPROVED_FOR_PUBLICATION", d(2024, 6, 5) },
						{ "APPROVED_FOR_PUBLICATION", "PUBLISHED", d(2025, 3, 14) },
						{ "PUBLISHED", "MONITORING_ACTION_PLAN", d(2025, 3, 14) } });
		seedBenLetterAndPlan(ben, devonStaff, secretariat);

		long jasmine = review(leeds, "LDS-DHR-2025-04", "Jasmine", 6, 2025, "HOMICIDE", "Anne Whitfield",
				"Anne Whitfield", d(2025, 6, 16), d(2025, 7, 8), d(2025, 7, 10), d(2025, 9, 3), d(2025, 8, 19), null,
				null, null, "IN_PROGRESS");
		pseudonym(jasmine, 0, "Marcus", "Perpetrator, Jasmine's partner");
		stages(jasmine, leedsStaff, "Amira Begum", new Object[][] { { null, "NOTIFIED", d(2025, 6, 16) },
				{ "NOTIFIED", "COMMISSIONED", d(2025, 7, 8) }, { "COMMISSIONED", "IN_PROGRESS", d(2025, 9, 3) } });

		long carys = review(cardiff, "CDF-DHR-2026-07", "Carys", 10, 2026, "OTHER", null, null, d(2026, 11, 3), null,
				null, null, null, null, null, null, "DECISION_PENDING");
		stages(carys, cardiffStaff, "Owen Price", new Object[][] { { null, "NOTIFIED", d(2026, 11, 3) },
				{ "NOTIFIED", "DECISION_PENDING", d(2026, 11, 10) } });

		long daniel = review(kent, "KM-DHR-2026-02", "Daniel", 5, 2026, "HOMICIDE", "Helen Marsh", "Helen Marsh",
				d(2026, 5, 18), d(2026, 6, 9), d(2026, 6, 11), null, null, null, null, null, "COMMISSIONED");
		pseudonym(daniel, 0, "Karen", "Perpetrator, Daniel's mother");
		stages(daniel, kentStaff, "Jo Williams",
				new Object[][] { { null, "NOTIFIED", d(2026, 5, 18) }, { "NOTIFIED", "COMMISSIONED", d(2026, 6, 9) } });
	}

	private void seedSalome(long kent, long kentStaff, long secretariat) {
		long salome = review(kent, "KM-DHR-2021-03", "Salome", 3, 2021, "HOMICIDE", "Helen Marsh", "Helen Marsh",
				d(2021, 3, 22), d(2021, 4, 14), d(2021, 4, 19), d(2021, 6, 10), d(2023, 6, 12), d(2024, 4, 26), null,
				null, "FEEDBACK_ISSUED");
		pseudonym(salome, 0, "Ahmed", "Perpetrator");
		stages(salome, kentStaff, "Jo Williams",
				new Object[][] { { null, "NOTIFIED", d(2021, 3, 22) }, { "NOTIFIED", "COMMISSIONED", d(2021, 4, 14) },
						{ "COMMISSIONED", "IN_PROGRESS", d(2021, 6, 10) },
						{ "IN_PROGRESS", "SUBMITTED_TO_QA", d(2024, 4, 26) } });
		this.jdbc.update(
				"insert into review_stage_change (review_id, from_stage, to_stage, effective_on, changed_by_user_id, "
						+ "changed_by_name, changed_at) values (?, 'SUBMITTED_TO_QA', 'FEEDBACK_ISSUED', ?, ?, ?, ?)",
				salome, d(2024, 8, 7), secretariat, "Sam Okafor", at(2024, 8, 7, 10, 30));

		long meeting = meeting(d(2024, 6, 19), salome);
		long letter = this.jdbc.queryForObject("insert into panel_letter (review_id, meeting_id, letter_version, "
				+ "status, letter_date, letterhead, addressee_name, addressee_role, addressee_organisation, "
				+ "addressee_address, salutation, opening, outcome, outcome_text, list_heading, "
				+ "publication_instructions, closing, sign_off, issued_at, issued_by_user_id, created_at, updated_at) "
				+ "values (?, ?, 1, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED_SUBJECT_TO_CHANGES', ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?) returning id", Long.class, salome, meeting, d(2024, 8, 7), SalomeLetter.LETTERHEAD,
				"Cllr Clair Bell", null, "Kent County Council", "Sessions House\nCounty Hall\nMaidstone\nME14 1XQ",
				"Dear Clair,", SalomeLetter.OPENING, SalomeLetter.OUTCOME, SalomeLetter.LIST_HEADING,
				SalomeLetter.PUBLICATION_INSTRUCTIONS, SalomeLetter.CLOSING, SalomeLetter.SIGN_OFF,
				at(2024, 8, 7, 10, 30), secretariat, at(2024, 7, 30, 9, 0), at(2024, 8, 7, 10, 30));
		for (int i = 0; i < SalomeLetter.STRENGTHS.size(); i++) {
			this.jdbc.update("insert into letter_strength (letter_id, position, text) values (?, ?, ?)", letter, i,
					SalomeLetter.STRENGTHS.get(i));
		}
		for (int i = 0; i < SalomeLetter.AREAS.size(); i++) {
			String[] area = SalomeLetter.AREAS.get(i);
			long item = this.jdbc.queryForObject("insert into feedback_item (letter_id, review_id, number, text, "
					+ "paragraph_ref, category, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) "
					+ "returning id", Long.class, letter, salome, i + 1, area[0], area[1], area[2],
					at(2024, 8, 7, 10, 30), at(2024, 8, 7, 10, 30));
			this.jdbc.update(
					"insert into feedback_item_event (item_id, event_type, actor_user_id, actor_name, "
							+ "occurred_at, to_status, text) values (?, 'OPENED', ?, 'Sam Okafor', ?, 'OPEN', ?)",
					item, secretariat, at(2024, 8, 7, 10, 30), "Issued in the QA Panel letter of 7 August 2024");
		}
	}

	private void seedBenLetterAndPlan(long ben, long devonStaff, long secretariat) {
		long meeting = meeting(d(2024, 4, 24), ben);
		this.jdbc.update("insert into panel_letter (review_id, meeting_id, letter_version, status, letter_date, "
				+ "letterhead, addressee_name, addressee_role, addressee_organisation, addressee_address, salutation, "
				+ "opening, outcome, outcome_text, list_heading, publication_instructions, closing, sign_off, "
				+ "issued_at, issued_by_user_id, created_at, updated_at) values (?, ?, 1, 'ISSUED', ?, ?, ?, ?, ?, ?, "
				+ "?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?)", ben, meeting, d(2024, 6, 5), SalomeLetter.LETTERHEAD,
				"Cllr Rachel Dyer", "Chair, Safer Devon Partnership", "Devon County Council",
				"County Hall\nTopsham Road\nExeter\nEX2 4QD", "Dear Rachel,",
				"Thank you for submitting the Domestic Homicide Review (DHR) report (Ben) for Devon Community Safety "
						+ "Partnership (CSP) to the Home Office Quality Assurance (QA) Panel. The report was considered "
						+ "at the QA Panel meeting on 24th April 2024.",
				"The QA Panel would like to thank you for this report. The Home Office is content that the DHR may be "
						+ "published.",
				"Areas for final development:", SalomeLetter.PUBLICATION_INSTRUCTIONS, SalomeLetter.CLOSING,
				SalomeLetter.SIGN_OFF, at(2024, 6, 5, 11, 0), secretariat, at(2024, 5, 28, 9, 0),
				at(2024, 6, 5, 11, 0));
		long letterId = this.jdbc.queryForObject("select id from panel_letter where review_id = ?", Long.class, ben);
		this.jdbc.update("insert into letter_strength (letter_id, position, text) values (?, 0, ?)", letterId,
				"The QA Panel found this a sensitive and well-evidenced review of Ben's death, which gives a clear "
						+ "voice to his family and examines how agencies responded to his disclosures of abuse.");

		long plan = this.jdbc.queryForObject(
				"insert into action_plan (review_id, created_at, updated_at) values (?, ?, ?) returning id", Long.class,
				ben, at(2025, 3, 14, 9, 0), at(2025, 11, 3, 9, 0));
		long rec1 = this.jdbc.queryForObject(
				"insert into recommendation (action_plan_id, position, number, text, "
						+ "scope, addressed_to) values (?, 0, '1', ?, 'LOCAL', ?) returning id",
				Long.class, plan,
				"GPs in Devon should routinely ask male patients who present with low mood about domestic abuse, "
						+ "including abuse they experience.",
				"Devon Integrated Care Board");
		long rec2 = this.jdbc.queryForObject(
				"insert into recommendation (action_plan_id, position, number, text, "
						+ "scope, addressed_to) values (?, 1, '2', ?, 'REGIONAL', ?) returning id",
				Long.class, plan,
				"Domestic abuse services in the South West should make their offer to male victims visible and "
						+ "accessible.",
				"South West domestic abuse commissioners");
		long a1 = action(rec1, 0, "Deliver routine enquiry training to all GP practices", "Devon Integrated Care Board",
				"Training package written and approved by the safeguarding lead", d(2025, 9, 30), d(2025, 9, 12),
				"Training delivered to 112 of 118 practices; the remaining six booked for January.", "COMPLETE");
		long a2 = action(rec1, 1, "Add a domestic abuse prompt to the primary care mental health template",
				"Devon Integrated Care Board", null, d(2026, 3, 31), null, null, "IN_PROGRESS");
		long a3 = action(rec2, 0, "Publish a male victims' pathway on every partner website in the region",
				"Safer Devon Partnership", null, d(2025, 12, 31), null, null, "NOT_STARTED");
		update(a1, d(2025, 5, 2), devonStaff, "Rhys Evans", "Training package drafted with the ICB safeguarding team.",
				"NOT_STARTED", "IN_PROGRESS");
		update(a1, d(2025, 9, 12), devonStaff, "Rhys Evans",
				"Training delivered to 112 of 118 practices; the remaining six are booked for January.", "IN_PROGRESS",
				"COMPLETE");
		update(a2, d(2025, 11, 3), devonStaff, "Rhys Evans",
				"Template change agreed with the clinical system supplier; release planned for February.",
				"NOT_STARTED", "IN_PROGRESS");
		update(a3, d(2025, 4, 10), devonStaff, "Rhys Evans",
				"Raised at the regional commissioners' meeting; an owner is still to be agreed.", null, null);
	}

	private long csp(String name, String area, String line1, String line2, String town, String postcode,
			String contactName, String contactRole, String contactOrganisation, String contactEmail) {
		return this.jdbc.queryForObject("insert into csp (name, area, address_line1, address_line2, town, postcode, "
				+ "contact_name, contact_role, contact_organisation, contact_email) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "returning id", Long.class, name, area, line1, line2, town, postcode, contactName, contactRole,
				contactOrganisation, contactEmail);
	}

	private long user(String email, String name, String role, Long cspId) {
		return this.jdbc.queryForObject(
				"insert into app_user (email, name, role, csp_id, password_hash) values (?, ?, ?, ?, ?) returning id",
				Long.class, email, name, role, cspId, this.passwordEncoder.encode(DEMO_PASSWORD));
	}

	private long review(long csp, String reference, String victim, Integer deathMonth, Integer deathYear, String type,
			String chair, String author, Date notified, Date decision, Date homeOffice, Date panelFirstMet,
			Date familyNotified, Date submitted, Date published, String url, String stage) {
		return this.jdbc.queryForObject("insert into review (csp_id, reference, victim_pseudonyms, death_month, "
				+ "death_year, review_type, chair_name, author_name, notified_on, decision_on, home_office_notified_on, "
				+ "panel_first_met_on, family_notified_on, submitted_to_qa_on, published_on, published_url, stage) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, csp, reference,
				victim, deathMonth, deathYear, type, chair, author, notified, decision, homeOffice, panelFirstMet,
				familyNotified, submitted, published, url, stage);
	}

	private void pseudonym(long review, int position, String pseudonym, String role) {
		this.jdbc.update("insert into review_pseudonym (review_id, position, pseudonym, role) values (?, ?, ?, ?)",
				review, position, pseudonym, role);
	}

	private void stages(long review, long userId, String userName, Object[][] steps) {
		for (Object[] step : steps) {
			Date effective = (Date) step[2];
			this.jdbc.update(
					"insert into review_stage_change (review_id, from_stage, to_stage, effective_on, "
							+ "changed_by_user_id, changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?)",
					review, step[0], step[1], effective, userId, userName,
					Timestamp.valueOf(effective.toLocalDate().atTime(9, 0)));
		}
	}

	private long meeting(Date date, long review) {
		long meeting = this.jdbc
			.queryForObject("insert into panel_meeting (meeting_date) values (?) on conflict (meeting_date) do update "
					+ "set meeting_date = excluded.meeting_date returning id", Long.class, date);
		this.jdbc.update("insert into panel_meeting_review (meeting_id, review_id) values (?, ?)", meeting, review);
		return meeting;
	}

	private long action(long recommendation, int position, String text, String lead, String milestones, Date target,
			Date completed, String outcome, String status) {
		return this.jdbc.queryForObject(
				"insert into plan_action (recommendation_id, position, action_text, "
						+ "lead_agency, key_milestones, target_date, completed_on, completion_outcome, status) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
				Long.class, recommendation, position, text, lead, milestones, target, completed, outcome, status);
	}

	private void update(long action, Date date, long author, String authorName, String text, String from, String to) {
		this.jdbc.update(
				"insert into implementation_update (action_id, update_date, author_user_id, author_name, "
						+ "text, status_from, status_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				action, date, author, authorName, text, from, to, Timestamp.valueOf(date.toLocalDate().atTime(12, 0)));
	}

	private static Date d(int year, int month, int day) {
		return Date.valueOf(LocalDate.of(year, month, day));
	}

	private static Timestamp at(int year, int month, int day, int hour, int minute) {
		return Timestamp.from(LocalDateTime.of(year, month, day, hour, minute).atZone(UK).toInstant());
	}

}
