package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspDetails;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's statement, built as text from the filters: each filter, the search (with
 * its wildcards taken literally), every order in both directions, the person's scope and
 * the counts of a page. Each case names a token only its own reviews carry, so reviews
 * other tests leave behind do not count.
 */
@IntegrationTest
class RegisterStatementIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reviews reviews;

	@Autowired
	Csps csps;

	@Autowired
	JdbcTemplate jdbc;

	private SignedInUser secretariat;

	private SignedInUser kent;

	private String token;

	private Long zCsp;

	private Long aCsp;

	private Long first;

	private Long second;

	private Long third;

	private Long fourth;

	@BeforeEach
	void fourReviewsInTwoCspsAndKent() {
		Fixtures fixtures = new Fixtures(this.context);
		this.secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		this.kent = fixtures.user(DemoUsers.KENT);
		this.token = Fixtures.unique("Q").replace("-", "");
		this.zCsp = csp("Zz " + this.token);
		this.aCsp = csp("Aa " + this.token);
		this.first = fixtures.reviews.register(this.zCsp, this.token + "-B", "Bea", LocalDate.of(2021, 12, 31),
				this.secretariat);
		this.second = fixtures.reviews.register(this.zCsp, this.token + "-a", "Cal", LocalDate.of(2022, 1, 1),
				this.secretariat);
		this.third = fixtures.reviews.register(this.aCsp, this.token + "-C_1", "Ann", LocalDate.of(2020, 6, 1),
				this.secretariat);
		this.fourth = fixtures.reviews.register(this.kent.cspId(), this.token + "-d%", "Dot " + this.token,
				LocalDate.of(2022, 6, 1), this.secretariat);
		// through the review module, so the dashboard's row follows (a stage set in SQL
		// would leave it behind for the tests after this one)
		fixtures.reviews.submitToQa(this.fourth, LocalDate.of(2022, 7, 1), this.kent);
		this.jdbc.update("update review set updated_at = now() - interval '1 day' * (5 - ?) where id = ?", 1,
				this.first);
		this.jdbc.update("update review set updated_at = now() - interval '1 day' * (5 - ?) where id = ?", 2,
				this.second);
		this.jdbc.update("update review set updated_at = now() - interval '1 day' * (5 - ?) where id = ?", 3,
				this.third);
		this.jdbc.update("update review set updated_at = now() - interval '1 day' * (5 - ?) where id = ?", 4,
				this.fourth);
	}

	@Test
	void searchesReferencesAndPseudonymsWhateverTheirCase() {
		assertThat(ids(query(null, null, null, this.token.toLowerCase(), null, null), this.secretariat))
			.containsExactly(this.fourth, this.third, this.second, this.first);
		assertThat(ids(query(null, null, null, "dot " + this.token.toUpperCase(), null, null), this.secretariat))
			.containsExactly(this.fourth);
	}

	@Test
	void takesWildcardsInTheSearchLiterally() {
		assertThat(ids(query(null, null, null, this.token + "-C_", null, null), this.secretariat))
			.containsExactly(this.third);
		assertThat(ids(query(null, null, null, this.token + "-_", null, null), this.secretariat)).isEmpty();
		assertThat(ids(query(null, null, null, this.token + "-d%", null, null), this.secretariat))
			.containsExactly(this.fourth);
		assertThat(ids(query(null, null, null, this.token + "%", null, null), this.secretariat)).isEmpty();
	}

	@Test
	void filtersByCspStageAndYearWithTheYearsEdges() {
		assertThat(ids(query(this.zCsp, null, null, this.token, null, null), this.secretariat))
			.containsExactly(this.second, this.first);
		assertThat(ids(query(null, ReviewStage.SUBMITTED_TO_QA, null, this.token, null, null), this.secretariat))
			.containsExactly(this.fourth);
		assertThat(ids(query(null, null, 2021, this.token, null, null), this.secretariat)).containsExactly(this.first);
		assertThat(ids(query(null, null, 2022, this.token, null, null), this.secretariat)).containsExactly(this.fourth,
				this.second);
		assertThat(ids(query(this.kent.cspId(), ReviewStage.SUBMITTED_TO_QA, 2022, this.token, null, null),
				this.secretariat))
			.containsExactly(this.fourth);
		assertThat(ids(query(this.zCsp, ReviewStage.SUBMITTED_TO_QA, null, this.token, null, null), this.secretariat))
			.isEmpty();
	}

	@Test
	void aCspPersonSeesTheirOwnCspWhateverTheFilterSays() {
		assertThat(ids(query(null, null, null, this.token, null, null), this.kent)).containsExactly(this.fourth);
		assertThat(ids(query(this.zCsp, null, null, this.token, null, null), this.kent)).isEmpty();
	}

	@Test
	void ordersByEachKeyBothWays() {
		assertThat(ids(query(null, null, null, this.token, "reference", "asc"), this.secretariat))
			.containsExactly(this.second, this.first, this.third, this.fourth);
		assertThat(ids(query(null, null, null, this.token, "reference", "desc"), this.secretariat))
			.containsExactly(this.fourth, this.third, this.first, this.second);
		assertThat(ids(query(null, null, null, this.token, "pseudonym", null), this.secretariat))
			.containsExactly(this.third, this.first, this.second, this.fourth);
		assertThat(ids(query(null, null, null, this.token, "notified", null), this.secretariat))
			.containsExactly(this.fourth, this.second, this.first, this.third);
		assertThat(ids(query(null, null, null, this.token, "notified", "asc"), this.secretariat))
			.containsExactly(this.third, this.first, this.second, this.fourth);
		assertThat(ids(query(null, null, null, this.token, "updated", "asc"), this.secretariat))
			.containsExactly(this.first, this.second, this.third, this.fourth);
		assertThat(ids(query(null, null, null, this.token, "stage", null), this.secretariat))
			.containsExactly(this.third, this.second, this.first, this.fourth);
	}

	@Test
	void ordersByCspNameNotByNumber() {
		Long kentCsp = this.kent.cspId();
		List<Long> byCsp = ids(query(null, null, null, this.token, "csp", "asc"), this.secretariat);
		// "Aa …" before "Kent …" before "Zz …"; within a CSP the newest id first
		assertThat(byCsp).containsExactly(this.third, this.fourth, this.second, this.first);
		assertThat(this.csps.namesById().get(kentCsp)).startsWith("K");
		assertThat(ids(query(null, null, null, this.token, "csp", "desc"), this.secretariat))
			.containsExactly(this.second, this.first, this.fourth, this.third);
	}

	@Test
	void countsThePagesAndAnExportHoldsEveryRow() {
		Page<RegisterRow> firstPage = this.reviews.register(query(null, null, null, this.token, "reference", "asc"),
				this.secretariat, 0, 3);
		assertThat(firstPage.getTotalElements()).isEqualTo(4);
		assertThat(firstPage.getTotalPages()).isEqualTo(2);
		assertThat(firstPage.map(RegisterRow::id).getContent()).containsExactly(this.second, this.first, this.third);
		Page<RegisterRow> lastPage = this.reviews.register(query(null, null, null, this.token, "reference", "asc"),
				this.secretariat, 1, 3);
		assertThat(lastPage.getTotalElements()).isEqualTo(4);
		assertThat(lastPage.map(RegisterRow::id).getContent()).containsExactly(this.fourth);
		assertThat(lastPage.getContent().get(0).cspName()).isEqualTo(this.csps.namesById().get(this.kent.cspId()));
		assertThat(this.reviews.registerAll(query(null, null, null, this.token, "reference", "desc"), this.secretariat)
			.stream()
			.map(ReviewView::id)
			.toList()).containsExactly(this.fourth, this.third, this.first, this.second);
	}

	/**
	 * Past the first pages a page reads its ids first and then its rows: the same rows,
	 * in the same order, as the export. Three hundred reviews made in the test's
	 * transaction, so nothing else sees them.
	 */
	@Test
	@Transactional
	void aLaterPageHoldsTheRowsThatFollowInTheSameOrder() {
		this.jdbc.update("insert into review (csp_id, reference, victim_pseudonyms, review_type, stage, notified_on) "
				+ "select ?, ? || '-' || lpad(n::text, 3, '0'), 'Eve', 'HOMICIDE', 'NOTIFIED', date '2020-01-01' + n "
				+ "from generate_series(1, 300) n", this.aCsp, this.token);
		for (String sort : List.of("reference", "updated", "notified", "csp")) {
			RegisterQuery query = query(null, null, null, this.token, sort, null);
			List<Long> all = this.reviews.registerAll(query, this.secretariat).stream().map(ReviewView::id).toList();
			assertThat(all).hasSize(304);
			int page = RegisterStatement.IDS_FIRST_FROM / 25 + 1;
			Page<RegisterRow> later = this.reviews.register(query, this.secretariat, page, 25);
			assertThat(later.getTotalElements()).isEqualTo(304);
			assertThat(later.map(RegisterRow::id).getContent()).as(sort)
				.isEqualTo(all.subList(page * 25, page * 25 + 25));
			Page<RegisterRow> last = this.reviews.register(query, this.secretariat, 12, 25);
			assertThat(last.map(RegisterRow::id).getContent()).as(sort).isEqualTo(all.subList(300, 304));
		}
	}

	private List<Long> ids(RegisterQuery query, SignedInUser user) {
		return this.reviews.register(query, user, 0, 50).map(RegisterRow::id).getContent();
	}

	private static RegisterQuery query(Long csp, ReviewStage stage, Integer year, String q, String sort, String dir) {
		return new RegisterQuery(csp, stage, year, q, sort, dir);
	}

	private Long csp(String name) {
		return this.csps.create(new CspDetails(name, name.substring(0, 2), "1 High Street", null, "Leeds", "LS1 1AA",
				"Sam Green", "Chair", name, "sam@example.org"), this.secretariat.actor());
	}

}
