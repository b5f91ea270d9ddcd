package org.dhrqa.tracker.publication;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.ActionPlans;
import org.dhrqa.tracker.actionplan.PlanViews;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.letter.Letters;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewPublications;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.web.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication readiness of each review, person-confirmed steps and the managers' override
 * ({@link PublicationPacks} assembles the pack). Its own tables
 * (publication_confirmation, publication_pack, readiness_override) are read and written
 * in this module only; everything else comes through the other modules' services.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

	private final JdbcTemplate jdbc;

	private final Reviews reviews;

	private final ReviewPublications publishing;

	private final FeedbackCounts counts;

	private final ReportVersions reports;

	private final Letters letters;

	private final ActionPlans plans;

	private final ChangeHistory history;

	private final ApplicationEventPublisher events;

	private final Formats formats;

	private final Clock clock;

	Publications(JdbcTemplate jdbc, Reviews reviews, ReviewPublications publishing, FeedbackCounts counts,
			ReportVersions reports, Letters letters, ActionPlans plans, ChangeHistory history,
			ApplicationEventPublisher events, Formats formats, Clock clock) {
		this.formats = formats;
		this.events = events;
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.publishing = publishing;
		this.counts = counts;
		this.reports = reports;
		this.letters = letters;
		this.plans = plans;
		this.history = history;
		this.clock = clock;
	}

	public Readiness readiness(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		FeedbackCounts.Breakdown live = this.counts.breakdown(reviewId);
		int unresolved = live.unresolved();
		Optional<Long> letter = this.letters.currentIssuedId(reviewId, user);
		List<ReportVersionView> versions = this.reports.of(reviewId, user);
		Optional<ReportVersionView> finalReport = versions.stream().filter(ReportVersionView::isFinal).findFirst();
		PlanViews.Figures plan = this.plans.figures(reviewId, user);
		Recorded recorded = recorded(reviewId, finalReport, letter);
		Map<TaskKey, Readiness.Confirmation> confirmed = recorded.confirmed();
		Readiness.Override override = recorded.override();
		Readiness.Pack pack = recorded.pack();
		String base = "/reviews/" + reviewId;

		List<Readiness.Task> tasks = new ArrayList<>();
		TaskStatus itemsStatus;
		if (letter.isEmpty()) {
			itemsStatus = TaskStatus.CANNOT_START;
		}
		else if (unresolved == 0) {
			itemsStatus = TaskStatus.COMPLETED;
		}
		else {
			itemsStatus = (live.notStarted() < live.total()) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
		}
		tasks.add(new Readiness.Task(TaskKey.ITEMS_ACCEPTED, itemsStatus,
				(override != null && unresolved > 0) ? "task.detail.overridden" : "task.detail.items",
				List.of(live.total() - unresolved, live.total()), base + "/items"));

		TaskStatus reportStatus = finalReport.isPresent() ? TaskStatus.COMPLETED
				: versions.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
		tasks.add(new Readiness.Task(TaskKey.FINAL_REPORT, reportStatus,
				finalReport.map((v) -> "task.detail.finalReport").orElse("task.detail.noFinalReport"),
				finalReport.map((v) -> List.<Object>of(v.versionNumber(), v.pageCount(), v.sizeText()))
					.orElse(List.of()),
				base + "/reports"));

		TaskStatus planStatus = (plan.actions() == 0) ? TaskStatus.NOT_STARTED
				: plan.annexReady() ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
		tasks.add(new Readiness.Task(TaskKey.ACTION_PLAN_ANNEX, planStatus,
				(plan.actions() == 0) ? "task.detail.planEmpty" : "task.detail.plan",
				List.of(plan.withUpdates(), plan.actions()), base + "/action-plan"));

		tasks.add(new Readiness.Task(TaskKey.LETTER_ANNEXED,
				letter.isPresent() ? TaskStatus.COMPLETED : TaskStatus.CANNOT_START,
				letter.isPresent() ? "task.detail.letter" : "task.detail.noLetter", List.of(),
				letter.map((id) -> "/letters/" + id).orElse(null)));

		boolean canAssemble = finalReport.isPresent() && letter.isPresent() && (unresolved == 0 || override != null);
		TaskStatus packStatus;
		String packDetail;
		if (pack != null && pack.current() && !pack.overLimit()) {
			packStatus = TaskStatus.COMPLETED;
			packDetail = "task.detail.pack";
		}
		else if (pack != null && pack.current()) {
			packStatus = TaskStatus.IN_PROGRESS;
			packDetail = "task.detail.packTooLarge";
		}
		else {
			packStatus = canAssemble ? TaskStatus.NOT_STARTED : TaskStatus.CANNOT_START;
			packDetail = canAssemble ? "task.detail.packReady" : "task.detail.packWaiting";
		}
		tasks.add(new Readiness.Task(TaskKey.PACK_ASSEMBLED, packStatus, packDetail,
				(pack != null) ? List.of(pack.sizeText(), pack.pageCount()) : List.of(), base + "/publication#pack"));

		boolean packReady = packStatus == TaskStatus.COMPLETED || review.publishedOn() != null;
		boolean published = confirmed.containsKey(TaskKey.PUBLISHED_ON_WEBSITE) || review.publishedUrl() != null;
		for (TaskKey key : List.of(TaskKey.SENT_TO_HOME_OFFICE, TaskKey.SENT_TO_COMMISSIONER,
				TaskKey.PUBLISHED_ON_WEBSITE, TaskKey.LETTER_PUBLISHED_ALONGSIDE)) {
			Readiness.Confirmation confirmation = confirmed.get(key);
			boolean needsPublication = key == TaskKey.SENT_TO_HOME_OFFICE || key == TaskKey.LETTER_PUBLISHED_ALONGSIDE;
			boolean canStart = needsPublication ? published : packReady;
			TaskStatus status = (confirmation != null) ? TaskStatus.COMPLETED
					: canStart ? TaskStatus.NOT_STARTED : TaskStatus.CANNOT_START;
			List<Object> args = (confirmation != null)
					? List.of(confirmation.on(), (confirmation.detail() != null) ? confirmation.detail() : "",
							confirmation.by(), confirmation.recordedAt())
					: List.of();
			String detailKey = (confirmation != null)
					? ((confirmation.detail() != null) ? "task.detail.confirmed" : "task.detail.confirmedPlain")
					: canStart ? "task.detail.toConfirm"
							: needsPublication ? "task.detail.waitingForPublication" : "task.detail.waitingForPack";
			tasks.add(new Readiness.Task(key, status, detailKey, args, base + "/publication/" + key.slug()));
		}
		return new Readiness(reviewId, tasks, unresolved, override, pack);
	}

	/** Readiness of every review the person may see (for the dashboard and the API). */
	public Map<Long, Readiness> readinessOfAll(SignedInUser user) {
		Map<Long, Readiness> all = new LinkedHashMap<>();
		for (ReviewView review : this.reviews.registerAll(RegisterQuery.all(), user)) {
			all.put(review.id(), readiness(review.id(), user));
		}
		return all;
	}

	public boolean canAct(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return user.may(Permission.ACT_ON_PUBLICATION, review.cspId());
	}

	public boolean canOverride(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return user.may(Permission.OVERRIDE_READINESS, review.cspId());
	}

	/**
	 * Whether a person-confirmed task can be recorded now: its turn has come (the pack is
	 * assembled; the report is published before the web link goes to the Home Office).
	 */
	public boolean canConfirmNow(Long reviewId, TaskKey key, SignedInUser user) {
		return readiness(reviewId, user).tasks()
			.stream()
			.anyMatch((task) -> task.key() == key && task.status() != TaskStatus.CANNOT_START);
	}

	/** The recorded confirmation of a task, if any. */
	public Optional<Readiness.Confirmation> confirmation(Long reviewId, TaskKey key, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return Optional.ofNullable(confirmations(reviewId).get(key));
	}

	@Transactional
	public void confirm(Long reviewId, TaskKey key, LocalDate on, String detail, SignedInUser user) {
		if (!key.isConfirmedByPerson() || !canAct(reviewId, user)) {
			throw new AccessDeniedException("Not a task this person confirms");
		}
		if (on == null || !canConfirmNow(reviewId, key, user)) {
			throw new TaskNotAvailableException();
		}
		this.jdbc.update(
				"insert into publication_confirmation (review_id, task_key, confirmed_on, detail, "
						+ "confirmed_by_user_id, confirmed_by_name, created_at) values (?, ?, ?, ?, ?, ?, ?) "
						+ "on conflict (review_id, task_key) do update set confirmed_on = excluded.confirmed_on, "
						+ "detail = excluded.detail, confirmed_by_user_id = excluded.confirmed_by_user_id, "
						+ "confirmed_by_name = excluded.confirmed_by_name, created_at = excluded.created_at",
				reviewId, key.name(), Date.valueOf(on), detail, user.id(), user.name(),
				Timestamp.from(this.clock.instant()));
		this.history.record("review", reviewId, reviewId, user.actor(),
				confirmationChanges(key, null, new Readiness.Confirmation(key, on, detail, user.name(), null)));
		if (key == TaskKey.PUBLISHED_ON_WEBSITE) {
			this.publishing.record(reviewId, on, detail, user);
		}
		changed(reviewId);
	}

	/**
	 * Takes back a confirmation recorded by mistake; the reason is kept in the review's
	 * history. Taking back the publication clears the web address too.
	 */
	@Transactional
	public void withdraw(Long reviewId, TaskKey key, String reason, SignedInUser user) {
		if (!key.isConfirmedByPerson() || !canAct(reviewId, user)) {
			throw new AccessDeniedException("Not a task this person confirms");
		}
		Readiness.Confirmation confirmation = confirmations(reviewId).get(key);
		if (confirmation == null) {
			throw new TaskNotAvailableException();
		}
		this.jdbc.update("delete from publication_confirmation where review_id = ? and task_key = ?", reviewId,
				key.name());
		this.history.record("review", reviewId, reviewId, user.actor(),
				withReason(confirmationChanges(key, confirmation, null), reason));
		if (key == TaskKey.PUBLISHED_ON_WEBSITE) {
			this.publishing.withdraw(reviewId, reason, user);
		}
		changed(reviewId);
	}

	void changed(Long reviewId) {
		this.events.publishEvent(new PublicationChanged(reviewId));
	}

	/** The history of a confirmation, each fact on its own line, dates in words. */
	private List<FieldChange> confirmationChanges(TaskKey key, Readiness.Confirmation before,
			Readiness.Confirmation after) {
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("task." + key.name(), (before != null) ? this.formats.date(before.on()) : null,
				(after != null) ? this.formats.date(after.on()) : null));
		String detailBefore = (before != null) ? before.detail() : null;
		String detailAfter = (after != null) ? after.detail() : null;
		if (detailBefore != null || detailAfter != null) {
			changes.add(new FieldChange("task.detail.name." + key.name(), detailBefore, detailAfter));
		}
		return changes;
	}

	private static List<FieldChange> withReason(List<FieldChange> changes, String reason) {
		List<FieldChange> all = new ArrayList<>(changes);
		all.add(new FieldChange("task.withdrawnReason", null, reason.trim()));
		return all;
	}

	@Transactional
	public void recordOverride(Long reviewId, String reason, SignedInUser user) {
		if (!canOverride(reviewId, user)) {
			throw new AccessDeniedException("Only a manager can override readiness");
		}
		this.jdbc.update("insert into readiness_override (review_id, reason, by_user_id, by_name) values (?, ?, ?, ?)",
				reviewId, reason.trim(), user.id(), user.name());
		this.history.record("review", reviewId, reviewId, user.actor(),
				List.of(new FieldChange("task.override", null, reason.trim())));
		changed(reviewId);
	}

	/**
	 * What people have recorded about the review's publication: the latest override of
	 * its readiness (null without one), its confirmed tasks and its latest pack (null
	 * without one), in one statement, where the hub's section took three.
	 */
	private Recorded recorded(Long reviewId, Optional<ReportVersionView> finalReport, Optional<Long> letter) {
		Map<TaskKey, Readiness.Confirmation> confirmed = new EnumMap<>(TaskKey.class);
		Readiness.Override[] override = new Readiness.Override[1];
		Readiness.Pack[] pack = new Readiness.Pack[1];
		boolean[] first = { true };
		this.jdbc.query("""
				select c.task_key, c.confirmed_on, c.detail, c.confirmed_by_name, c.created_at,
				       o.reason, o.by_name, o.created_at, pk.*
				from (select cast(? as bigint) as review_id) r
				left join lateral (select reason, by_name, created_at from readiness_override
				                   where review_id = r.review_id order by created_at desc limit 1) o on true
				left join lateral (%s) pk on true
				left join publication_confirmation c on c.review_id = r.review_id"""
			.formatted(PackRows.latestOf("r.review_id")), (rs) -> {
				if (rs.getString(1) != null) {
					Readiness.Confirmation confirmation = confirmation(rs);
					confirmed.put(confirmation.key(), confirmation);
				}
				if (first[0]) {
					first[0] = false;
					if (rs.getTimestamp(8) != null) {
						override[0] = new Readiness.Override(rs.getString(6), rs.getString(7),
								rs.getTimestamp(8).toInstant());
					}
					pack[0] = PackRows.pack(rs, 9, finalReport, letter);
				}
			}, reviewId);
		return new Recorded(override[0], confirmed, pack[0]);
	}

	private record Recorded(Readiness.Override override, Map<TaskKey, Readiness.Confirmation> confirmed,
			Readiness.Pack pack) {

	}

	private static Readiness.Confirmation confirmation(ResultSet rs) throws SQLException {
		return new Readiness.Confirmation(TaskKey.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
				rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant());
	}

	private Map<TaskKey, Readiness.Confirmation> confirmations(Long reviewId) {
		Map<TaskKey, Readiness.Confirmation> confirmed = new EnumMap<>(TaskKey.class);
		this.jdbc.query("select task_key, confirmed_on, detail, confirmed_by_name, created_at "
				+ "from publication_confirmation where review_id = ?", (rs) -> {
					Readiness.Confirmation confirmation = confirmation(rs);
					confirmed.put(confirmation.key(), confirmation);
				}, reviewId);
		return confirmed;
	}

}
