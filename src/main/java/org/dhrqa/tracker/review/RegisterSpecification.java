package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.data.jpa.domain.Specification;

/**
 * The register's query: the person's scope (a CSP person sees their CSP only), the
 * filters and search, and the order, ending with the id so pages never overlap. Each
 * order has its index (V92).
 */
final class RegisterSpecification {

	private RegisterSpecification() {
	}

	static Specification<Review> of(RegisterQuery query, SignedInUser user, Map<Long, String> cspNamesInOrder) {
		return (root, criteria, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (user.isCspUser()) {
				where.add(cb.equal(root.get("cspId"), user.cspId()));
			}
			if (query.csp() != null) {
				where.add(cb.equal(root.get("cspId"), query.csp()));
			}
			if (query.stage() != null) {
				where.add(cb.equal(root.get("stage"), query.stage()));
			}
			if (query.year() != null) {
				where.add(cb.between(root.get("notifiedOn"), LocalDate.of(query.year(), 1, 1),
						LocalDate.of(query.year(), 12, 31)));
			}
			if (query.search() != null) {
				String like = "%" + query.search()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("reference")), like, '\\'),
						cb.like(cb.lower(root.get("victimPseudonyms")), like, '\\')));
			}
			if (criteria != null && criteria.getResultType() != Long.class && criteria.getResultType() != long.class) {
				Expression<?> key = switch (query.sortKey()) {
					case "reference" -> cb.lower(root.get("reference"));
					case "pseudonym" -> cb.lower(root.get("victimPseudonyms"));
					case "stage" -> root.get("stage");
					case "notified" -> root.get("notifiedOn");
					case "csp" -> cspOrder(root.get("cspId"), cspNamesInOrder, cb);
					default -> root.get("updatedAt");
				};
				Order primary = query.ascending() ? cb.asc(key) : cb.desc(key);
				criteria.orderBy(primary, cb.desc(root.get("id")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Orders by CSP name without reaching into the CSP module's table: its position in
	 * the name order.
	 */
	private static Expression<Integer> cspOrder(Expression<Long> cspId, Map<Long, String> cspNamesInOrder,
			CriteriaBuilder cb) {
		var cases = cb.<Long, Integer>selectCase(cspId);
		int position = 0;
		for (Long id : cspNamesInOrder.keySet()) {
			cases = cases.when(id, position++);
		}
		return cases.otherwise(position);
	}

}
