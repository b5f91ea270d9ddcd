package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A response points at a version of its own review's report, whatever the request says:
 * the service checks it, not only the page.
 */
@IntegrationTest
class ResponseVersionIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	FeedbackWork work;

	@Test
	void aResponseCannotPointAtAnotherReviewsReport() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		SignedInUser secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		Long review = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-RESP"), "Una",
				LocalDate.of(2024, 3, 1), kent);
		fixtures.reviews.submitToQa(review, LocalDate.of(2024, 5, 1), kent);
		Long letter = fixtures.letters.issued(review, LocalDate.of(2024, 6, 19), List.of("Proofread the report."),
				secretariat);
		Long item = fixtures.letters.view(letter, kent).items().get(0).id();
		Long other = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-RESP"), "Vic",
				LocalDate.of(2024, 3, 1), kent);
		Long elsewhere = fixtures.reports.upload(other, TestPdfs.report(1), false, kent).id();
		Long own = fixtures.reports.upload(review, TestPdfs.report(1), false, kent).id();

		assertThatThrownBy(() -> this.work.respond(item, "Proofread throughout.", elsewhere, "1.1", kent))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.work.item(item, kent).status()).isEqualTo(FeedbackStatus.OPEN);

		this.work.respond(item, "Proofread throughout.", own, "1.1", kent);
		assertThat(this.work.item(item, kent).addressedInVersionId()).isEqualTo(own);
	}

}
