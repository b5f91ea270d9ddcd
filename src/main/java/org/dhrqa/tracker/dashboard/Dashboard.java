package org.dhrqa.tracker.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewStage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures for the reviews a person may see, read from the read model
 * ({@code dashboard_row}) in SQL: a page of rows, counts and charts as aggregates, and
 * every row in batches for the CSV. Each statement takes a connection for itself only, so
 * no page holds one for long.
 */
@Service
public class Dashboard {

	/** Rows per statement when every row is read (the CSV). */
	static final int BATCH = 1000;

	private static final String COLUMNS = "r.review_id, r.csp_id, r.csp_name, r.reference, r.pseudonym, r.stage, "
			+ "r.stage_since, r.notified_on, r.decision_on, r.submitted_to_qa_on, r.published_on, r.letter_outcome, "
			+ "r.first_letter_on, r.open_items, r.responded_items, r.accepted_items, r.total_items, r.overdue_items, "
			+ "r.plan_actions, r.overdue_actions, r.drifting_actions, r.readiness_done, r.readiness_total, "
			+ "r.ready_to_publish, r.blocked_by_items, r.past_target, r.days_letter_to_publication, r.as_of";

	private final JdbcTemplate jdbc;

	private final FiguresCache figures;

	Dashboard(JdbcTemplate jdbc, FiguresCache figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	public record Summary(long reviews, long pastTarget, Long medianLetterToPublication) {

	}

	public record Turnaround(String quarter, int letters, long median, long longest) {

	}

	/** The figures above the table: counts, reviews by stage, panel turnaround. */
	public record Figures(Summary summary, Map<ReviewStage, Long> byStage, List<Turnaround> turnaround) {

		public long maxStageCount() {
			return Math.max(1, this.byStage.values().stream().mapToLong(Long::longValue).max().orElse(1));
		}

		public long maxTurnaround() {
			return Math.max(1, this.turnaround.stream().mapToLong(Turnaround::longest).max().orElse(1));
		}

	}

	/** The WHERE clause of the person's scope and the filters, with its arguments. */
	private record Where(String sql, List<Object> args) {

		Object[] argsWith(Object... more) {
			List<Object> all = new ArrayList<>(this.args);
			all.addAll(List.of(more));
			return all.toArray();
		}

	}

	private static Where where(DashboardQuery query, SignedInUser user) {
		StringBuilder sql = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (user.isCspUser()) {
			sql.append(" and r.csp_id = ?");
			args.add(user.cspId());
		}
		if (query.csp() != null) {
			sql.append(" and r.csp_id = ?");
			args.add(query.csp());
		}
		if (query.stage() != null) {
			sql.append(" and r.stage = ?");
			args.add(query.stage().name());
		}
		if ("ready".equals(query.readiness())) {
			sql.append(" and r.ready_to_publish");
		}
		else if ("blocked".equals(query.readiness())) {
			sql.append(" and r.blocked_by_items");
		}
		if (query.slippage() != null) {
			sql.append(switch (query.slippage()) {
				case "pastTarget" -> " and r.past_target";
				case "overdueItems" -> " and r.overdue_items > 0";
				case "overdueActions" -> " and r.overdue_actions > 0";
				case "drifting" -> " and r.drifting_actions > 0";
				default -> " and (r.past_target or r.overdue_items > 0 or r.overdue_actions > 0"
						+ " or r.drifting_actions > 0)";
			});
		}
		return new Where(sql.toString(), args);
	}

	private static String orderBy(DashboardQuery query) {
		String key = switch (query.sortKey()) {
			case "review" -> "lower(r.pseudonym)";
			case "csp" -> "lower(r.csp_name)";
			case "stage" -> "r.stage_order";
			case "open" -> "r.open_items";
			case "overdue" -> "r.overdue_items";
			case "actions" -> "r.overdue_actions";
			case "drifting" -> "r.drifting_actions";
			default -> "r.readiness_ratio";
		};
		String dir = query.ascending() ? " asc" : " desc";
		return " order by " + key + dir + ", r.review_id" + dir;
	}

	/**
	 * Counts, reviews by stage and panel turnaround: three aggregate statements, kept for
	 * the person's scope and filter by the {@link FiguresCache}.
	 */
	public Figures figures(DashboardQuery query, SignedInUser user) {
		Where where = where(query, user);
		return this.figures.get(where.sql() + " " + where.args(), () -> figures(where));
	}

	private Figures figures(Where where) {
		Summary summary = this.jdbc.queryForObject(
				"select count(*), count(*) filter (where r.past_target), "
						+ "round(percentile_cont(0.5) within group (order by r.days_letter_to_publication)::numeric) "
						+ "from dashboard_row r" + where.sql(),
				(rs, i) -> new Summary(rs.getLong(1), rs.getLong(2), (Long) nullable(rs.getLong(3), rs)),
				where.argsWith());
		Map<ReviewStage, Long> byStage = new LinkedHashMap<>();
		this.jdbc.query("select r.stage, count(*) from dashboard_row r" + where.sql()
				+ " group by r.stage, r.stage_order order by r.stage_order", (ResultSet rs) -> {
					byStage.put(ReviewStage.valueOf(rs.getString(1)), rs.getLong(2));
				}, where.argsWith());
		// grouped and sorted by the quarter's first day, a date: the "2024 Q3" label is
		// made once a quarter, not once a letter (which made this the slowest query here)
		List<Turnaround> turnaround = this.jdbc
			.query("select extract(year from q.quarter)::int || ' Q' || extract(quarter from q.quarter)::int, "
					+ "count(*), round(percentile_cont(0.5) within group (order by q.days)::numeric), max(q.days) "
					+ "from (select date_trunc('quarter', l.letter_on)::date as quarter, "
					+ "l.letter_on - l.meeting_on as days from dashboard_letter l join dashboard_row r "
					+ "on r.review_id = l.review_id" + where.sql()
					+ " and l.letter_version = 1 and l.meeting_on is not null) q group by q.quarter order by q.quarter",
					(rs, i) -> new Turnaround(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)),
					where.argsWith());
		return new Figures(summary, byStage, turnaround);
	}

