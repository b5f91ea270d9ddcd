package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspDetails;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat drafts a letter: from the standard wording, with structured strengths
 * and areas for development (the areas are the feedback items themselves), and starts a
 * correction of an issued letter as a new draft version.
 */
@Service
@Transactional(readOnly = true)
class LetterDrafting {

	private final PanelLetterRepository letters;

	private final PanelMeetingRepository meetings;

	private final Reviews reviews;

	private final Csps csps;

	private final FeedbackItems items;

	private final LetterAccess access;

	private final LetterRenderer renderer;

	private final Clock clock;

	LetterDrafting(PanelLetterRepository letters, PanelMeetingRepository meetings, Reviews reviews, Csps csps,
			FeedbackItems items, LetterAccess access, LetterRenderer renderer, Clock clock) {
		this.letters = letters;
		this.meetings = meetings;
		this.reviews = reviews;
		this.csps = csps;
		this.items = items;
		this.access = access;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Starts the review's letter for this meeting from the standard wording, or returns
	 * its open draft.
	 */
	@Transactional
	Long startDraft(Long meetingId, Long reviewId, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		PanelMeeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		if (!meeting.getReviewIds().contains(reviewId)) {
			throw new NotFoundException();
		}
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		List<PanelLetter> existing = this.letters.findByReviewIdOrderByLetterVersionDesc(reviewId);
		Optional<PanelLetter> draft = existing.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.DRAFT)
			.findFirst();
		if (draft.isPresent()) {
			return draft.get().getId();
		}
		// the meeting's letter already went out, unless the review has come back to the
		// panel since
		Optional<PanelLetter> forThisMeeting = existing.stream()
			.filter((letter) -> letter.getMeetingId().equals(meetingId))
			.findFirst();
		if (forThisMeeting.isPresent() && review.stage() != ReviewStage.RESUBMITTED) {
			return forThisMeeting.get().getId();
		}
		CspDetails csp = this.csps.details(review.cspId()).orElseThrow(NotFoundException::new);
		Map<String, String> wording = this.renderer.wording(review, csp, meeting.getMeetingDate());
		Outcome outcome = Outcome.APPROVED_SUBJECT_TO_CHANGES;
		LetterContent content = new LetterContent(null, wording.get("LETTERHEAD"), nonNull(csp.contactName()),
				csp.contactRole(), csp.contactOrganisation(), String.join("\n", csp.addressLines()),
				wording.get("SALUTATION"), wording.get("OPENING"), outcome, wording.get(outcome.templateKey()),
				wording.get("LIST_HEADING"), wording.get("PUBLICATION_INSTRUCTIONS"), wording.get("CLOSING"),
				wording.get("SIGN_OFF"));
		int version = existing.isEmpty() ? 1 : existing.get(0).getLetterVersion() + 1;
		PanelLetter letter = this.letters
			.save(new PanelLetter(reviewId, meetingId, version, content, List.of(), this.clock.instant()));
		// after a resubmission the points not yet accepted carry forward to the new
		// letter
		existing.stream()
			.filter((earlier) -> earlier.getStatus() == LetterStatus.ISSUED)
			.findFirst()
			.ifPresent((earlier) -> this.items.draftFrom(earlier.getId(), letter.getId(), true));
		return letter.getId();
	}

	/**
	 * The standard wording for an outcome, filled in for this letter (to switch
	 * outcomes).
	 */
	String outcomeWording(Long letterId, Outcome outcome, SignedInUser user) {
		PanelLetter letter = this.access.loadDraft(letterId, user);
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		CspDetails csp = this.csps.details(review.cspId()).orElseThrow(NotFoundException::new);
		LocalDate meetingDate = this.meetings.findById(letter.getMeetingId()).orElseThrow().getMeetingDate();
		return this.renderer.wording(review, csp, meetingDate).get(outcome.templateKey());
	}

	@Transactional
	void edit(Long letterId, long expectedVersion, LetterContent content, SignedInUser user) {
		PanelLetter letter = this.access.loadDraft(letterId, user);
		if (letter.getVersion() != expectedVersion) {
			throw new LetterChangedMeanwhileException();
		}
		letter.edit(content, this.clock.instant());
		this.letters.saveAndFlush(letter);
	}

