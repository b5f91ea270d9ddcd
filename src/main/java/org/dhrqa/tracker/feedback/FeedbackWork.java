package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work on feedback items: CSP staff assign, date, comment and respond; the
 * secretariat accepts or returns with a reason. Every action checks that the person may
 * see the review and holds the right role, and is recorded on the item's timeline.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackWork {

	/** Items due within this many days are "due soon". */
	public static final int DUE_SOON_DAYS = 7;

	private final FeedbackItemRepository repository;

	private final FeedbackCounts counts;

	private final Reviews reviews;

	private final Accounts accounts;

	private final ReportVersions reports;

	private final ApplicationEventPublisher events;

	private final Formats formats;

	private final Clock clock;

	FeedbackWork(FeedbackItemRepository repository, FeedbackCounts counts, Reviews reviews, Accounts accounts,
			ReportVersions reports, ApplicationEventPublisher events, Formats formats, Clock clock) {
		this.reports = reports;
		this.repository = repository;
		this.counts = counts;
		this.reviews = reviews;
		this.accounts = accounts;
		this.events = events;
		this.formats = formats;
		this.clock = clock;
	}

	// Reading

	public ItemView item(Long itemId, SignedInUser user) {
		return ItemView.of(load(itemId, user));
	}

	/**
	 * The item, when the person may see it (else 404) and holds the permission for its
	 * review (else 403): checked before a form is even read.
	 */
	public ItemView item(Long itemId, Permission permission, SignedInUser user) {
		FeedbackItem item = load(itemId, user);
		user.require(permission, this.reviews.byId(item.getReviewId()).cspId());
		return ItemView.of(item);
	}

	/**
	 * The item with its timeline, read once for its page, and when its own letter opened
	 * it (null for an item a corrected letter carried over).
	 */
	ItemPage page(Long itemId, SignedInUser user) {
		FeedbackItem item = load(itemId, user);
		return new ItemPage(ItemView.of(item), timeline(item), item.openedAt());
	}

	private static List<ItemEventView> timeline(FeedbackItem item) {
		return item.getEvents()
			.stream()
			.map((event) -> new ItemEventView(event.getType().name(), event.getActorName(), event.getOccurredAt(),
					event.getToStatus(), event.getText()))
			.toList();
	}

	/**
	 * An item as its page shows it: the item, its events oldest first, when it opened.
	 */
	record ItemPage(ItemView item, List<ItemEventView> timeline, Instant openedAt) {

	}

	/** How many of a review's items the CSP has let go past their due date. */
	public long overdueCount(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return this.counts.tally(reviewId).overdue();
	}

	/** The person's colleagues in their own CSP, who can be given its items. */
	public List<UserSummary> colleagues(SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS);
		return this.accounts.activeInCsp(user.cspId());
	}

	/** Everyone in the review's CSP who can be given an item. */
	public List<UserSummary> assignable(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return this.accounts.activeInCsp(review.cspId());
	}

	public boolean isOverdue(ItemView item) {
		return item.dueOn() != null && item.status().isUnresolved() && item.status() != FeedbackStatus.RESPONDED
				&& item.dueOn().isBefore(LocalDate.now(this.clock));
	}

	// CSP work

	@Transactional
	public void assign(Long itemId, Long assigneeId, SignedInUser user) {
		FeedbackItem item = loadForCsp(itemId, user);
		ReviewView review = this.reviews.byId(item.getReviewId());
		UserSummary assignee = this.accounts.activeInCsp(review.cspId())
			.stream()
			.filter((candidate) -> candidate.id().equals(assigneeId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Assignee is not in the review's CSP"));
		item.assign(assignee.id(), assignee.name(), user.actor(), this.clock.instant());
		changed(item, "ASSIGNED", user);
		if (item.getStatus() == FeedbackStatus.OPEN || item.getStatus() == FeedbackStatus.RETURNED) {
			item.start(user.actor(), this.clock.instant());
		}
	}

	@Transactional
	public void setDueOn(Long itemId, LocalDate dueOn, SignedInUser user) {
		FeedbackItem item = loadForCsp(itemId, user);
		item.setDueOn(dueOn, this.formats.date(dueOn), user.actor(), this.clock.instant());
		changed(item, "DUE_DATE", user);
	}

	@Transactional
	public void comment(Long itemId, String text, SignedInUser user) {
		FeedbackItem item = load(itemId, user);
		ReviewView review = this.reviews.byId(item.getReviewId());
		user.require(Permission.COMMENT_ON_ITEMS, review.cspId());
		item.comment(text, user.actor(), this.clock.instant());
		changed(item, "COMMENTED", user);
	}

	@Transactional
	public void respond(Long itemId, String response, Long reportVersionId, String paragraph, SignedInUser user) {
		FeedbackItem item = loadForCsp(itemId, user);
		if (reportVersionId != null && this.reports.of(item.getReviewId(), user)
			.stream()
			.noneMatch((version) -> version.id().equals(reportVersionId))) {
			throw new IllegalArgumentException("The report version is not one of this review's");
		}
		if (item.getAssigneeUserId() == null) {
			// whoever answers an unassigned item has it from now on, so it is on their
			// list
			item.assign(user.id(), user.name(), user.actor(), this.clock.instant());
		}
		item.respond(response, reportVersionId, paragraph, user.actor(), this.clock.instant());
		changed(item, "RESPONDED", user);
	}

	// Secretariat decisions

	@Transactional
	public void accept(Long itemId, String note, SignedInUser user) {
		FeedbackItem item = loadForSecretariat(itemId, user);
		item.accept(note, user.actor(), this.clock.instant());
		decided(item, user.actor());
	}

	@Transactional
	public void returnToCsp(Long itemId, String reason, SignedInUser user) {
		FeedbackItem item = loadForSecretariat(itemId, user);
		item.returnToCsp(reason, user.actor(), this.clock.instant());
		decided(item, user.actor());
	}

	/**
	 * The CSP's manager gives several items at once to a colleague and/or a due date;
	 * returns how many changed. Items not in the manager's CSP, or no longer live, are
	 * refused as a whole.
	 */
	@Transactional
	public int allocate(Collection<Long> itemIds, Long assigneeId, LocalDate dueOn, SignedInUser user) {
		user.require(Permission.ALLOCATE_ITEMS);
		UserSummary assignee = null;
		if (assigneeId != null) {
			assignee = this.accounts.activeInCsp(user.cspId())
				.stream()
				.filter((candidate) -> candidate.id().equals(assigneeId))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Assignee is not in the manager's CSP"));
		}
		int changed = 0;
		for (FeedbackItem item : this.repository.findByIdIn(itemIds)) {
			if (!user.may(Permission.ALLOCATE_ITEMS, item.getCspId()) || !item.getStatus().isLive()) {
				throw new NotFoundException();
			}
			if (assignee != null) {
				item.assign(assignee.id(), assignee.name(), user.actor(), this.clock.instant());
				if (item.getStatus() == FeedbackStatus.OPEN || item.getStatus() == FeedbackStatus.RETURNED) {
					item.start(user.actor(), this.clock.instant());
				}
				changed(item, "ASSIGNED", user);
			}
			if (dueOn != null) {
				item.setDueOn(dueOn, this.formats.date(dueOn), user.actor(), this.clock.instant());
				changed(item, "DUE_DATE", user);
			}
			changed++;
		}
		return changed;
	}

	/**
	 * Accepts every listed item that is waiting for a decision; returns how many were
	 * accepted.
	 */
	@Transactional
	public int acceptAll(Collection<Long> itemIds, SignedInUser user) {
		int accepted = 0;
		for (Long itemId : itemIds) {
			FeedbackItem item = loadForSecretariat(itemId, user);
			if (item.getStatus() == FeedbackStatus.RESPONDED) {
				item.accept(null, user.actor(), this.clock.instant());
				decided(item, user.actor());
				accepted++;
			}
		}
		return accepted;
	}

	private void changed(FeedbackItem item, String change, SignedInUser user) {
		this.events.publishEvent(new FeedbackItemChanged(item.getId(), item.getReviewId(), item.getStatus(), change,
				user.actor(), item.getNumber(), item.getAssigneeUserId()));
	}

	private void decided(FeedbackItem item, Actor actor) {
		this.repository.flush();
		boolean allAccepted = this.repository.findByLetterIdOrderByNumberAsc(item.getLetterId())
			.stream()
			.allMatch((each) -> each.getStatus() == FeedbackStatus.ACCEPTED);
		this.events.publishEvent(
				new FeedbackItemDecided(item.getId(), item.getReviewId(), item.getLetterId(), item.getStatus(),
						allAccepted, actor, item.getNumber(), item.getAssigneeUserId(), item.getDecisionNote()));
	}

	// Access

	private FeedbackItem load(Long itemId, SignedInUser user) {
		FeedbackItem item = this.repository.findById(itemId).orElseThrow(NotFoundException::new);
		this.reviews.requireVisible(item.getReviewId(), user);
		if (!item.getStatus().isLive()) {
			throw new NotFoundException();
		}
		return item;
	}

	private FeedbackItem loadForCsp(Long itemId, SignedInUser user) {
		FeedbackItem item = load(itemId, user);
		user.require(Permission.WORK_ON_ITEMS, this.reviews.byId(item.getReviewId()).cspId());
		return item;
	}

	private FeedbackItem loadForSecretariat(Long itemId, SignedInUser user) {
		FeedbackItem item = load(itemId, user);
		user.require(Permission.DECIDE_ITEMS, this.reviews.byId(item.getReviewId()).cspId());
		return item;
	}

}