	/** One page of rows in the query's order. */
	public List<DashboardRow> rows(DashboardQuery query, SignedInUser user, int page, int size) {
		Where where = where(query, user);
		return this.jdbc.query(
				"select " + COLUMNS + " from dashboard_row r" + where.sql() + orderBy(query) + " limit ? offset ?",
				Dashboard::row, where.argsWith(size, (long) page * size));
	}

	/** How many rows the query has. */
	public long count(DashboardQuery query, SignedInUser user) {
		return count(where(query, user));
	}

	private long count(Where where) {
		return this.jdbc.queryForObject("select count(*) from dashboard_row r" + where.sql(), Long.class,
				where.argsWith());
	}

	/**
	 * A page of rows in review id order (the API's), and how many there are.
	 */
	public record IdPage(List<DashboardRow> rows, long total) {

	}

	/**
	 * The page reads only its own rows by the primary key; the total is a count of its
	 * own (always, so that a call costs two statements whatever the data). Counting with
	 * a window ({@code count(*) over ()}) in the same statement made PostgreSQL read and
	 * keep every row of the country for each call, 13-19 ms at national scale against
	 * under 2 ms for both statements (issue 11).
	 */
	public IdPage byId(DashboardQuery query, SignedInUser user, int page, int size) {
		Where where = where(query, user);
		List<DashboardRow> rows = this.jdbc.query(
				"select " + COLUMNS + " from dashboard_row r" + where.sql() + " order by r.review_id limit ? offset ?",
				Dashboard::row, where.argsWith(size, (long) page * size));
		return new IdPage(rows, count(where));
	}

	/**
	 * Every row of the query in review id order, a batch of {@value #BATCH} per statement
	 * (keyset, not offset), so that a download of every review never holds a connection
	 * while the file goes out.
	 */
	public void forEach(DashboardQuery query, SignedInUser user, Consumer<DashboardRow> each) {
		Where where = where(query, user);
		long after = 0;
		while (true) {
			List<DashboardRow> batch = this.jdbc.query(
					"select " + COLUMNS + " from dashboard_row r" + where.sql()
							+ " and r.review_id > ? order by r.review_id limit ?",
					Dashboard::row, where.argsWith(after, BATCH));
			batch.forEach(each);
			if (batch.size() < BATCH) {
				return;
			}
			after = batch.get(batch.size() - 1).reviewId();
		}
	}

	private static Object nullable(long value, ResultSet rs) throws SQLException {
		return rs.wasNull() ? null : value;
	}

	private static DashboardRow row(ResultSet rs, int rowNum) throws SQLException {
		int days = rs.getInt("days_letter_to_publication");
		Integer daysOrNull = rs.wasNull() ? null : days;
		return new DashboardRow(rs.getLong("review_id"), rs.getLong("csp_id"), rs.getString("csp_name"),
				rs.getString("reference"), rs.getString("pseudonym"), ReviewStage.valueOf(rs.getString("stage")),
				date(rs, "stage_since"), date(rs, "notified_on"), date(rs, "decision_on"),
				date(rs, "submitted_to_qa_on"), date(rs, "published_on"), rs.getString("letter_outcome"),
				date(rs, "first_letter_on"), rs.getInt("open_items"), rs.getInt("responded_items"),
				rs.getInt("accepted_items"), rs.getInt("total_items"), rs.getInt("overdue_items"),
				rs.getInt("plan_actions"), rs.getInt("overdue_actions"), rs.getInt("drifting_actions"),
				rs.getInt("readiness_done"), rs.getInt("readiness_total"), rs.getBoolean("ready_to_publish"),
				rs.getBoolean("blocked_by_items"), rs.getBoolean("past_target"), daysOrNull, date(rs, "as_of"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

}
