package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.RequestMemo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA Panel letters as the rest of the service reads them: a review's letters, the current
 * issued one, its page and PDF. CSP users see issued letters of their own reviews only,
 * never a draft. Drafting, issuing and resubmission live in their own services.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

	private final PanelLetterRepository letters;

	private final PanelMeetingRepository meetings;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final StoredFiles files;

	private final LetterAccess access;

	private final LetterRenderer renderer;

	private final Clock clock;

	Letters(PanelLetterRepository letters, PanelMeetingRepository meetings, Reviews reviews, FeedbackItems items,
			StoredFiles files, LetterAccess access, LetterRenderer renderer, Clock clock) {
		this.letters = letters;
		this.meetings = meetings;
		this.reviews = reviews;
		this.items = items;
		this.files = files;
		this.access = access;
		this.renderer = renderer;
		this.clock = clock;
	}

	public List<LetterView> forReview(Long reviewId, SignedInUser user) {
		return visibleLetters(reviewId, user).stream().map(this::view).toList();
	}

	/**
	 * The review's letters as its hub lists them (what {@link #forReview} gives, with the
	 * items counted rather than read).
	 */
	public List<LetterSummary> summaries(Long reviewId, SignedInUser user) {
		List<PanelLetter> letters = visibleLetters(reviewId, user);
		Map<Long, Long> itemCounts = letters.isEmpty() ? Map.of() : this.items.countsByLetterOfReview(reviewId);
		return letters.stream()
			.map((letter) -> new LetterSummary(letter.getId(), letter.getLetterVersion(), letter.getStatus(),
					letter.getLetterDate(), letter.getOutcome(), itemCounts.getOrDefault(letter.getId(), 0L)))
			.toList();
	}

	/**
	 * The review's letters, latest first; drafts only for the people who hold meetings.
	 */
	private List<PanelLetter> visibleLetters(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return lettersOf(reviewId).stream()
			.filter((letter) -> letter.getStatus() != LetterStatus.DRAFT || user.may(Permission.SEE_MEETINGS))
			.toList();
	}

	public LetterView requireVisible(Long letterId, SignedInUser user) {
		return view(this.access.load(letterId, user));
	}

	public LetterContent content(Long letterId, SignedInUser user) {
		return this.access.load(letterId, user).content();
	}

	/** The letter as a printable HTML page: the same template as the PDF. */
	public String html(Long letterId, SignedInUser user) {
		return this.renderer.html(this.access.load(letterId, user), false);
	}

	/**
	 * The issued letter's PDF exactly as sent (from storage); a draft's is made afresh.
	 */
	public byte[] pdf(Long letterId, SignedInUser user) {
		PanelLetter letter = this.access.load(letterId, user);
		if (letter.getIssuedFileId() != null) {
			return this.files.bytes(letter.getIssuedFileId());
		}
		return this.renderer.pdf(letter);
	}

	public String pdfFilename(Long letterId, SignedInUser user) {
		PanelLetter letter = this.access.load(letterId, user);
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		String date = (letter.getLetterDate() != null) ? letter.getLetterDate().toString() : "draft";
		return ("QA Panel letter " + review.victimPseudonyms() + " " + date + " v" + letter.getLetterVersion() + ".pdf")
			.replaceAll("[^A-Za-z0-9 ._-]", "");
	}

	/** The review's current issued letter (not a draft, not superseded), if any. */
	public Optional<LetterView> currentIssued(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return currentIssued(reviewId).map(this::view);
	}

	/**
	 * The id of the review's current issued letter. From the review's letters as this
	 * page has already read them (the hub lists them): a query for the id alone was one
	 * more statement on every hub view.
	 */
	public Optional<Long> currentIssuedId(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return currentIssued(reviewId).map(PanelLetter::getId);
	}

	Optional<PanelLetter> currentIssued(Long reviewId) {
		return lettersOf(reviewId).stream().filter((letter) -> letter.getStatus() == LetterStatus.ISSUED).findFirst();
	}

	/**
	 * The review's letters, latest first, read once per page: the hub lists them and asks
	 * whether the review can be resubmitted, which looks at the current one.
	 */
	private List<PanelLetter> lettersOf(Long reviewId) {
		return RequestMemo.get("letters-of-review", reviewId, this.letters::findByReviewIdOrderByLetterVersionDesc);
	}

	/**
	 * Meeting and letter dates of every letter that went out: what turnaround figures are
	 * made of.
	 */
	public record IssuedLetter(Long reviewId, Long letterId, int letterVersion, LocalDate meetingDate,
			LocalDate letterDate) {

	}

	public List<IssuedLetter> issuedLetters(SignedInUser user) {
		Set<Long> visible = this.reviews.registerAll(RegisterQuery.all(), user)
			.stream()
			.map(ReviewView::id)
			.collect(Collectors.toSet());
		Map<Long, LocalDate> meetingDates = this.meetings.findAll()
			.stream()
			.collect(Collectors.toMap(PanelMeeting::getId, PanelMeeting::getMeetingDate));
		return this.letters.findAll()
			.stream()
			.filter((letter) -> letter.getStatus() != LetterStatus.DRAFT && letter.getLetterDate() != null)
			.filter((letter) -> visible.contains(letter.getReviewId()))
			.map((letter) -> new IssuedLetter(letter.getReviewId(), letter.getId(), letter.getLetterVersion(),
					meetingDates.get(letter.getMeetingId()), letter.getLetterDate()))
			.toList();
	}

	/**
	 * Meeting and letter dates of every letter of one review that went out (as
	 * {@link #issuedLetters} gives them), and the outcome of its current letter: for the
	 * read model the service keeps of every review (the dashboard's), not for a page.
	 */
	public record LettersOfReview(List<IssuedLetter> issued, Optional<Outcome> currentOutcome) {

	}

	public LettersOfReview lettersOfReview(Long reviewId) {
		List<PanelLetter> all = this.letters.findByReviewIdOrderByLetterVersionDesc(reviewId);
		Map<Long, LocalDate> meetingDates = this.meetings
			.findAllById(all.stream().map(PanelLetter::getMeetingId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PanelMeeting::getId, PanelMeeting::getMeetingDate));
		List<IssuedLetter> issued = all.stream()
			.filter((letter) -> letter.getStatus() != LetterStatus.DRAFT && letter.getLetterDate() != null)
			.map((letter) -> new IssuedLetter(letter.getReviewId(), letter.getId(), letter.getLetterVersion(),
					meetingDates.get(letter.getMeetingId()), letter.getLetterDate()))
			.toList();
		Optional<Outcome> outcome = all.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.ISSUED)
			.findFirst()
			.map(PanelLetter::getOutcome);
		return new LettersOfReview(issued, outcome);
	}

	LetterView view(PanelLetter letter) {
		ReviewView review = this.reviews.byId(letter.getReviewId());
		LocalDate meetingDate = this.meetings.findById(letter.getMeetingId()).orElseThrow().getMeetingDate();
		Long turnaround = (letter.getLetterDate() != null && letter.getStatus() != LetterStatus.DRAFT)
				? ChronoUnit.DAYS.between(meetingDate, letter.getLetterDate()) : null;
		return new LetterView(letter.getId(), letter.getReviewId(), review.title(), letter.getMeetingId(), meetingDate,
				letter.getLetterVersion(), letter.getStatus(), letter.getLetterDate(), letter.getOutcome(),
				letter.getStrengths()
					.stream()
					.map((strength) -> new LetterView.Strength(strength.getId(), strength.getText(),
							strength.getVersion()))
					.toList(),
				this.items.ofLetter(letter.getId()), letter.getIssuedAt(), letter.getSupersedesLetterId(),
				letter.getSupersedeReason(), letter.getVersion(), turnaround,
				ChronoUnit.DAYS.between(meetingDate, LocalDate.now(this.clock)));
	}

}
