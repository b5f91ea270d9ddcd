package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The action plan of one review. */
@Entity
@Table(name = "action_plan")
class ActionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id")
	private Long reviewId;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
	@OrderBy("position asc")
	private List<Recommendation> recommendations = new ArrayList<>();

	protected ActionPlan() {
	}

	ActionPlan(Long reviewId, Instant now) {
		this.reviewId = reviewId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Recommendation addRecommendation(String number, String text, Scope scope, String addressedTo, Instant now) {
		Recommendation recommendation = new Recommendation(this, this.recommendations.size(), number, text, scope,
				addressedTo);
		this.recommendations.add(recommendation);
		this.updatedAt = now;
		return recommendation;
	}

	/** The next free recommendation number, for a recommendation added without one. */
	String nextNumber() {
		return String.valueOf(this.recommendations.size() + 1);
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	List<Recommendation> getRecommendations() {
		return this.recommendations;
	}

}
