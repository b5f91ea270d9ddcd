package org.dhrqa.tracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.ActionPlans;
import org.dhrqa.tracker.actionplan.PlanViews;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.feedback.ItemFilter;
import org.dhrqa.tracker.feedback.ItemRow;
import org.dhrqa.tracker.letter.Letters;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.Readiness;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the dashboard, for the reviews the person may see. */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	/**
	 * Home Office target: a review completed within six months of the decision to hold
	 * it.
	 */
	static final int TARGET_MONTHS = 6;

	private final Reviews reviews;

	private final FeedbackCounts counts;

	private final FeedbackWork work;

	private final ActionPlans plans;

	private final Publications publications;

	private final Letters letters;

	private final Clock clock;

	Dashboard(Reviews reviews, FeedbackCounts counts, FeedbackWork work, ActionPlans plans, Publications publications,
			Letters letters, Clock clock) {
		this.reviews = reviews;
		this.counts = counts;
		this.work = work;
		this.plans = plans;
		this.publications = publications;
		this.letters = letters;
		this.clock = clock;
	}

	public record Row(Long reviewId, String reference, String pseudonym, Long cspId, String csp, ReviewStage stage,
			int readinessDone, int readinessTotal, int openItems, int totalItems, long overdueItems,
			long overdueActions, long driftingActions, boolean pastTarget, Long daysLetterToPublication) {

	}

	public record Turnaround(String quarter, int letters, long median, long longest) {

	}

	public record View(Map<ReviewStage, Long> byStage, List<Row> rows, List<Turnaround> turnaround,
			Long medianLetterToPublication, long pastTarget) {

		public long maxStageCount() {
			return this.byStage.values().stream().mapToLong(Long::longValue).max().orElse(1);
		}

		public long maxTurnaround() {
			return Math.max(1, this.turnaround.stream().mapToLong(Turnaround::longest).max().orElse(1));
		}

	}

	public View view(SignedInUser user, Long cspFilter) {
		LocalDate today = LocalDate.now(this.clock);
		List<ReviewView> visible = this.reviews.registerAll(RegisterQuery.all(), user)
			.stream()
			.filter((review) -> cspFilter == null || review.cspId().equals(cspFilter))
			.toList();
		Map<Long, FeedbackCounts.Counts> itemCounts = this.counts
			.forReviews(visible.stream().map(ReviewView::id).toList());
		Map<Long, LocalDate> firstLetter = new java.util.HashMap<>();
		List<Letters.IssuedLetter> issued = this.letters.issuedLetters(user);
		for (Letters.IssuedLetter letter : issued) {
			firstLetter.merge(letter.reviewId(), letter.letterDate(), (a, b) -> a.isBefore(b) ? a : b);
		}
		Map<ReviewStage, Long> byStage = new EnumMap<>(ReviewStage.class);
		List<Row> rows = new ArrayList<>();
		for (ReviewView review : visible) {
			byStage.merge(review.stage(), 1L, Long::sum);
			Readiness readiness = this.publications.readiness(review.id(), user);
			FeedbackCounts.Counts items = itemCounts.getOrDefault(review.id(), FeedbackCounts.Counts.NONE);
			long overdueItems = this.work.overdueCount(review.id(), user);
			PlanViews.Plan plan = this.plans.plan(review.id(), user);
			LocalDate letter = firstLetter.get(review.id());
			Long letterToPublication = (letter != null && review.publishedOn() != null)
					? ChronoUnit.DAYS.between(letter, review.publishedOn()) : null;
			rows.add(new Row(review.id(), review.reference(), review.victimPseudonyms(), review.cspId(),
					review.cspName(), review.stage(), readiness.done(), readiness.total(), items.open(), items.total(),
					overdueItems, plan.overdue(), plan.drifting(), pastTarget(review, today), letterToPublication));
		}
		Map<ReviewStage, Long> orderedStages = new LinkedHashMap<>();
		for (ReviewStage stage : ReviewStage.values()) {
			if (byStage.containsKey(stage)) {
				orderedStages.put(stage, byStage.get(stage));
			}
		}
		java.util.Set<Long> ids = visible.stream().map(ReviewView::id).collect(Collectors.toSet());
		List<Long> toPublication = rows.stream()
			.map(Row::daysLetterToPublication)
			.filter(java.util.Objects::nonNull)
			.toList();
		return new View(orderedStages, rows,
				turnaround(issued.stream().filter((letter) -> ids.contains(letter.reviewId())).toList()),
				toPublication.isEmpty() ? null : median(toPublication), rows.stream().filter(Row::pastTarget).count());
	}

	/**
	 * Past the six-month target: more than six months from the decision to hold the
	 * review (or the notification, when no decision date is recorded) to submission to
	 * the QA Panel, or to today when it has not been submitted yet.
	 */
	static boolean pastTarget(ReviewView review, LocalDate today) {
		LocalDate start = (review.decisionOn() != null) ? review.decisionOn() : review.notifiedOn();
		if (start == null || review.stage() == ReviewStage.NOT_PROCEEDING || review.stage() == ReviewStage.NOTIFIED
				|| review.stage() == ReviewStage.DECISION_PENDING) {
			return false;
		}
		LocalDate end = (review.submittedToQaOn() != null) ? review.submittedToQaOn() : today;
		return end.isAfter(start.plusMonths(TARGET_MONTHS));
	}

	/**
	 * Days from the panel meeting to the first letter, by the quarter the letter went
	 * out.
	 */
	static List<Turnaround> turnaround(List<Letters.IssuedLetter> issued) {
		Map<String, List<Long>> byQuarter = new TreeMap<>();
		issued.stream()
			.filter((letter) -> letter.letterVersion() == 1 && letter.meetingDate() != null)
			.forEach(
					(letter) -> byQuarter
						.computeIfAbsent(
								letter.letterDate().getYear() + " Q"
										+ letter.letterDate().get(IsoFields.QUARTER_OF_YEAR),
								(key) -> new ArrayList<>())
						.add(ChronoUnit.DAYS.between(letter.meetingDate(), letter.letterDate())));
		return byQuarter.entrySet()
			.stream()
			.map((entry) -> new Turnaround(entry.getKey(), entry.getValue().size(), median(entry.getValue()),
					entry.getValue().stream().mapToLong(Long::longValue).max().orElse(0)))
			.toList();
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
	}

}
