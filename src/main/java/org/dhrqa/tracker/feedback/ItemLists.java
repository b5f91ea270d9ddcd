package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
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

	private final EntityManager entityManager;

	private final Reviews reviews;

	private final Accounts accounts;

	private final Clock clock;

	ItemLists(EntityManager entityManager, Reviews reviews, Accounts accounts, Clock clock) {
		this.entityManager = entityManager;
		this.reviews = reviews;
		this.accounts = accounts;
		this.clock = clock;
	}

	Page<ItemRow> forReview(Long reviewId, ItemFilter filter, int page, SignedInUser user) {
		String title = this.reviews.requireVisible(reviewId, user).title();
		// every row is this review's, already read
		return rows(ItemListQuery.Scope.review(reviewId), filter, page, ItemListQuery.Order.REVIEW,
				(ids) -> Map.of(reviewId, title));
	}

	/** A CSP person's own unresolved items, the soonest due first. */
	Page<ItemRow> mine(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS);
		return rows(new ItemListQuery.Scope(null, user.cspId(), user.id(), false, ItemListQuery.UNRESOLVED), filter,
				page, ItemListQuery.Order.DUE, titlesFor(user));
	}

	/** The CSP's items nobody has been given yet. */
	Page<ItemRow> unassigned(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS);
		return rows(new ItemListQuery.Scope(null, user.cspId(), null, true, ItemListQuery.WITH_CSP), filter, page,
				ItemListQuery.Order.DUE, titlesFor(user));
	}

	/**
	 * Answered by CSPs and waiting for the secretariat's decision, oldest response first.
	 */
	Page<ItemRow> awaitingVerification(ItemFilter filter, int page, SignedInUser user) {
		user.require(Permission.DECIDE_ITEMS);
		return rows(new ItemListQuery.Scope(null, null, null, false, Set.of(FeedbackStatus.RESPONDED)), filter, page,
				ItemListQuery.Order.RESPONSE, titlesFor(user));
	}

	/** The titles of the page's reviews that the person may see, in one query. */
	private Function<Set<Long>, Map<Long, String>> titlesFor(SignedInUser user) {
		return (ids) -> this.reviews.titles(ids, user);
	}

	private Page<ItemRow> rows(ItemListQuery.Scope scope, ItemFilter filter, int page, ItemListQuery.Order order,
			Function<Set<Long>, Map<Long, String>> titlesOf) {
		LocalDate today = LocalDate.now(this.clock);
		ItemListQuery query = ItemListQuery.of(scope, filter, today);
		Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		List<ItemView> items = query.rows(this.entityManager, order, pageable);
		if (items.isEmpty() && pageable.getPageNumber() > 0) {
			// past the end (a stale link): show the last page there is
			long total = query.count(this.entityManager);
			pageable = PageRequest.of((int) Math.max((total - 1) / PAGE_SIZE, 0), PAGE_SIZE);
			items = (total > 0) ? query.rows(this.entityManager, order, pageable) : List.of();
		}
		Set<Long> reviewIds = new HashSet<>();
		Set<Long> people = new HashSet<>();
		for (ItemView item : items) {
			reviewIds.add(item.reviewId());
			if (item.assigneeUserId() != null) {
				people.add(item.assigneeUserId());
			}
		}
		Map<Long, String> titles = reviewIds.isEmpty() ? Map.of() : titlesOf.apply(reviewIds);
		Map<Long, String> names = this.accounts.names(people);
		List<ItemRow> rows = items.stream().map((item) -> row(item, titles, names, today)).toList();
		// counted only when the rows do not tell the total (as Spring Data does)
		return PageableExecutionUtils.getPage(rows, pageable, () -> query.count(this.entityManager));
	}

	private static ItemRow row(ItemView view, Map<Long, String> titles, Map<Long, String> names, LocalDate today) {
		boolean withCsp = ItemListQuery.WITH_CSP.contains(view.status());
		boolean overdue = withCsp && view.dueOn() != null && view.dueOn().isBefore(today);
		boolean dueSoon = withCsp && !overdue && view.dueOn() != null
				&& !view.dueOn().isAfter(today.plusDays(FeedbackWork.DUE_SOON_DAYS));
		return new ItemRow(view, Objects.requireNonNullElse(titles.get(view.reviewId()), ""),
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
