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

	@OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL)
	@OrderBy("position asc")
	private List<PlanAction> actions = new ArrayList<>();

	protected Recommendation() {
	}

	Recommendation(ActionPlan plan, int position, String number, String text, Scope scope, String addressedTo) {
		this.plan = plan;
		this.position = position;
		edit(number, text, scope, addressedTo);
	}

	void edit(String number, String text, Scope scope, String addressedTo) {
		this.number = number;
		this.text = text;
		this.scope = scope;
		this.addressedTo = addressedTo;
	}

	PlanAction addAction(ActionDetails details, Instant now) {
		PlanAction action = new PlanAction(this, this.actions.size(), details, now);
		this.actions.add(action);
		return action;
	}

	Long getId() {
		return this.id;
	}

	ActionPlan getPlan() {
		return this.plan;
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

	List<PlanAction> getActions() {
		return this.actions;
	}

}
