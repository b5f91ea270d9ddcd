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

	LettersHubSection(Letters letters) {
		this.letters = letters;
	}

	@Override
	public String template() {
		return "letter/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		List<LetterView> visible = this.letters.forReview(review.id(), user);
		return visible;
	}

	@Override
	public int order() {
		return 10;
	}

}
