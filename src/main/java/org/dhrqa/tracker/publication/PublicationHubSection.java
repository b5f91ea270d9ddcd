package org.dhrqa.tracker.publication;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "Publication" section: tasks done and a link to the task list. */
@Component
class PublicationHubSection implements ReviewHubSection {

	private final Publications publications;

	PublicationHubSection(Publications publications) {
		this.publications = publications;
	}

	@Override
	public String template() {
		return "publication/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		return this.publications.readiness(review.id(), user);
	}

	@Override
	public int order() {
		return 50;
	}

}
