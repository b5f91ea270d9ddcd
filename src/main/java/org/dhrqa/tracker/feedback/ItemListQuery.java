package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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

	private final String where;

	private final Map<String, Object> parameters;

	private ItemListQuery(String where, Map<String, Object> parameters) {
		this.where = where;
		this.parameters = parameters;
	}

	static ItemListQuery of(Scope scope, ItemFilter filter, LocalDate today) {
		StringBuilder where = new StringBuilder(" where i.status in ").append(literals(scope.statuses()));
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (scope.reviewId() != null) {
			where.append(" and i.reviewId = :review");
			parameters.put("review", scope.reviewId());
		}
		if (scope.cspId() != null) {
			where.append(" and i.cspId = :scopeCsp");
			parameters.put("scopeCsp", scope.cspId());
		}
		if (scope.assigneeId() != null) {
			where.append(" and i.assigneeUserId = :scopeAssignee");
			parameters.put("scopeAssignee", scope.assigneeId());
		}
		if (scope.unassignedOnly()) {
			where.append(" and i.assigneeUserId is null");
		}
		if (filter.csp() != null) {
			where.append(" and i.cspId = :csp");
			parameters.put("csp", filter.csp());
		}
		if (filter.status() != null) {
			where.append(" and i.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.assignee() != null) {
			where.append(" and i.assigneeUserId = :assignee");
			parameters.put("assignee", filter.assignee());
		}
		if (filter.category() != null) {
			where.append(" and i.category = :category");
			parameters.put("category", filter.category());
		}
		if (filter.overdueOnly()) {
			where.append(" and i.status in ").append(literals(WITH_CSP)).append(" and i.dueOn < :today");
			parameters.put("today", today);
		}
		return new ItemListQuery(where.toString(), parameters);
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
		TypedQuery<ItemView> query = entityManager.createQuery(SELECT + this.where + " order by " + order.jpql,
				ItemView.class);
		this.parameters.forEach(query::setParameter);
		return query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
	}

	/** How many items the list holds in all. */
	long count(EntityManager entityManager) {
		TypedQuery<Long> query = entityManager.createQuery("select count(i) from FeedbackItem i" + this.where,
				Long.class);
		this.parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

}
