package org.dhrqa.tracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where and when a review's report was published, and taking that back. */
@Service
@Transactional(readOnly = true)
public class ReviewPublications {

	private final Reviews reviews;

	private final ReviewRepository repository;

	private final ChangeHistory history;

	private final Clock clock;

	ReviewPublications(Reviews reviews, ReviewRepository repository, ChangeHistory history, Clock clock) {
		this.reviews = reviews;
		this.repository = repository;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The CSP has published the report: records where and when, and moves a review
	 * approved for publication to "published".
	 */
	@Transactional
	public void record(Long id, LocalDate publishedOn, String url, SignedInUser user) {
		Review review = this.reviews.load(id, user);
		user.require(Permission.ACT_ON_PUBLICATION, review.getCspId());
		List<FieldChange> changes = review.update(review.details().publishedAs(publishedOn, url), this.clock.instant());
		if (!changes.isEmpty()) {
			this.history.record(Reviews.HISTORY_TYPE, id, id, user.actor(), changes);
		}
		ReviewStage from = review.getStage();
		for (ReviewStage entered : review.follow(StageEvent.PUBLICATION_RECORDED, publishedOn, user.actor(),
				this.clock.instant(), url)) {
			this.reviews.recordStage(id, user.actor(), from, entered);
		}
		this.repository.saveAndFlush(review);
		this.reviews.changed(review, from);
	}

	/**
	 * The CSP takes back a publication it recorded by mistake: the web address and date
	 * are cleared and a review marked published goes back to "approved for publication",
	 * with the reason on its timeline.
	 */
	@Transactional
	public void withdraw(Long id, String reason, SignedInUser user) {
		Review review = this.reviews.load(id, user);
		user.require(Permission.ACT_ON_PUBLICATION, review.getCspId());
		List<FieldChange> changes = review.update(review.details().publishedAs(null, null), this.clock.instant());
		if (!changes.isEmpty()) {
			this.history.record(Reviews.HISTORY_TYPE, id, id, user.actor(), changes);
		}
		ReviewStage stageBefore = review.getStage();
		if (review.getStage() == ReviewStage.PUBLISHED) {
			review.correct(ReviewStage.APPROVED_FOR_PUBLICATION, LocalDate.now(this.clock), user.actor(),
					this.clock.instant(), reason);
			this.reviews.recordStage(id, user.actor(), ReviewStage.PUBLISHED, ReviewStage.APPROVED_FOR_PUBLICATION);
		}
		this.repository.saveAndFlush(review);
		this.reviews.changed(review, stageBefore);
	}

}
