package org.dhrqa.tracker.actionplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What happened to a plan, in the review's history of changes (who, when, old → new, in
 * words, so the review's page reads it as it is), and what a removal or a replacement
 * took out of the plan, kept whole in the export's CSV layout. Written in the same
 * transaction as the change.
 */
@Component
class PlanHistory {

	/** Plan changes are part of the review's history. */
	private static final String ENTITY = "review";

	/** The longest field label the history keeps. */
	private static final int LABEL_MAX = 80;

	enum Kind {

		PLAN_REPLACED, RECOMMENDATION_REMOVED, ACTION_REMOVED

	}

	/** Something taken out of a plan, as the history page lists it. */
	record Snapshot(Long id, Kind kind, String summary, int actionCount, int updateCount, String takenBy,
			Instant takenAt) {

	}

	private final ChangeHistory history;

	private final JdbcTemplate jdbc;

	private final Messages messages;

	private final PlanExport export;

	private final Clock clock;

	PlanHistory(ChangeHistory history, JdbcTemplate jdbc, Messages messages, PlanExport export, Clock clock) {
		this.history = history;
		this.jdbc = jdbc;
		this.messages = messages;
		this.export = export;
		this.clock = clock;
	}

	void recommendationAdded(Long reviewId, String number, String text, Actor actor) {
		record(reviewId, actor, List.of(new FieldChange(recommendationLabel(number), null, text)));
	}

	void recommendationEdited(Long reviewId, String numberBefore, Map<String, String> before, Map<String, String> after,
			Actor actor) {
		List<FieldChange> changes = FieldChange.between(before, after)
			.stream()
			.map((change) -> new FieldChange(
					label("plan.history.recommendationField", numberBefore, this.messages.get(change.field())),
					change.oldValue(), change.newValue()))
			.toList();
		record(reviewId, actor, changes);
	}

	void actionAdded(Long reviewId, String recommendationNumber, String actionText, Actor actor) {
		record(reviewId, actor, List.of(new FieldChange(actionLabel(recommendationNumber), null, actionText)));
	}

	void actionEdited(Long reviewId, String recommendationNumber, ActionDetails before, ActionDetails after,
			Actor actor) {
		String shortText = PlanText.shortened(before.actionText(), 24);
		List<FieldChange> changes = FieldChange.between(fields(before), fields(after))
			.stream()
			.map((change) -> new FieldChange(label("plan.history.actionField", shortText, recommendationNumber,
					this.messages.get(change.field())), change.oldValue(), change.newValue()))
			.toList();
		record(reviewId, actor, changes);
	}

	Long recommendationRemoved(Recommendation rec, Actor actor) {
		PlanViews.Plan removed = PlanViewing.only(rec, today());
		Long id = snapshot(
				rec.getPlan().getReviewId(), Kind.RECOMMENDATION_REMOVED, this.messages
					.get("plan.snapshot.recommendation", rec.getNumber(), PlanText.shortened(rec.getText(), 300)),
				removed, actor);
		record(rec.getPlan().getReviewId(), actor,
				List.of(new FieldChange(recommendationLabel(rec.getNumber()), rec.getText(), null)));
		return id;
	}

	Long actionRemoved(PlanAction action, Actor actor) {
		Recommendation rec = action.getRecommendation();
		String text = action.details().actionText();
		Long id = snapshot(rec.getPlan().getReviewId(), Kind.ACTION_REMOVED,
				this.messages.get("plan.snapshot.action", PlanText.shortened(text, 300), rec.getNumber()),
				PlanViewing.only(action, today()), actor);
		record(rec.getPlan().getReviewId(), actor, List.of(new FieldChange(actionLabel(rec.getNumber()), text, null)));
		return id;
	}

	Long planReplaced(ActionPlan plan, String fileName, Actor actor) {
		PlanViews.Plan old = PlanViewing.plan(plan, today());
		Long id = snapshot(plan.getReviewId(), Kind.PLAN_REPLACED,
				this.messages.get("plan.snapshot.replaced", PlanText.shortened(fileName, 200)), old, actor);
		record(plan.getReviewId(), actor, List.of(new FieldChange(this.messages.get("plan.history.plan"), describe(old),
				this.messages.get("plan.history.replacedBy", fileName))));
		return id;
	}

	void imported(Long reviewId, String fileName, int added, int updated, int skipped, Actor actor) {
		record(reviewId, actor, List.of(new FieldChange(this.messages.get("plan.history.import"), null,
				this.messages.get("plan.history.imported", fileName, added, updated, skipped))));
	}

	List<Snapshot> snapshots(Long reviewId) {
		return this.jdbc.query(
				"select id, kind, summary, action_count, update_count, taken_by_name, taken_at from action_plan_snapshot "
						+ "where review_id = ? order by taken_at desc, id desc",
				(rs, i) -> new Snapshot(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
						rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
				reviewId);
	}

	/** What a snapshot kept, as CSV, when it belongs to this review. */
	Optional<String> snapshotContent(Long reviewId, Long snapshotId) {
		return this.jdbc
			.query("select content from action_plan_snapshot where id = ? and review_id = ?",
					(rs, i) -> rs.getString(1), snapshotId, reviewId)
			.stream()
			.findFirst();
	}

	private Long snapshot(Long reviewId, Kind kind, String summary, PlanViews.Plan removed, Actor actor) {
		int actions = removed.actions().size();
		int updates = removed.actions().stream().mapToInt((action) -> action.updates().size()).sum();
		return this.jdbc.queryForObject(
				"insert into action_plan_snapshot (review_id, kind, summary, action_count, update_count, content, "
						+ "taken_by_user_id, taken_by_name, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
				Long.class, reviewId, kind.name(), PlanText.shortened(summary, 600), actions, updates,
				this.export.csvText(removed), actor.userId(), actor.name(), Timestamp.from(this.clock.instant()));
	}

	private String describe(PlanViews.Plan plan) {
		return this.messages.get("plan.history.planSize", plan.recommendations().size(), plan.actions().size(),
				plan.actions().stream().mapToInt((action) -> action.updates().size()).sum());
	}

	private Map<String, String> fields(ActionDetails details) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("plan.history.field.actionText", details.actionText());
		fields.put("plan.history.field.lead", details.leadAgency());
		fields.put("plan.history.field.milestones", details.keyMilestones());
		fields.put("plan.history.field.target", PlanDates.show(details.targetDate()));
		fields.put("plan.history.field.status", this.messages.get(details.status().messageKey()));
		fields.put("plan.history.field.completedOn", PlanDates.show(details.completedOn()));
		fields.put("plan.history.field.outcome", details.completionOutcome());
		return fields;
	}

	/** A recommendation's fields as the history shows them. */
	Map<String, String> fields(String number, String text, Scope scope, String addressedTo) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("plan.history.field.number", number);
		fields.put("plan.history.field.text", text);
		fields.put("plan.history.field.scope", this.messages.get(scope.messageKey()));
		fields.put("plan.history.field.addressedTo", addressedTo);
		return fields;
	}

	private String recommendationLabel(String number) {
		return label("plan.history.recommendation", number);
	}

	private String actionLabel(String recommendationNumber) {
		return label("plan.history.action", recommendationNumber);
	}

	private String label(String key, Object... args) {
		return PlanText.shortened(this.messages.get(key, args), LABEL_MAX);
	}

	private void record(Long reviewId, Actor actor, List<FieldChange> changes) {
		if (!changes.isEmpty()) {
			this.history.record(ENTITY, reviewId, reviewId, actor, changes);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
