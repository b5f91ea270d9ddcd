package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.review.StageEvent;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a letter: dated, fixed, its PDF stored as sent, its areas opened for the CSP,
 * the review moved on, and {@link LetterIssued} published (the notification module tells
 * the CSP's people).
 */
@Service
@Transactional(readOnly = true)
class LetterIssuing {

	private final PanelLetterRepository letters;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final StoredFiles files;

	private final LetterAccess access;

	private final LetterRenderer renderer;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterIssuing(PanelLetterRepository letters, Reviews reviews, FeedbackItems items, StoredFiles files,
			LetterAccess access, LetterRenderer renderer, Messages messages, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.letters = letters;
		this.reviews = reviews;
		this.items = items;
		this.files = files;
		this.access = access;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Issues the draft. A second click finds the letter already issued and changes
	 * nothing.
	 */
	@Transactional
	void issue(Long letterId, long expectedVersion, SignedInUser user) {
		PanelLetter letter = this.access.loadDraft(letterId, user);
		if (letter.getVersion() != expectedVersion) {
			throw new LetterChangedMeanwhileException();
		}
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		Actor actor = user.actor();
		letter.issue(LocalDate.now(this.clock), user.id(), this.clock.instant());
		String note = this.messages.get("letter.event.issued",
				LetterDates.ordinal(letter.getLetterDate()).replaceFirst("^(\\d+)(st|nd|rd|th)", "$1"));
		if (letter.getSupersedesLetterId() != null) {
			PanelLetter superseded = this.letters.findById(letter.getSupersedesLetterId()).orElseThrow();
			superseded.supersede(this.clock.instant());
			this.items.issueCorrection(superseded.getId(), letter.getId(), actor, note);
		}
		else {
			this.items.openAll(letter.getId(), actor, note);
		}
		this.letters.saveAndFlush(letter);
		attachPdf(letter);
		this.reviews.follow(review.id(),
				(letter.getOutcome() == Outcome.APPROVED) ? StageEvent.APPROVED_LETTER_ISSUED
						: StageEvent.LETTER_ISSUED,
				letter.getLetterDate(), actor, this.messages.get("letter.stageNote", letter.getLetterVersion()));
		this.events.publishEvent(new LetterIssued(letter.getId(), review.id(), review.cspId(),
				letter.getLetterVersion(), letter.getOutcome(), letter.getSupersedesLetterId() != null,
				this.items.ofLetter(letter.getId()).size(), actor));
	}

	/**
	 * Letters issued before their PDF was kept (such as imported ones) get it now, once.
	 */
	@Transactional
	int storeMissingPdfs() {
		List<PanelLetter> missing = this.letters.lockIssuedWithoutPdf();
		missing.forEach(this::attachPdf);
		return missing.size();
	}

	private void attachPdf(PanelLetter letter) {
		byte[] pdf = this.renderer.pdf(letter);
		Long fileId = this.files
			.store(pdf, "qa-panel-letter-" + letter.getId() + "-v" + letter.getLetterVersion() + ".pdf",
					"application/pdf")
			.id();
		letter.attachIssuedPdf(fileId);
	}

}
