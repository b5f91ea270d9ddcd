package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.database.JpqlConditions;

import org.springframework.data.domain.Pageable;

/**
 * The register's query: the person's scope (a CSP person sees their CSP only), the
 * filters and search, and the order, ending with the id so pages never overlap. Each
 * order has its index (V92). Written as a JPQL string per filter shape, so Hibernate
 * translates each shape once and reuses the plan (a criteria tree was built and matched
 * against the plan cache on every view).
 */
final class RegisterStatement {

	private final JpqlConditions where;

	private final String orderBy;

	/** The same order on the page's rows (alias {@code p}). */
	private final String pageOrderBy;

	private RegisterStatement(JpqlConditions where, String orderBy, String pageOrderBy) {
		this.where = where;
		this.orderBy = orderBy;
		this.pageOrderBy = pageOrderBy;
	}

	/**
	 * The statement for this query and person. {@code cspNamesInOrder} (every CSP, in
	 * name order) is needed only to sort by CSP.
	 */
	static RegisterStatement of(RegisterQuery query, SignedInUser user, Map<Long, String> cspNamesInOrder) {
		JpqlConditions where = new JpqlConditions();
		if (user.isCspUser()) {
			where.add("r.cspId = :ownCsp", "ownCsp", user.cspId());
		}
		if (query.csp() != null) {
			where.add("r.cspId = :csp", "csp", query.csp());
		}
		if (query.stage() != null) {
			where.add("r.stage = :stage", "stage", query.stage());
		}
		if (query.year() != null) {
			where.add("r.notifiedOn >= :yearStart", "yearStart", LocalDate.of(query.year(), 1, 1))
				.add("r.notifiedOn <= :yearEnd", "yearEnd", LocalDate.of(query.year(), 12, 31));
		}
		if (query.search() != null) {
			String like = "%" + query.search()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.add("(lower(r.reference) like :like escape '\\' or lower(r.victimPseudonyms) like :like escape '\\')",
					"like", like);
		}
		return new RegisterStatement(where, orderBy(query, cspNamesInOrder, "r"), orderBy(query, cspNamesInOrder, "p"));
	}

	/** The query's order on the review named {@code alias}, ending with the id. */
	private static String orderBy(RegisterQuery query, Map<Long, String> cspNamesInOrder, String alias) {
		String key = switch (query.sortKey()) {
			case "reference" -> "lower(" + alias + ".reference)";
			case "pseudonym" -> "lower(" + alias + ".victimPseudonyms)";
			case "stage" -> alias + ".stage";
			case "notified" -> alias + ".notifiedOn";
			case "csp" -> cspOrder(cspNamesInOrder, alias);
			default -> alias + ".updatedAt";
		};
		return " order by " + key + (query.ascending() ? " asc" : " desc") + ", " + alias + ".id desc";
	}

	/**
	 * From how many rows in a page reads its ids first: an offset on whole rows reads
	 * every row before the page only to skip it (page 50: 1,250 rows for 25, 0.94 ms of
	 * PostgreSQL against 0.19 ms), but on the first pages the extra step costs more than
	 * it saves (page 1: 0.25 ms against 0.02 ms).
	 */
	static final int IDS_FIRST_FROM = 250;

	/**
	 * One page of the register. A later page finds its ids first (in the default order
	 * from the order's index alone) and reads only those rows in full.
	 */
	List<Review> page(EntityManager entityManager, Pageable page) {
		if (page.getOffset() < IDS_FIRST_FROM) {
			return query(entityManager).setFirstResult((int) page.getOffset())
				.setMaxResults(page.getPageSize())
				.getResultList();
		}
		return this.where
			.bind(entityManager
				.createQuery(
						"select p from Review p where p.id in (select r.id from Review r" + this.where.text()
								+ this.orderBy + " offset :offset rows fetch first :size rows only)" + this.pageOrderBy,
						Review.class))
			.setParameter("offset", (int) page.getOffset())
			.setParameter("size", page.getPageSize())
			.getResultList();
	}

	/** Every review the query allows, in its order (for exports). */
	List<Review> all(EntityManager entityManager) {
		return query(entityManager).getResultList();
	}

	/** How many reviews the query allows. */
	long count(EntityManager entityManager) {
		return this.where
			.bind(entityManager.createQuery("select count(r) from Review r" + this.where.text(), Long.class))
			.getSingleResult();
	}

	private TypedQuery<Review> query(EntityManager entityManager) {
		return this.where
			.bind(entityManager.createQuery("select r from Review r" + this.where.text() + this.orderBy, Review.class));
	}

	/**
	 * Orders by CSP name without reaching into the CSP module's table: its position in
	 * the name order. The ids are the CSP module's own numbers, never typed by anyone,
	 * and the text changes only when a CSP is added or renamed, so its plan is reused.
	 */
	private static String cspOrder(Map<Long, String> cspNamesInOrder, String alias) {
		if (cspNamesInOrder.isEmpty()) {
			return alias + ".cspId";
		}
		StringBuilder cases = new StringBuilder("case " + alias + ".cspId");
		int position = 0;
		for (Long id : cspNamesInOrder.keySet()) {
			cases.append(" when ").append(id.longValue()).append(" then ").append(position++);
		}
		return cases.append(" else ").append(position).append(" end").toString();
	}

}
