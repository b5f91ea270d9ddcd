package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A recommendation of the review and the actions that carry it out. */
@Entity
@Table(name = "recommendation")
class Recommendation {

	/** As long as the number column. */
	static final int NUMBER_MAX = 20;

	static final int TEXT_MAX = 5000;

	static final int ADDRESSED_TO_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_plan_id")
	private ActionPlan plan;

	private int position;

	private String number;

	private String text;

	@Enumerated(EnumType.STRING)
	private Scope scope;

	@Column(name = "addressed_to")
	private String addressedTo;

	@Version
	private long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by_name")
	private String updatedByName;

	// the actions of every recommendation of a plan load in one statement, not one each
	@OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position asc")
	private List<PlanAction> actions = new ArrayList<>();

	protected Recommendation() {
	}

	Recommendation(ActionPlan plan, int position, String number, String text, Scope scope, String addressedTo,
			String byName, Instant now) {
		this.plan = plan;
		this.position = position;
		edit(number, text, scope, addressedTo, byName, now);
	}

	void edit(String number, String text, Scope scope, String addressedTo, String byName, Instant now) {
		this.number = number;
		this.text = text;
		this.scope = scope;
		this.addressedTo = addressedTo;
		this.updatedByName = byName;
		this.updatedAt = now;
	}

	PlanAction addAction(ActionDetails details, String byName, Instant now) {
		int next = this.actions.isEmpty() ? 0 : this.actions.get(this.actions.size() - 1).getPosition() + 1;
		PlanAction action = new PlanAction(this, next, details, byName, now);
		this.actions.add(action);
		this.plan.touched(now);
		return action;
	}

	void removeAction(PlanAction action, Instant now) {
		this.actions.remove(action);
		this.plan.touched(now);
	}

	Long getId() {
		return this.id;
	}

	ActionPlan getPlan() {
		return this.plan;
	}

	int getPosition() {
		return this.position;
	}

	String getNumber() {
		return this.number;
	}

	String getText() {
		return this.text;
	}

	Scope getScope() {
		return this.scope;
	}

	String getAddressedTo() {
		return this.addressedTo;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedByName() {
		return this.updatedByName;
	}

	List<PlanAction> getActions() {
		return this.actions;
	}

}
