package org.dhrqa.tracker.letter;

import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "QA Panel letters" section. */
@Component
class LettersHubSection implements ReviewHubSection {

	private final Letters letters;

	private final Resubmission resubmission;

	LettersHubSection(Letters letters, Resubmission resubmission) {
		this.letters = letters;
		this.resubmission = resubmission;
	}

	@Override
	public String template() {
		return "letter/hub";
	}

	public record Data(Long reviewId, List<LetterSummary> letters, boolean canResubmit, boolean canImport) {

	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		return new Data(review.id(), this.letters.summaries(review.id(), user),
				this.resubmission.canResubmit(review.id(), user), ReceivedLetters.mayRecordFor(user, review.cspId()));
	}

	@Override
	public int order() {
		return 10;
	}

}
