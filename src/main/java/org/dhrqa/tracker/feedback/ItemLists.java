package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of feedback items: a review's, a person's own, the unassigned ones of a CSP,
 * and those awaiting the secretariat's verification. Each is one page, filtered, ordered
 * and counted by the database, and named with one query for reviews and one for people.
 */
@Service
@Transactional(readOnly = true)
class ItemLists {

	static final int PAGE_SIZE = 25;

	private static final Sort REVIEW_ORDER = Sort.by(Sort.Order.desc("letterId"), Sort.Order.asc("number"));

	private static final Sort DUE_ORDER = Sort.by(Sort.Order.asc("dueOn").nullsLast(), Sort.Order.asc("id"));

	private static final Sort RESPONSE_ORDER = Sort.by(Sort.Order.asc("respondedAt"), Sort.Order.asc("id"));

	private final FeedbackItemRepository repository;

	private final Reviews reviews;

	private final Accounts accounts;

	private final Clock clock;

	ItemLists(FeedbackItemRepository repository, Reviews reviews, Accounts accounts, Clock clock) {
		this.repository = repository;
		this.reviews = reviews;
		this.accounts = accounts;
		this.clock = clock;
	}

	Page<ItemRow> forReview(Long reviewId, ItemFilter filter, int page, SignedInUser user) {
		String title = this.reviews.requireVisible(reviewId, user).title();
		// every row is this review's, already read
		return rows(ItemSpecifications.Scope.review(reviewId), filter, page, REVIEW_ORDER,
				(ids) -> Map.of(reviewId, title));
	}

	/** A CSP person's own unresolved items, the soonest due first. */
	Page<ItemRow> mine(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS);
		return rows(new ItemSpecifications.Scope(null, user.cspId(), user.id(), false, ItemSpecifications.UNRESOLVED),
				filter, page, DUE_ORDER, titlesFor(user));
	}

	/** The CSP's items nobody has been given yet. */
	Page<ItemRow> unassigned(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS);
		return rows(new ItemSpecifications.Scope(null, user.cspId(), null, true, ItemSpecifications.WITH_CSP), filter,
				page, DUE_ORDER, titlesFor(user));
	}

	/**
	 * Answered by CSPs and waiting for the secretariat's decision, oldest response first.
	 */
	Page<ItemRow> awaitingVerification(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.DECIDE_ITEMS);
		return rows(new ItemSpecifications.Scope(null, null, null, false, Set.of(FeedbackStatus.RESPONDED)), filter,
				page, RESPONSE_ORDER, titlesFor(user));
	}

	/** The titles of the page's reviews that the person may see, in one query. */
	private Function<Set<Long>, Map<Long, String>> titlesFor(SignedInUser user) {
		return (ids) -> this.reviews.titles(ids, user);
	}

	private Page<ItemRow> rows(ItemSpecifications.Scope scope, ItemFilter filter, int page, Sort order,
			Function<Set<Long>, Map<Long, String>> titlesOf) {
		LocalDate today = LocalDate.now(this.clock);
		Page<FeedbackItem> items = this.repository.findAll(ItemSpecifications.of(scope, filter, today),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, order));
		if (items.getNumber() > 0 && items.getNumber() >= items.getTotalPages()) {
			items = this.repository.findAll(ItemSpecifications.of(scope, filter, today),
					PageRequest.of(Math.max(items.getTotalPages() - 1, 0), PAGE_SIZE, order));
		}
		Set<Long> reviewIds = new HashSet<>();
		Set<Long> people = new HashSet<>();
		for (FeedbackItem item : items) {
			reviewIds.add(item.getReviewId());
			if (item.getAssigneeUserId() != null) {
				people.add(item.getAssigneeUserId());
			}
		}
		Map<Long, String> titles = reviewIds.isEmpty() ? Map.of() : titlesOf.apply(reviewIds);
		Map<Long, String> names = this.accounts.names(people);
		return items.map((item) -> row(item, titles, names, today));
	}

	private static ItemRow row(FeedbackItem item, Map<Long, String> titles, Map<Long, String> names, LocalDate today) {
		ItemView view = ItemView.of(item);
		boolean withCsp = ItemSpecifications.WITH_CSP.contains(view.status());
		boolean overdue = withCsp && view.dueOn() != null && view.dueOn().isBefore(today);
		boolean dueSoon = withCsp && !overdue && view.dueOn() != null
				&& !view.dueOn().isAfter(today.plusDays(FeedbackWork.DUE_SOON_DAYS));
		return new ItemRow(view, Objects.requireNonNullElse(titles.get(item.getReviewId()), ""),
				(view.assigneeUserId() != null) ? names.get(view.assigneeUserId()) : null, overdue, dueSoon);
	}

	/**
	 * Ids on this page (to check that a bulk action only names items the person was
	 * shown).
	 */
	static List<Long> ids(Page<ItemRow> page) {
		return page.stream().map((row) -> row.item().id()).toList();
	}

}
