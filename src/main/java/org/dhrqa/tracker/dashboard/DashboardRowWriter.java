package org.dhrqa.tracker.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.ActionPlans;
import org.dhrqa.tracker.actionplan.PlanViews;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.letter.Letters;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.Readiness;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.review.StageChangeView;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out one review's dashboard row through the services of the modules that own the
 * rules (readiness in publication, item counts and overdue items in feedback, overdue and
 * drifting actions in actionplan, letters in letter) and keeps it in
 * {@code dashboard_row}. The only rule of its own is the Home Office's six-month target.
 */
@Component
class DashboardRowWriter {

	/**
	 * Home Office target: a review completed within six months of the decision to hold
	 * it.
	 */
	static final int TARGET_MONTHS = 6;

	private final JdbcTemplate jdbc;

	private final Reviews reviews;

	private final Publications publications;

	private final FeedbackCounts counts;

	private final FeedbackWork work;

	private final ActionPlans plans;

	private final Letters letters;

	private final Clock clock;

	private final FiguresCache figures;

	DashboardRowWriter(JdbcTemplate jdbc, Reviews reviews, Publications publications, FeedbackCounts counts,
			FeedbackWork work, ActionPlans plans, Letters letters, Clock clock, FiguresCache figures) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.reviews = reviews;
		this.publications = publications;
		this.counts = counts;
		this.work = work;
		this.plans = plans;
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * Brings the review's row up to date (removes it when the review is gone). One review
	 * at a time, whoever asks: the lock makes a later refresh read what an earlier one
	 * wrote, so an older picture never overwrites a newer one.
	 */
	@Transactional
	public void refresh(Long reviewId) {
		this.jdbc.queryForObject("select 1 from pg_advisory_xact_lock(?, ?)", Integer.class, 7011,
				Long.hashCode(reviewId));
		this.figures.forgetAfterCommit();
		ReviewView review;
		try {
			review = this.reviews.byId(reviewId);
		}
		catch (NotFoundException ex) {
			this.jdbc.update("delete from dashboard_row where review_id = ?", reviewId);
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		SignedInUser reader = SignedInUser.serviceReader();
		LocalDate stageSince = this.reviews.stageHistory(reviewId, reader)
			.stream()
			.max(Comparator.comparing(StageChangeView::changedAt))
			.map(StageChangeView::effectiveOn)
			.orElse(null);
		Readiness readiness = this.publications.readiness(reviewId, reader);
		FeedbackCounts.Breakdown items = this.counts.breakdown(reviewId);
		long overdueItems = this.work.overdueCount(reviewId, reader);
		PlanViews.Figures plan = this.plans.figures(reviewId, reader);
		Letters.LettersOfReview letters = this.letters.lettersOfReview(reviewId);
		LocalDate firstLetter = letters.issued()
			.stream()
			.map(Letters.IssuedLetter::letterDate)
			.min(Comparator.naturalOrder())
			.orElse(null);
		Integer letterToPublication = (firstLetter != null && review.publishedOn() != null)
				? (int) ChronoUnit.DAYS.between(firstLetter, review.publishedOn()) : null;
		this.jdbc.update("""
				insert into dashboard_row (review_id, csp_id, csp_name, reference, pseudonym, stage, stage_order,
				    stage_since, notified_on, decision_on, submitted_to_qa_on, published_on, letter_outcome,
				    first_letter_on, open_items, responded_items, accepted_items, total_items, overdue_items,
				    plan_actions, overdue_actions, drifting_actions, readiness_done, readiness_total,
				    ready_to_publish, blocked_by_items, past_target, days_letter_to_publication, as_of, refreshed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (review_id) do update set csp_id = excluded.csp_id, csp_name = excluded.csp_name,
				    reference = excluded.reference, pseudonym = excluded.pseudonym, stage = excluded.stage,
				    stage_order = excluded.stage_order, stage_since = excluded.stage_since,
				    notified_on = excluded.notified_on, decision_on = excluded.decision_on,
				    submitted_to_qa_on = excluded.submitted_to_qa_on, published_on = excluded.published_on,
				    letter_outcome = excluded.letter_outcome, first_letter_on = excluded.first_letter_on,
				    open_items = excluded.open_items, responded_items = excluded.responded_items,
				    accepted_items = excluded.accepted_items, total_items = excluded.total_items,
				    overdue_items = excluded.overdue_items, plan_actions = excluded.plan_actions,
				    overdue_actions = excluded.overdue_actions, drifting_actions = excluded.drifting_actions,
				    readiness_done = excluded.readiness_done, readiness_total = excluded.readiness_total,
				    ready_to_publish = excluded.ready_to_publish, blocked_by_items = excluded.blocked_by_items,
				    past_target = excluded.past_target,
				    days_letter_to_publication = excluded.days_letter_to_publication, as_of = excluded.as_of,
				    refreshed_at = excluded.refreshed_at""", review.id(), review.cspId(), review.cspName(),
				review.reference(), review.victimPseudonyms(), review.stage().name(), review.stage().ordinal(),
				date(stageSince), date(review.notifiedOn()), date(review.decisionOn()), date(review.submittedToQaOn()),
				date(review.publishedOn()), letters.currentOutcome().map(Enum::name).orElse(null), date(firstLetter),
				items.open(), items.responded(), items.accepted(), items.total(), (int) overdueItems,
				(int) plan.actions(), (int) plan.overdue(), (int) plan.drifting(), readiness.done(), readiness.total(),
				readiness.readyToPublish(), readiness.blockedByItems(), pastTarget(review, today), letterToPublication,
				Date.valueOf(today), Timestamp.from(this.clock.instant()));
		List<Letters.IssuedLetter> issued = letters.issued();
		this.jdbc.update("delete from dashboard_letter where review_id = ? and letter_id <> all(?)", reviewId,
				issued.stream().map(Letters.IssuedLetter::letterId).toArray(Long[]::new));
		this.jdbc.batchUpdate(
				"insert into dashboard_letter (letter_id, review_id, letter_version, meeting_on, letter_on) "
						+ "values (?, ?, ?, ?, ?) on conflict (letter_id) do update set letter_version = "
						+ "excluded.letter_version, meeting_on = excluded.meeting_on, letter_on = excluded.letter_on",
				issued.stream()
					.map((letter) -> new Object[] { letter.letterId(), reviewId, letter.letterVersion(),
							date(letter.meetingDate()), date(letter.letterDate()) })
					.toList());
	}

	/**
	 * Past the six-month target: more than six months from the decision to hold the
	 * review (or the notification, when no decision date is recorded) to submission to
	 * the QA Panel, or to today when it has not been submitted yet.
	 */
	static boolean pastTarget(ReviewView review, LocalDate today) {
		LocalDate start = (review.decisionOn() != null) ? review.decisionOn() : review.notifiedOn();
		if (start == null || review.stage() == ReviewStage.NOT_PROCEEDING || review.stage() == ReviewStage.NOTIFIED
				|| review.stage() == ReviewStage.DECISION_PENDING) {
			return false;
		}
		LocalDate end = (review.submittedToQaOn() != null) ? review.submittedToQaOn() : today;
		return end.isAfter(start.plusMonths(TARGET_MONTHS));
	}

	private static Date date(LocalDate value) {
		return (value != null) ? Date.valueOf(value) : null;
	}

}
