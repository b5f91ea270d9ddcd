package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.dhrqa.tracker.shared.database.JpqlConditions;

import org.springframework.data.domain.Pageable;

/**
 * One item list's query: the list's scope and the person's filter as a JPQL string, so
 * each list is paged, ordered and counted by the database. A string per filter shape
 * (rather than a criteria tree built on every view) lets Hibernate translate each shape
 * once and reuse the plan.
 */
final class ItemListQuery {

	/** Waiting for someone: the CSP's work or the secretariat's decision. */
	static final Set<FeedbackStatus> UNRESOLVED = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RESPONDED, FeedbackStatus.RETURNED);

	/** The CSP still has to act: these can be overdue. */
	static final Set<FeedbackStatus> WITH_CSP = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RETURNED);

	private static final Set<FeedbackStatus> LIVE = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RESPONDED, FeedbackStatus.ACCEPTED, FeedbackStatus.RETURNED);

	/** The row a list shows: the item's values, no entity to track. */
	private static final String SELECT = "select new org.dhrqa.tracker.feedback.ItemView(i.id, i.letterId, "
			+ "i.reviewId, i.number, i.text, i.paragraphRef, i.category, i.status, i.assigneeUserId, i.dueOn, "
			+ "i.responseText, i.addressedInVersionId, i.addressedParagraph, i.respondedAt, i.decisionNote, "
			+ "i.decidedAt, i.carriedFromItemId, i.version) from FeedbackItem i";

	/**
	 * The orders the lists offer; each ends on a unique column so pages never overlap.
	 */
	enum Order {

		/** A review's list: the latest letter first, then the letter's numbering. */
		REVIEW("i.letterId desc, i.number asc"),

		/** A person's work: the soonest due first, undated last. */
		DUE("i.dueOn asc nulls last, i.id asc"),

		/** Awaiting verification: the oldest response first. */
		RESPONSE("i.respondedAt asc, i.id asc");

		private final String jpql;

		Order(String jpql) {
			this.jpql = jpql;
		}

	}

	/** Which items a list holds before the person's filter. */
	record Scope(Long reviewId, Long cspId, Long assigneeId, boolean unassignedOnly, Set<FeedbackStatus> statuses) {

		static Scope review(Long reviewId) {
			return new Scope(reviewId, null, null, false, LIVE);
		}

	}

	private final JpqlConditions where;

	private ItemListQuery(JpqlConditions where) {
		this.where = where;
	}

	static ItemListQuery of(Scope scope, ItemFilter filter, LocalDate today) {
		JpqlConditions where = new JpqlConditions().add("i.status in " + literals(scope.statuses()));
		if (scope.reviewId() != null) {
			where.add("i.reviewId = :review", "review", scope.reviewId());
		}
		if (scope.cspId() != null) {
			where.add("i.cspId = :scopeCsp", "scopeCsp", scope.cspId());
		}
		if (scope.assigneeId() != null) {
			where.add("i.assigneeUserId = :scopeAssignee", "scopeAssignee", scope.assigneeId());
		}
		if (scope.unassignedOnly()) {
			where.add("i.assigneeUserId is null");
		}
		if (filter.csp() != null) {
			where.add("i.cspId = :csp", "csp", filter.csp());
		}
		if (filter.status() != null) {
			where.add("i.status = :status", "status", filter.status());
		}
		if (filter.assignee() != null) {
			where.add("i.assigneeUserId = :assignee", "assignee", filter.assignee());
		}
		if (filter.category() != null) {
			where.add("i.category = :category", "category", filter.category());
		}
		if (filter.overdueOnly()) {
			where.add("i.status in " + literals(WITH_CSP)).add("i.dueOn < :today", "today", today);
		}
		return new ItemListQuery(where);
	}

	/**
	 * The statuses as enum literals, in a fixed order. Not a list parameter: Hibernate
	 * translates a statement with a multi-valued parameter to SQL again on every
	 * execution (the number of values could change), so the plan it keeps is not used.
	 */
	private static String literals(Set<FeedbackStatus> statuses) {
		return statuses.stream()
			.sorted()
			.map((status) -> FeedbackStatus.class.getName() + "." + status.name())
			.collect(Collectors.joining(", ", "(", ")"));
	}

	/** One page of rows, in the list's order. */
	List<ItemView> rows(EntityManager entityManager, Order order, Pageable page) {
		return this.where
			.bind(entityManager.createQuery(SELECT + this.where.text() + " order by " + order.jpql, ItemView.class))
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
	}

	/** How many items the list holds in all. */
	long count(EntityManager entityManager) {
		return this.where
			.bind(entityManager.createQuery("select count(i) from FeedbackItem i" + this.where.text(), Long.class))
			.getSingleResult();
	}

}
