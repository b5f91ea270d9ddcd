package org.dhrqa.tracker.review;

import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may put a review at which stage, and what must be true first. The lifecycle itself
 * ({@link ReviewStage}) says which stage may follow which; this adds the person and the
 * preconditions the other modules know ({@link StageGuard}).
 */
@Component
class StageRules {

	// the guards live in modules that use the review module themselves: found when asked
	private final ObjectProvider<StageGuard> guards;

	StageRules(ObjectProvider<StageGuard> guards) {
		this.guards = guards;
	}

	/**
	 * Each stage that may follow the current one, offered to this person or not, and why.
	 */
	List<StageChoice> choices(ReviewView review, SignedInUser user) {
		return review.stage()
			.next()
			.stream()
			.sorted()
			.map((target) -> new StageChoice(target, refusal(review, target, user).orElse(null)))
			.toList();
	}

	/** Why this person may not record {@code target} next, or empty when they may. */
	Optional<MessageSourceResolvable> refusal(ReviewView review, ReviewStage target, SignedInUser user) {
		if (!review.stage().canMoveTo(target)) {
			return Optional.of(resolvable("stage.reason.notNext"));
		}
		if (!target.isRecordedByPerson()) {
			return Optional.of(resolvable("stage.reason." + target.name()));
		}
		if (!user.may(Permission.RECORD_STAGE, review.cspId())) {
			return Optional.of(resolvable("stage.reason.cspRecords"));
		}
		return preconditions(review, target);
	}

	/**
	 * Why a correction to {@code target} is not possible: a correction may go to any
	 * other stage, but what a stage records must still be true (a letter for "feedback
	 * issued").
	 */
	Optional<MessageSourceResolvable> correctionRefusal(ReviewView review, ReviewStage target, SignedInUser user) {
		if (!user.may(Permission.CORRECT_STAGE, review.cspId())) {
			return Optional.of(resolvable("stage.reason.correctionNotPermitted"));
		}
		if (target == review.stage()) {
			return Optional.of(resolvable("stage.correct.same"));
		}
		return preconditions(review, target);
	}

	private Optional<MessageSourceResolvable> preconditions(ReviewView review, ReviewStage target) {
		if (target == ReviewStage.PUBLISHED && (review.publishedUrl() == null || review.publishedUrl().isBlank())) {
			return Optional.of(resolvable("stage.guard.noUrl"));
		}
		return this.guards.orderedStream()
			.map((guard) -> guard.refusal(review, target))
			.flatMap(Optional::stream)
			.findFirst();
	}

	static MessageSourceResolvable resolvable(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

}
