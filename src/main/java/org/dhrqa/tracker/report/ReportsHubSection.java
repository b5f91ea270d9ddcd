package org.dhrqa.tracker.report;

import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "Report versions" section. */
@Component
class ReportsHubSection implements ReviewHubSection {

	private final ReportVersions versions;

	ReportsHubSection(ReportVersions versions) {
		this.versions = versions;
	}

	@Override
	public String template() {
		return "report/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		return new Data(review.id(), this.versions.of(review.id(), user));
	}

	@Override
	public int order() {
		return 30;
	}

	public record Data(Long reviewId, List<ReportVersionView> versions) {

	}

}
