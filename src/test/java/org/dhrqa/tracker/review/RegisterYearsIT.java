package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspDetails;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's year filter walks the notified-on index year by year rather than reading
 * every review: it must still offer exactly the years that have a review, gaps and edges
 * of the year included.
 */
@IntegrationTest
class RegisterYearsIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Csps csps;

	@Autowired
	ReviewRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theYearFilterOffersEachYearWithAReviewAndNoOther() {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		Long csp = this.csps.create(new CspDetails(Fixtures.unique("Years CSP"), "Years", "1 High Street", null,
				"Leeds", "LS1 1AA", "Sam Green", "Chair", "Leeds CSP", "sam@example.org"), secretariat.actor());
		for (LocalDate notified : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
				LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1))) {
			fixtures.reviews.register(csp, Fixtures.unique("YR"), "Ada", notified, secretariat);
		}

		assertThat(this.repository.notifiedYearsOfCsp(csp)).containsExactly(2024, 2023, 2019);
		assertThat(this.repository.notifiedYears())
			.isEqualTo(this.jdbc.queryForList("select distinct cast(extract(year from notified_on) as int) from review "
					+ "where notified_on is not null order by 1 desc", Integer.class));
	}

}