	@Transactional
	Long addStrength(Long letterId, String text, SignedInUser user) {
		LetterStrength strength = this.access.lockDraftForStrengths(letterId, user)
			.addStrength(text.trim(), this.clock.instant());
		this.letters.flush();
		return strength.getId();
	}

	/**
	 * Changes the words of one strength, found by its id.
	 * @throws StrengthChangedMeanwhileException when someone saved it after
	 * {@code expectedVersion}
	 * @throws StrengthGoneException when someone removed it
	 */
	@Transactional
	void editStrength(Long letterId, Long strengthId, long expectedVersion, String text, SignedInUser user) {
		this.access.lockDraftForStrengths(letterId, user)
			.editStrength(strengthId, expectedVersion, text.trim(), this.clock.instant());
		this.letters.flush();
	}

	/**
	 * @throws StrengthChangedMeanwhileException when someone saved it after
	 * {@code expectedVersion}
	 * @throws StrengthGoneException when someone removed it already
	 */
	@Transactional
	void removeStrength(Long letterId, Long strengthId, long expectedVersion, SignedInUser user) {
		this.access.lockDraftForStrengths(letterId, user)
			.removeStrength(strengthId, expectedVersion, this.clock.instant());
		this.letters.flush();
	}

	@Transactional
	void moveStrength(Long letterId, Long strengthId, int direction, SignedInUser user) {
		this.access.lockDraftForStrengths(letterId, user).moveStrength(strengthId, direction, this.clock.instant());
		this.letters.flush();
	}

	@Transactional
	Long addItem(Long letterId, String text, String paragraphRef, FeedbackCategory category, SignedInUser user) {
		PanelLetter letter = this.access.lockDraftForAreas(letterId, user);
		return this.items.addDraft(letterId, letter.getReviewId(), text.trim(), blankToNull(paragraphRef), category);
	}

	/**
	 * @throws org.dhrqa.tracker.feedback.ItemChangedMeanwhileException when someone saved
	 * the area after {@code expectedVersion}
	 */
	@Transactional
	void editItem(Long letterId, Long itemId, long expectedVersion, String text, String paragraphRef,
			FeedbackCategory category, SignedInUser user) {
		this.access.lockDraftForAreas(letterId, user);
		this.items.editDraft(letterId, itemId, expectedVersion, text.trim(), blankToNull(paragraphRef), category);
	}

	/**
	 * @throws org.dhrqa.tracker.feedback.ItemChangedMeanwhileException when someone saved
	 * the area after {@code expectedVersion}
	 */
	@Transactional
	void removeItem(Long letterId, Long itemId, long expectedVersion, SignedInUser user) {
		this.access.lockDraftForAreas(letterId, user);
		this.items.removeDraft(letterId, itemId, expectedVersion);
	}

	@Transactional
	void moveItem(Long letterId, Long itemId, int direction, SignedInUser user) {
		this.access.lockDraftForAreas(letterId, user);
		this.items.moveDraft(letterId, itemId, direction);
	}

	/**
	 * A correction: a new draft version that will supersede the issued letter, for the
	 * reason given.
	 */
	@Transactional
	Long correct(Long letterId, String reason, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		PanelLetter issued = this.access.load(letterId, user);
		if (issued.getStatus() != LetterStatus.ISSUED) {
			throw new LetterAlreadyIssuedException();
		}
		Optional<PanelLetter> openDraft = this.letters.findByReviewIdOrderByLetterVersionDesc(issued.getReviewId())
			.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.DRAFT)
			.findFirst();
		if (openDraft.isPresent()) {
			return openDraft.get().getId();
		}
		PanelLetter correction = this.letters.save(issued.correction(reason.trim(), this.clock.instant()));
		this.items.draftFrom(issued.getId(), correction.getId(), false);
		return correction.getId();
	}

	/**
	 * Throws a draft away with its areas: a first draft leaves the review with the panel;
	 * a correction's draft leaves the issued letter as it was. Returns the review's id.
	 */
	@Transactional
	Long discard(Long letterId, SignedInUser user) {
		PanelLetter letter = this.access.loadDraft(letterId, user);
		this.items.discardDrafts(letterId);
		this.letters.delete(letter);
		this.letters.flush();
		return letter.getReviewId();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
