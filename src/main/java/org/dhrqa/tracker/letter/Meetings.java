package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.database.UniqueKeys;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA Panel meetings: the Home Office sees them; the secretariat schedules them and adds
 * the reviews each considers.
 */
@Service
@Transactional(readOnly = true)
class Meetings {

	/** The unique key on a meeting's date (migration V86). */
	static final String MEETING_DATE_KEY = "panel_meeting_date_uk";

	private final PanelMeetingRepository meetings;

	private final PanelLetterRepository letters;

	private final Reviews reviews;

	private final Clock clock;

	Meetings(PanelMeetingRepository meetings, PanelLetterRepository letters, Reviews reviews, Clock clock) {
		this.meetings = meetings;
		this.letters = letters;
		this.reviews = reviews;
		this.clock = clock;
	}

	List<MeetingView> all(SignedInUser user) {
		user.require(Permission.SEE_MEETINGS);
		return this.meetings.findAllByOrderByMeetingDateDesc().stream().map(this::view).toList();
	}

	MeetingView meeting(Long id, SignedInUser user) {
		user.require(Permission.SEE_MEETINGS);
		return view(this.meetings.findById(id).orElseThrow(NotFoundException::new));
	}

	boolean exists(LocalDate date) {
		return this.meetings.findByMeetingDate(date).isPresent();
	}

	/** The meeting on this date, scheduled now unless it exists. */
	@Transactional
	Long schedule(LocalDate date, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		Optional<PanelMeeting> existing = this.meetings.findByMeetingDate(date);
		return existing.isPresent() ? existing.get().getId() : scheduleNew(date, user);
	}

	/**
	 * Schedules a meeting on a date that has none.
	 * @throws MeetingDateTakenException when the date has a meeting, even one scheduled
	 * by someone else a moment ago
	 */
	@Transactional
	Long scheduleNew(LocalDate date, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		if (this.meetings.findByMeetingDate(date).isPresent()) {
			throw new MeetingDateTakenException();
		}
		try {
			return this.meetings.saveAndFlush(new PanelMeeting(date, this.clock.instant())).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueKeys.breached(ex, MEETING_DATE_KEY)) {
				throw new MeetingDateTakenException();
			}
			throw ex;
		}
	}

	/** Whether the meeting can be deleted: nothing has been written for it yet. */
	boolean deletable(Long meetingId) {
		return this.letters.findByMeetingId(meetingId).isEmpty();
	}

	/**
	 * Deletes a meeting scheduled by mistake, while no letter has been started for it.
	 */
	@Transactional
	void delete(Long meetingId, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		PanelMeeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		if (!deletable(meetingId)) {
			throw new MeetingInUseException();
		}
		this.meetings.delete(meeting);
	}

	/** Reviews waiting for the panel that this meeting does not yet consider. */
	List<ReviewView> awaitingPanel(Long meetingId, SignedInUser user) {
		PanelMeeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		return this.reviews.registerAll(RegisterQuery.all(), user)
			.stream()
			.filter((review) -> review.stage().isWithPanel())
			.filter((review) -> !meeting.getReviewIds().contains(review.id()))
			.sorted(Comparator.comparing(ReviewView::submittedToQaOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	@Transactional
	void consider(Long meetingId, Long reviewId, SignedInUser user) {
		user.require(Permission.DRAFT_LETTERS);
		PanelMeeting meeting = this.meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		if (!review.stage().isWithPanel()) {
			throw new IllegalArgumentException("Only reviews submitted to QA can go to a panel meeting");
		}
		meeting.consider(reviewId);
	}

	private static PanelLetter shown(PanelLetter a, PanelLetter b) {
		boolean aIssued = a.getStatus() != LetterStatus.DRAFT;
		boolean bIssued = b.getStatus() != LetterStatus.DRAFT;
		if (aIssued != bIssued) {
			return aIssued ? a : b;
		}
		return (a.getLetterVersion() >= b.getLetterVersion()) ? a : b;
	}

	private MeetingView view(PanelMeeting meeting) {
		LocalDate today = LocalDate.now(this.clock);
		// a correction being drafted does not make the letter that went out look unissued
		Map<Long, PanelLetter> latestLetter = this.letters.findByMeetingId(meeting.getId())
			.stream()
			.collect(Collectors.toMap(PanelLetter::getReviewId, (letter) -> letter, Meetings::shown));
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

}
