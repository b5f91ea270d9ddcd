package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCategory;

import org.springframework.context.ApplicationContext;

/**
 * Letters for tests, made as the secretariat makes them: a meeting, the review added to
 * it, a draft from the standard wording, its areas, and (when asked) issuing it.
 */
public class LetterFixtures {

	private final Meetings meetings;

	private final LetterDrafting drafting;

	private final LetterIssuing issuing;

	private final Letters letters;

	public LetterFixtures(ApplicationContext context) {
		this.meetings = context.getBean(Meetings.class);
		this.drafting = context.getBean(LetterDrafting.class);
		this.issuing = context.getBean(LetterIssuing.class);
		this.letters = context.getBean(Letters.class);
	}

	/** A draft letter for a review submitted to QA, with these areas for development. */
	public Long draft(Long reviewId, LocalDate meetingDate, List<String> areas, SignedInUser secretariat) {
		Long meeting = this.meetings.schedule(meetingDate, secretariat);
		this.meetings.consider(meeting, reviewId, secretariat);
		Long letter = this.drafting.startDraft(meeting, reviewId, secretariat);
		for (String area : areas) {
			this.drafting.addItem(letter, area, null, FeedbackCategory.OTHER, secretariat);
		}
		return letter;
	}

	public Long strength(Long letterId, String text, SignedInUser secretariat) {
		return this.drafting.addStrength(letterId, text, secretariat);
	}

	/** The draft with a different outcome, its standard sentence filled in. */
	public void outcome(Long letterId, Outcome outcome, SignedInUser secretariat) {
		LetterView view = this.letters.requireVisible(letterId, secretariat);
		LetterContent content = this.letters.content(letterId, secretariat);
		LetterContent changed = new LetterContent(content.letterDate(), content.letterhead(), content.addresseeName(),
				content.addresseeRole(), content.addresseeOrganisation(), content.addresseeAddress(),
				content.salutation(), content.opening(), outcome,
				this.drafting.outcomeWording(letterId, outcome, secretariat), content.listHeading(),
				content.publicationInstructions(), content.closing(), content.signOff());
		this.drafting.edit(letterId, view.version(), changed, secretariat);
	}

	/** Issues a draft; its areas open for the CSP. */
	public void issue(Long letterId, SignedInUser secretariat) {
		this.issuing.issue(letterId, this.letters.requireVisible(letterId, secretariat).version(), secretariat);
	}

	/** A letter issued for a review submitted to QA, with these areas. */
	public Long issued(Long reviewId, LocalDate meetingDate, List<String> areas, SignedInUser secretariat) {
		Long letter = draft(reviewId, meetingDate, areas, secretariat);
		issue(letter, secretariat);
		return letter;
	}

	/** Starts a correction of an issued letter: a new draft carrying its areas. */
	public Long correction(Long issuedLetterId, String reason, SignedInUser secretariat) {
		return this.drafting.correct(issuedLetterId, reason, secretariat);
	}

	public LetterView view(Long letterId, SignedInUser user) {
		return this.letters.requireVisible(letterId, user);
	}

}
