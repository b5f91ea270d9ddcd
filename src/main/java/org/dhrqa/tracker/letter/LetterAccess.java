package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Loads a letter for a person: its review must be theirs to see, and a draft exists only
 * for the Home Office (a CSP never sees a letter before it is issued).
 */
@Component
class LetterAccess {

	private final PanelLetterRepository letters;

	private final Reviews reviews;

	LetterAccess(PanelLetterRepository letters, Reviews reviews) {
		this.letters = letters;
		this.reviews = reviews;
	}

	PanelLetter load(Long letterId, SignedInUser user) {
		return visible(this.letters.findById(letterId).orElseThrow(NotFoundException::new), user);
	}

	/**
	 * A draft the person may change, locked until the transaction ends, for a change to
	 * its strengths (which raises the letter's version). Call it before anything else in
	 * the transaction reads the letter.
	 */
	PanelLetter lockDraftForStrengths(Long letterId, SignedInUser user) {
		return draft(visible(this.letters.lockForStrengths(letterId).orElseThrow(NotFoundException::new), user), user);
	}

	/**
	 * A draft the person may change, locked until the transaction ends, for its areas.
	 */
	PanelLetter lockDraftForAreas(Long letterId, SignedInUser user) {
		return draft(visible(this.letters.lockForAreas(letterId).orElseThrow(NotFoundException::new), user), user);
	}

	private PanelLetter visible(PanelLetter letter, SignedInUser user) {
		this.reviews.requireVisible(letter.getReviewId(), user);
		if (letter.getStatus() == LetterStatus.DRAFT && !user.may(Permission.SEE_MEETINGS)) {
			throw new NotFoundException();
		}
		return letter;
	}

	/** A draft the person may change: the secretariat's, and still a draft. */
	PanelLetter loadDraft(Long letterId, SignedInUser user) {
		return draft(load(letterId, user), user);
	}

	private PanelLetter draft(PanelLetter letter, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		if (letter.getStatus() != LetterStatus.DRAFT) {
			throw new LetterAlreadyIssuedException();
		}
		return letter;
	}

}
