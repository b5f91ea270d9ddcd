package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/**
 * The action plan of one review. Every change to the plan or anything in it touches the
 * plan ({@link #touched}), so its version and update time say when it last changed: the
 * annex is rendered once per change.
 */
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

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position asc")
	private List<Recommendation> recommendations = new ArrayList<>();

	protected ActionPlan() {
	}

	Recommendation addRecommendation(String number, String text, Scope scope, String addressedTo, String byName,
			Instant now) {
		int position = this.recommendations.isEmpty() ? 0
				: this.recommendations.get(this.recommendations.size() - 1).getPosition() + 1;
		Recommendation recommendation = new Recommendation(this, position, number, text, scope, addressedTo, byName,
				now);
		this.recommendations.add(recommendation);
		touched(now);
		return recommendation;
	}

	void removeRecommendation(Recommendation recommendation, Instant now) {
		this.recommendations.remove(recommendation);
		touched(now);
	}

	/** The recommendation with this number, whatever its case and spacing. */
	Optional<Recommendation> recommendationNumbered(String number) {
		String wanted = PlanText.key(number);
		return this.recommendations.stream().filter((rec) -> PlanText.key(rec.getNumber()).equals(wanted)).findFirst();
	}

	/**
	 * The next free recommendation number, for a recommendation added without one: one
	 * past the highest whole number in the plan.
	 */
	String nextNumber() {
		int highest = this.recommendations.stream()
			.map(Recommendation::getNumber)
			.filter((number) -> number.matches("\\d{1,9}"))
			.mapToInt(Integer::parseInt)
			.max()
			.orElse(0);
		int next = highest + 1;
		while (recommendationNumbered(String.valueOf(next)).isPresent()) {
			next++;
		}
		return String.valueOf(next);
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

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<Recommendation> getRecommendations() {
		return this.recommendations;
	}

}
