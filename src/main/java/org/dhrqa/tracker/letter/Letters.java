package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspDetails;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.notification.Notifications;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * QA Panel meetings and letters. Only the secretariat drafts and issues; CSP users see
 * the issued letters of their own reviews and never a draft; everyone else may read.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

	static final String DOCUMENT_TEMPLATE = "letter/document";

	private final PanelLetterRepository letters;

	private final PanelMeetingRepository meetings;

	private final LetterTemplateRepository templates;

	private final Reviews reviews;

	private final Csps csps;

	private final FeedbackItems items;

	private final StoredFiles files;

	private final PdfRenderer pdfRenderer;

	private final ITemplateEngine templateEngine;

	private final Notifications notifications;

	private final org.dhrqa.tracker.account.Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	Letters(PanelLetterRepository letters, PanelMeetingRepository meetings, LetterTemplateRepository templates,
			Reviews reviews, Csps csps, FeedbackItems items, StoredFiles files, PdfRenderer pdfRenderer,
			ITemplateEngine templateEngine, Notifications notifications, org.dhrqa.tracker.account.Accounts accounts,
			MessageSource messages, Clock clock) {
		this.letters = letters;
		this.meetings = meetings;
		this.templates = templates;
		this.reviews = reviews;
		this.csps = csps;
		this.items = items;
		this.files = files;
		this.pdfRenderer = pdfRenderer;
		this.templateEngine = templateEngine;
		this.notifications = notifications;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	// Meetings

	public List<MeetingView> meetings(SignedInUser user) {
		requireHomeOffice(user);
		return this.meetings.findAllByOrderByMeetingDateDesc().stream().map(this::meetingView).toList();
	}

	public MeetingView meeting(Long id, SignedInUser user) {
		requireHomeOffice(user);
		return meetingView(this.meetings.findById(id).orElseThrow(NotFoundException::new));
	}

	public boolean meetingExists(LocalDate date) {
		return this.meetings.findByMeetingDate(date).isPresent();
	}

	@Transactional
	public Long scheduleMeeting(LocalDate date, SignedInUser user) {
		requireSecretariat(user);
		return this.meetings.findByMeetingDate(date)
			.orElseGet(() -> this.meetings.save(new PanelMeeting(date, this.clock.instant())))
			.getId();
	}

	/** Reviews waiting for the panel that this meeting does not yet consider. */
	public List<ReviewView> awaitingPanel(Long meetingId, SignedInUser user) {
		PanelMeeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		return this.reviews.registerAll(RegisterQuery.all(), user)
			.stream()
			.filter((review) -> review.stage().isWithPanel())
			.filter((review) -> !meeting.getReviewIds().contains(review.id()))
			.sorted(Comparator.comparing(ReviewView::submittedToQaOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	@Transactional
	public void consider(Long meetingId, Long reviewId, SignedInUser user) {
		requireSecretariat(user);
		PanelMeeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		if (!review.stage().isWithPanel()) {
			throw new IllegalArgumentException("Only reviews submitted to QA can go to a panel meeting");
		}
		meeting.consider(reviewId);
	}

	// Letters: reading

	public List<LetterView> forReview(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return this.letters.findByReviewIdOrderByLetterVersionDesc(reviewId)
			.stream()
			.filter((letter) -> !user.isCspUser() || letter.getStatus() != LetterStatus.DRAFT)
			.map(this::view)
			.toList();
	}

	public LetterView requireVisible(Long letterId, SignedInUser user) {
		return view(load(letterId, user));
	}

	public LetterContent content(Long letterId, SignedInUser user) {
		return load(letterId, user).content();
	}

	/** The letter as a printable HTML page: the same template as the PDF. */
	public String html(Long letterId, SignedInUser user) {
		return render(load(letterId, user), false);
	}

	/**
	 * The issued letter's PDF exactly as sent (from storage); a draft's is made afresh.
	 */
	public byte[] pdf(Long letterId, SignedInUser user) {
		PanelLetter letter = load(letterId, user);
		if (letter.getIssuedFileId() != null) {
			return this.files.bytes(letter.getIssuedFileId());
		}
		return renderPdf(letter);
	}

	public String pdfFilename(Long letterId, SignedInUser user) {
		PanelLetter letter = load(letterId, user);
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		String date = (letter.getLetterDate() != null) ? letter.getLetterDate().toString() : "draft";
		return ("QA Panel letter " + review.victimPseudonyms() + " " + date + " v" + letter.getLetterVersion() + ".pdf")
			.replaceAll("[^A-Za-z0-9 ._-]", "");
	}

	/** The review's current issued letter (not a draft, not superseded), if any. */
	public Optional<LetterView> currentIssued(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return this.letters.findByReviewIdOrderByLetterVersionDesc(reviewId)
			.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.ISSUED)
			.findFirst()
			.map(this::view);
	}

	/**
	 * Meeting and letter dates of every letter that went out: what turnaround figures are
	 * made of.
	 */
	public record IssuedLetter(Long reviewId, Long letterId, int letterVersion, LocalDate meetingDate,
			LocalDate letterDate) {

	}

	public List<IssuedLetter> issuedLetters(SignedInUser user) {
		java.util.Set<Long> visible = this.reviews.registerAll(RegisterQuery.all(), user)
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

	// Letters: drafting (secretariat)

	/**
	 * Starts the review's letter for this meeting from the standard wording, or returns
	 * its open draft.
	 */
	@Transactional
	public Long startDraft(Long meetingId, Long reviewId, SignedInUser user) {
		requireSecretariat(user);
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
		Map<String, String> wording = wording(review, csp, meeting.getMeetingDate());
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
	public String outcomeWording(Long letterId, Outcome outcome, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		CspDetails csp = this.csps.details(review.cspId()).orElseThrow(NotFoundException::new);
		LocalDate meetingDate = this.meetings.findById(letter.getMeetingId()).orElseThrow().getMeetingDate();
		return wording(review, csp, meetingDate).get(outcome.templateKey());
	}

	@Transactional
	public void edit(Long letterId, long expectedVersion, LetterContent content, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		if (letter.getVersion() != expectedVersion) {
			throw new LetterChangedMeanwhileException();
		}
		letter.edit(content, this.clock.instant());
		this.letters.saveAndFlush(letter);
	}

	@Transactional
	public void addStrength(Long letterId, String text, SignedInUser user) {
		loadDraft(letterId, user).addStrength(text.trim(), this.clock.instant());
	}

	@Transactional
	public void editStrength(Long letterId, int index, String text, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		requireIndex(letter, index);
		letter.editStrength(index, text.trim(), this.clock.instant());
	}

	@Transactional
	public void removeStrength(Long letterId, int index, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		requireIndex(letter, index);
		letter.removeStrength(index, this.clock.instant());
	}

	@Transactional
	public void moveStrength(Long letterId, int index, int direction, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		requireIndex(letter, index);
		letter.moveStrength(index, direction, this.clock.instant());
	}

	@Transactional
	public Long addItem(Long letterId, String text, String paragraphRef, FeedbackCategory category, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		return this.items.addDraft(letterId, letter.getReviewId(), text.trim(), blankToNull(paragraphRef), category);
	}

	@Transactional
	public void editItem(Long letterId, Long itemId, String text, String paragraphRef, FeedbackCategory category,
			SignedInUser user) {
		loadDraft(letterId, user);
		this.items.editDraft(letterId, itemId, text.trim(), blankToNull(paragraphRef), category);
	}

	@Transactional
	public void removeItem(Long letterId, Long itemId, SignedInUser user) {
		loadDraft(letterId, user);
		this.items.removeDraft(letterId, itemId);
	}

	@Transactional
	public void moveItem(Long letterId, Long itemId, int direction, SignedInUser user) {
		loadDraft(letterId, user);
		this.items.moveDraft(letterId, itemId, direction);
	}

	// Resubmission

	/**
	 * The CSP may send the review back to the panel when the latest letter asked for
	 * resubmission and every one of its areas has a response.
	 */
	public boolean canResubmit(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		if (!user.isCspUser() || !user.canEditForCsp(review.cspId())) {
			return false;
		}
		if (review.stage() != ReviewStage.FEEDBACK_ISSUED && review.stage() != ReviewStage.REVISING) {
			return false;
		}
		Optional<PanelLetter> latest = this.letters.findByReviewIdOrderByLetterVersionDesc(reviewId)
			.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.ISSUED)
			.findFirst();
		if (latest.isEmpty() || latest.get().getOutcome() != Outcome.RESUBMIT) {
			return false;
		}
		return this.items.liveOfReview(reviewId)
			.stream()
			.allMatch((item) -> item.status() == org.dhrqa.tracker.feedback.FeedbackStatus.RESPONDED
					|| item.status() == org.dhrqa.tracker.feedback.FeedbackStatus.ACCEPTED);
	}

	/**
	 * Back to the panel's queue: the areas not yet accepted carry forward to the next
	 * letter.
	 */
	@Transactional
	public void resubmit(Long reviewId, SignedInUser user) {
		if (!canResubmit(reviewId, user)) {
			throw new AccessDeniedException("The review cannot be resubmitted yet");
		}
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		LocalDate today = LocalDate.now(this.clock);
		if (review.stage() == ReviewStage.FEEDBACK_ISSUED) {
			this.reviews.advance(reviewId, ReviewStage.REVISING, today, user.actor(), null);
		}
		this.reviews.advance(reviewId, ReviewStage.RESUBMITTED, today, user.actor(), msg("letter.resubmitted.note"));
		for (org.dhrqa.tracker.account.UserSummary person : this.accountsWithRole(Role.QA_SECRETARIAT)) {
			this.notifications.notifyUser(person, msg("letter.resubmitted.subject", review.victimPseudonyms()),
					msg("letter.resubmitted.body", review.victimPseudonyms(), review.cspName()),
					"/reviews/" + reviewId);
		}
	}

	private List<org.dhrqa.tracker.account.UserSummary> accountsWithRole(Role role) {
		return this.accounts.all().stream().filter((person) -> person.role() == role && person.enabled()).toList();
	}

	// Issuing

	/**
	 * Issues the draft: dated, fixed, its PDF stored as sent, its items opened for the
	 * CSP, the review moved to "feedback issued" and the CSP's people told. A second
	 * click finds the letter already issued and changes nothing.
	 */
	@Transactional
	public void issue(Long letterId, long expectedVersion, SignedInUser user) {
		PanelLetter letter = loadDraft(letterId, user);
		if (letter.getVersion() != expectedVersion) {
			throw new LetterChangedMeanwhileException();
		}
		ReviewView review = this.reviews.requireVisible(letter.getReviewId(), user);
		Actor actor = user.actor();
		letter.issue(LocalDate.now(this.clock), user.id(), this.clock.instant());
		String note = msg("letter.event.issued",
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
		if (review.stage() == ReviewStage.SUBMITTED_TO_QA || review.stage() == ReviewStage.RESUBMITTED) {
			this.reviews.advance(review.id(), ReviewStage.FEEDBACK_ISSUED, letter.getLetterDate(), actor,
					msg("letter.stageNote", letter.getLetterVersion()));
		}
		this.notifications.notifyCsp(review.cspId(), msg("letter.notification.subject", review.victimPseudonyms()),
				msg("letter.notification.body", review.victimPseudonyms(), msg(letter.getOutcome().messageKey()),
						this.items.ofLetter(letter.getId()).size()),
				"/letters/" + letter.getId());
	}

	/**
	 * A correction: a new draft version that will supersede the issued letter, for the
	 * reason given.
	 */
	@Transactional
	public Long correct(Long letterId, String reason, SignedInUser user) {
		requireSecretariat(user);
		PanelLetter issued = load(letterId, user);
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
	 * Letters issued before their PDF was kept (such as imported ones) get it now, once.
	 */
	@Transactional
	public int storeMissingPdfs() {
		List<PanelLetter> missing = this.letters.findIssuedWithoutPdf();
		missing.forEach(this::attachPdf);
		return missing.size();
	}

	private void attachPdf(PanelLetter letter) {
		byte[] pdf = renderPdf(letter);
		Long fileId = this.files
			.store(pdf, "qa-panel-letter-" + letter.getId() + "-v" + letter.getLetterVersion() + ".pdf",
					"application/pdf")
			.id();
		letter.attachIssuedPdf(fileId);
	}

	// Rendering

	private byte[] renderPdf(PanelLetter letter) {
		return this.pdfRenderer.render(render(letter, true), "about:blank");
	}

	/**
	 * The PDF carries its stylesheet inside; the browser loads it (inline styles are
	 * refused there).
	 */
	private String render(PanelLetter letter, boolean forPdf) {
		Context context = new Context(Locale.UK);
		context.setVariable("doc", document(letter));
		context.setVariable("inlineCss", forPdf);
		context.setVariable("css", forPdf ? LetterStylesheet.CSS : "");
		return this.templateEngine.process(DOCUMENT_TEMPLATE, context);
	}

	private LetterDocument document(PanelLetter letter) {
		LetterContent content = letter.content();
		ReviewView review = this.reviews.byId(letter.getReviewId());
		List<String> addressee = new ArrayList<>();
		addressee.add(content.addresseeName());
		addIfPresent(addressee, content.addresseeRole());
		addIfPresent(addressee, content.addresseeOrganisation());
		addressee.addAll(LetterDocument.lines(content.addresseeAddress()));
		List<String> itemTexts = this.items.ofLetter(letter.getId()).stream().map(ItemView::text).toList();
		return new LetterDocument(msg("letter.document.title", review.victimPseudonyms(), review.cspName()),
				LetterDocument.lines(content.letterhead()), addressee,
				(content.letterDate() != null) ? LetterDates.parts(content.letterDate()) : null, content.salutation(),
				LetterDocument.paragraphs(content.opening()), letter.getStrengths(),
				LetterDocument.paragraphs(content.outcomeText()), content.listHeading(), itemTexts,
				LetterDocument.paragraphs(content.publicationInstructions()),
				LetterDocument.paragraphs(content.closing()), LetterDocument.lines(content.signOff()),
				letter.getStatus() == LetterStatus.DRAFT);
	}

	private Map<String, String> wording(ReviewView review, CspDetails csp, LocalDate meetingDate) {
		String firstName = firstName(csp.contactName());
		return this.templates.findAllByOrderByIdAsc()
			.stream()
			.collect(Collectors.toMap(LetterTemplate::getKey,
					(template) -> template.getBody()
						.replace("{pseudonym}", review.victimPseudonyms())
						.replace("{csp}", csp.name() + (csp.name().endsWith("(CSP)") ? "" : " (CSP)"))
						.replace("{meetingDate}", LetterDates.ordinal(meetingDate))
						.replace("{addresseeFirstName}", firstName)));
	}

	/** "Cllr Clair Bell" is written to as "Dear Clair". */
	static String firstName(String contactName) {
		if (contactName == null || contactName.isBlank()) {
			return "Sir or Madam";
		}
		List<String> titles = List.of("cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
				"sir", "dame", "rev", "lord", "lady");
		for (String word : contactName.trim().split("\\s+")) {
			if (!titles.contains(word.replace(".", "").toLowerCase(Locale.UK))) {
				return word;
			}
		}
		return contactName.trim();
	}

	private MeetingView meetingView(PanelMeeting meeting) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, PanelLetter> latestLetter = this.letters.findByMeetingId(meeting.getId())
			.stream()
			.collect(Collectors.toMap(PanelLetter::getReviewId, (letter) -> letter,
					(a, b) -> (a.getLetterVersion() >= b.getLetterVersion()) ? a : b));
		List<MeetingView.Row> rows = meeting.getReviewIds().stream().map((reviewId) -> {
			ReviewView review = this.reviews.byId(reviewId);
			PanelLetter letter = latestLetter.get(reviewId);
			Long turnaround = (letter != null && letter.getStatus() != LetterStatus.DRAFT)
					? ChronoUnit.DAYS.between(meeting.getMeetingDate(), letter.getLetterDate()) : null;
			return new MeetingView.Row(reviewId, review.title(), review.reference(),
					(letter != null) ? letter.getId() : null, (letter != null) ? letter.getStatus() : null, turnaround);
		}).toList();
		return new MeetingView(meeting.getId(), meeting.getMeetingDate(),
				ChronoUnit.DAYS.between(meeting.getMeetingDate(), today), rows);
	}

	private LetterView view(PanelLetter letter) {
		ReviewView review = this.reviews.byId(letter.getReviewId());
		LocalDate meetingDate = this.meetings.findById(letter.getMeetingId()).orElseThrow().getMeetingDate();
		Long turnaround = (letter.getLetterDate() != null && letter.getStatus() != LetterStatus.DRAFT)
				? ChronoUnit.DAYS.between(meetingDate, letter.getLetterDate()) : null;
		return new LetterView(letter.getId(), letter.getReviewId(), review.title(), letter.getMeetingId(), meetingDate,
				letter.getLetterVersion(), letter.getStatus(), letter.getLetterDate(), letter.getOutcome(),
				List.copyOf(letter.getStrengths()), this.items.ofLetter(letter.getId()), letter.getIssuedAt(),
				letter.getSupersedesLetterId(), letter.getSupersedeReason(), letter.getVersion(), turnaround,
				ChronoUnit.DAYS.between(meetingDate, LocalDate.now(this.clock)));
	}

	/**
	 * The letter, when this person may see it: its review is theirs to see, and CSP users
	 * never see a draft.
	 */
	private PanelLetter load(Long letterId, SignedInUser user) {
		PanelLetter letter = this.letters.findById(letterId).orElseThrow(NotFoundException::new);
		this.reviews.requireVisible(letter.getReviewId(), user);
		if (user.isCspUser() && letter.getStatus() == LetterStatus.DRAFT) {
			throw new NotFoundException();
		}
		return letter;
	}

	private PanelLetter loadDraft(Long letterId, SignedInUser user) {
		PanelLetter letter = load(letterId, user);
		requireSecretariat(user);
		if (letter.getStatus() != LetterStatus.DRAFT) {
			throw new LetterAlreadyIssuedException();
		}
		return letter;
	}

	private static void requireIndex(PanelLetter letter, int index) {
		if (index < 0 || index >= letter.getStrengths().size()) {
			throw new NotFoundException();
		}
	}

	static void requireSecretariat(SignedInUser user) {
		if (!user.is(Role.QA_SECRETARIAT)) {
			throw new AccessDeniedException("Only the QA secretariat drafts and issues letters");
		}
	}

	static void requireHomeOffice(SignedInUser user) {
		if (user.isCspUser()) {
			throw new AccessDeniedException("Panel meetings are for the Home Office");
		}
	}

	private static void addIfPresent(List<String> lines, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(value.trim());
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
