package org.dhrqa.tracker.letterimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.letter.ReceivedLetters;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewDetails;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last steps of an import: which review the letter is about (one of the CSP's reviews
 * with the same pseudonym, another of its reviews, or a new one), and the confirmation
 * that records it as an issued letter. Only confirming creates anything a CSP tracks; a
 * second confirmation finds the letter already recorded.
 */
@Service
@Transactional(readOnly = true)
class ImportConfirmation {

	private final LetterImportRepository repository;

	private final LetterImports imports;

	private final Reviews reviews;

	private final ReceivedLetters receivedLetters;

	private final Clock clock;

	ImportConfirmation(LetterImportRepository repository, LetterImports imports, Reviews reviews,
			ReceivedLetters receivedLetters, Clock clock) {
		this.repository = repository;
		this.imports = imports;
		this.reviews = reviews;
		this.receivedLetters = receivedLetters;
		this.clock = clock;
	}

	/** The draft is not complete: the person must finish checking it first. */
	static class IncompleteException extends RuntimeException {

		IncompleteException() {
			super("The draft is not complete");
		}

	}

	/** The new review's reference is already used in the CSP. */
	static class ReferenceTakenException extends RuntimeException {

		ReferenceTakenException() {
			super("Reference already used");
		}

	}

	/** The reviews of the import's CSP: those with the letter's pseudonym first. */
	record Candidates(List<ReviewView> matching, List<ReviewView> others) {

	}

	Candidates candidates(Long importId, SignedInUser user) {
		LetterImport letterImport = readyToMatch(importId, user);
		List<ReviewView> all = this.reviews
			.registerAll(new RegisterQuery(letterImport.getCspId(), null, null, null, "pseudonym", "asc"), user);
		Set<String> names = names(letterImport.draft().victimPseudonyms());
		List<ReviewView> matching = new ArrayList<>();
		List<ReviewView> others = new ArrayList<>();
		for (ReviewView review : all) {
			boolean same = names(review.victimPseudonyms()).stream().anyMatch(names::contains);
			(same ? matching : others).add(review);
		}
		return new Candidates(matching, others);
	}

	/** "‘Anna’ and Tom" gives anna and tom: the names compared, whatever the quotes. */
	static Set<String> names(String pseudonyms) {
		if (pseudonyms == null) {
			return Set.of();
		}
		return Arrays.stream(Phrases.plain(pseudonyms).split("\\s*(?:,|/|;|&|\\band\\b)\\s*"))
			.map((name) -> name.replaceAll("[\"'()]", "").strip().toLowerCase(Locale.UK))
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toSet());
	}

	/** Whether the CSP already has a review with this reference. */
	boolean referenceTaken(Long importId, String reference, SignedInUser user) {
		LetterImport letterImport = readyToMatch(importId, user);
		return this.reviews
			.registerAll(new RegisterQuery(letterImport.getCspId(), null, null, reference.strip(), null, null), user)
			.stream()
			.anyMatch((review) -> review.reference().equalsIgnoreCase(reference.strip()));
	}

	@Transactional
	void chooseReview(Long importId, Long reviewId, LetterImport.NewReview newReview, SignedInUser user) {
		LetterImport letterImport = readyToMatch(importId, user);
		if (reviewId != null) {
			ReviewView review = this.reviews.requireVisible(reviewId, user);
			if (!review.cspId().equals(letterImport.getCspId())) {
				throw new NotFoundException();
			}
		}
		letterImport.chooseReview(reviewId, newReview, this.clock.instant());
	}

	/** The import ready for its review to be chosen: checked, with its CSP known. */
	LetterImport readyToMatch(Long importId, SignedInUser user) {
		LetterImport letterImport = this.imports.load(importId, user);
		if (letterImport.getStatus() != ImportStatus.PARSED || letterImport.getCspId() == null
				|| !complete(letterImport.draft())) {
			throw new IncompleteException();
		}
		if (!ReceivedLetters.mayRecordFor(user, letterImport.getCspId())) {
			throw new AccessDeniedException("Not allowed to import letters for this CSP");
		}
		return letterImport;
	}

	static boolean complete(LetterImport.Draft draft) {
		return draft.letterDate() != null && draft.meetingDate() != null && draft.outcome() != null
				&& draft.victimPseudonyms() != null && !draft.victimPseudonyms().isBlank() && draft.unplaced().isEmpty()
				&& draft.items().stream().noneMatch((item) -> item.text().isBlank());
	}

	/**
	 * Records the letter (registering its review first when a new one was chosen) and
	 * returns the letter's id; a letter already confirmed is not recorded twice.
	 */
	@Transactional
	Long confirm(Long importId, SignedInUser user) {
		LetterImport letterImport = this.repository.findForUpdate(importId)
			.filter((found) -> found.isVisibleTo(user))
			.orElseThrow(NotFoundException::new);
		if (letterImport.getStatus() == ImportStatus.CONFIRMED) {
			return letterImport.getLetterId();
		}
		readyToMatch(importId, user);
		LetterImport.Draft draft = letterImport.draft();
		Long reviewId = letterImport.getReviewId();
		LetterImport.NewReview newReview = letterImport.newReview();
		if (reviewId == null && newReview == null) {
			throw new IncompleteException();
		}
		if (reviewId == null) {
			if (referenceTaken(importId, newReview.reference(), user)) {
				throw new ReferenceTakenException();
			}
			reviewId = this.reviews.register(letterImport.getCspId(),
					new ReviewDetails(newReview.reference(), draft.victimPseudonyms(), List.of(), null, null,
							newReview.type(), null, null, newReview.notifiedOn(), null, null, null, null, null, null,
							null),
					user);
		}
		ParsedLetter.Sections words = letterImport.sections();
		List<ReceivedLetters.Item> items = draft.items()
			.stream()
			.map((item) -> new ReceivedLetters.Item(item.text(), item.sectionRef(), item.category()))
			.toList();
		Long letterId = this.receivedLetters.record(new ReceivedLetters.Received(reviewId, draft.letterDate(),
				draft.meetingDate(), draft.outcome(), words.letterhead(), words.addressee(), words.salutation(),
				words.opening(), words.outcomeText(), draft.heading(), draft.strengths(), items,
				words.publicationInstructions(), words.closing(), words.signOff(), letterImport.getFileId()), user);
		letterImport.confirmed(letterId, reviewId, letterImport.getCspId(), user.name(), this.clock.instant());
		return letterId;
	}

}
