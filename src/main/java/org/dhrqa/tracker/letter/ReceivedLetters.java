package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.StoredFile;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.review.StageEvent;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters the QA Panel sent before the service kept them, recorded from the copy a CSP
 * received (imported from PDF, Word or text). Recording one does what issuing does: the
 * letter is issued as of its own date under its meeting, its items open for the CSP, the
 * review moves on to "feedback issued" (or "approved for publication" for an approved
 * letter) with its history, and the CSP's people are told. The file it came from is kept
 * with it; a PDF is also the letter's PDF as sent.
 */
@Service
@Transactional(readOnly = true)
public class ReceivedLetters {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final PanelLetterRepository letters;

	private final PanelMeetingRepository meetings;

	private final LetterIssuing issuing;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final StoredFiles files;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ReceivedLetters(PanelLetterRepository letters, PanelMeetingRepository meetings, LetterIssuing issuing,
			Reviews reviews, FeedbackItems items, StoredFiles files, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.letters = letters;
		this.meetings = meetings;
		this.issuing = issuing;
		this.reviews = reviews;
		this.items = items;
		this.files = files;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** One area for development as the letter gave it. */
	public record Item(String text, String paragraphRef, FeedbackCategory category) {

	}

	/** A letter as received: its dates, its words, its items and the file it came in. */
	public record Received(Long reviewId, LocalDate letterDate, LocalDate meetingDate, Outcome outcome,
			String letterhead, String addressee, String salutation, String opening, String outcomeText,
			String listHeading, List<String> strengths, List<Item> items, String publicationInstructions,
			String closing, String signOff, Long originalFileId) {

		public Received {
			strengths = List.copyOf(strengths);
			items = List.copyOf(items);
		}

	}

	/**
	 * Who may record letters they received: the secretariat, and CSP staff and managers.
	 */
	public static boolean mayRecord(SignedInUser user) {
		return user.may(Permission.IMPORT_LETTERS);
	}

	/** The secretariat for any CSP; CSP people for their own CSP only. */
	public static boolean mayRecordFor(SignedInUser user, Long cspId) {
		return user.may(Permission.IMPORT_LETTERS, cspId);
	}

	/**
	 * The stage recording a letter with this outcome moves a review at {@code from} to,
	 * if any.
	 */
	public static ReviewStage stageAfter(ReviewStage from, Outcome outcome) {
		List<ReviewStage> path = event(outcome).path(from);
		return path.isEmpty() ? null : path.get(path.size() - 1);
	}

	private static StageEvent event(Outcome outcome) {
		return (outcome == Outcome.APPROVED) ? StageEvent.RECEIVED_APPROVED_LETTER_RECORDED
				: StageEvent.RECEIVED_LETTER_RECORDED;
	}

	/** Records the letter as issued; returns its id. */
	@Transactional
	public Long record(Received received, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(received.reviewId(), user);
		if (!mayRecordFor(user, review.cspId())) {
			throw new AccessDeniedException("Only the secretariat or the review's CSP may record its letters");
		}
		StoredFile original = this.files.find(received.originalFileId())
			.orElseThrow(() -> new IllegalArgumentException("The letter's file is not stored"));
		// two letters of one meeting confirmed at once share the meeting, neither fails
		this.meetings.createIfMissing(received.meetingDate(), this.clock.instant());
		PanelMeeting meeting = this.meetings.lockByMeetingDate(received.meetingDate()).orElseThrow();
		meeting.consider(review.id());
		List<PanelLetter> earlier = this.letters.findByReviewIdOrderByLetterVersionDesc(review.id());
		int version = earlier.isEmpty() ? 1 : earlier.get(0).getLetterVersion() + 1;
		PanelLetter letter = this.letters.saveAndFlush(PanelLetter.received(review.id(), meeting.getId(), version,
				content(received), received.strengths(), original.id(), this.clock.instant()));
		for (Item item : received.items()) {
			this.items.addDraft(letter.getId(), review.id(), item.text().trim(), blankToNull(item.paragraphRef()),
					item.category());
		}
		Actor actor = user.actor();
		String date = DATE.format(received.letterDate());
		this.items.openAll(letter.getId(), actor, msg("letter.received.event", date));
		if ("application/pdf".equals(original.contentType())) {
			letter.attachIssuedPdf(original.id());
		}
		else {
			// the letter's PDF is made from its words, as for letters seeded without one
			this.issuing.storeMissingPdfs();
		}
		advance(review, received, actor);
		// the notification module tells the CSP's people, as for a letter issued here
		this.events.publishEvent(new LetterIssued(letter.getId(), review.id(), review.cspId(),
				letter.getLetterVersion(), received.outcome(), false, received.items().size(), actor));
		return letter.getId();
	}

	/**
	 * Moves the review along the lifecycle to where the letter leaves it, each step in
	 * its history; a review already past that point stays where it is. The steps before
	 * the panel are dated with the meeting, the panel's decision with the letter.
	 */
	private void advance(ReviewView review, Received received, Actor actor) {
		this.reviews.follow(review.id(), event(received.outcome()), received.letterDate(), received.meetingDate(),
				actor, msg("letter.received.stageNote", DATE.format(received.letterDate())));
	}

	private static LetterContent content(Received received) {
		List<String> addressee = nonNull(received.addressee()).lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		String name = addressee.isEmpty() ? "" : limit(addressee.get(0));
		String address = addressee.isEmpty() ? null : String.join("\n", addressee.subList(1, addressee.size()));
		return new LetterContent(received.letterDate(), nonNull(received.letterhead()), name, null, null, address,
				limit(nonNull(received.salutation())), nonNull(received.opening()), received.outcome(),
				nonNull(received.outcomeText()), limit(nonNull(received.listHeading())),
				nonNull(received.publicationInstructions()), nonNull(received.closing()), nonNull(received.signOff()));
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/** The letter's short fields hold 200 characters. */
	private static String limit(String value) {
		return (value.length() <= 200) ? value : value.substring(0, 200);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
