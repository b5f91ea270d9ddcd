package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The item lists' filters as SQL, so each list is paged and counted by the database. */
final class ItemSpecifications {

	/** Waiting for someone: the CSP's work or the secretariat's decision. */
	static final Set<FeedbackStatus> UNRESOLVED = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RESPONDED, FeedbackStatus.RETURNED);

	/** The CSP still has to act: these can be overdue. */
	static final Set<FeedbackStatus> WITH_CSP = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RETURNED);

	private static final Set<FeedbackStatus> LIVE = Set.of(FeedbackStatus.OPEN, FeedbackStatus.IN_PROGRESS,
			FeedbackStatus.RESPONDED, FeedbackStatus.ACCEPTED, FeedbackStatus.RETURNED);

	private ItemSpecifications() {
	}

	/** Which items a list holds before the person's filter. */
	record Scope(Long reviewId, Long cspId, Long assigneeId, boolean unassignedOnly, Set<FeedbackStatus> statuses) {

		static Scope review(Long reviewId) {
			return new Scope(reviewId, null, null, false, LIVE);
		}

	}

	static Specification<FeedbackItem> of(Scope scope, ItemFilter filter, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("status").in(scope.statuses()));
			if (scope.reviewId() != null) {
				where.add(cb.equal(root.get("reviewId"), scope.reviewId()));
			}
			if (scope.cspId() != null) {
				where.add(cb.equal(root.get("cspId"), scope.cspId()));
			}
			if (scope.assigneeId() != null) {
				where.add(cb.equal(root.get("assigneeUserId"), scope.assigneeId()));
			}
			if (scope.unassignedOnly()) {
				where.add(cb.isNull(root.get("assigneeUserId")));
			}
			if (filter.csp() != null) {
				where.add(cb.equal(root.get("cspId"), filter.csp()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.assignee() != null) {
				where.add(cb.equal(root.get("assigneeUserId"), filter.assignee()));
			}
			if (filter.category() != null) {
				where.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.overdueOnly()) {
				where.add(root.get("status").in(WITH_CSP));
				where.add(cb.lessThan(root.get("dueOn"), today));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
