package org.dhrqa.tracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.database.UniqueKeys;
import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.RequestMemo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of reviews, and the one place that decides who sees which review: every
 * query here is scoped by {@link SignedInUser#canSeeCsp(Long)}, and a review outside a
 * person's scope is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	static final String HISTORY_TYPE = "review";

	/** The unique index on a CSP's review references, whatever their case (V1). */
	static final String REFERENCE_KEY = "review_csp_reference_uk";

	private final ReviewRepository repository;

	private final EntityManager entityManager;

	private final Csps csps;

	private final StageRules stageRules;

	private final ApplicationEventPublisher events;

	private final ChangeHistory history;

	private final Clock clock;

	Reviews(ReviewRepository repository, EntityManager entityManager, Csps csps, StageRules stageRules,
			ChangeHistory history, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.entityManager = entityManager;
		this.events = events;
		this.stageRules = stageRules;
		this.csps = csps;
		this.history = history;
		this.clock = clock;
	}

	public Optional<ReviewView> findVisible(Long id, SignedInUser user) {
		if (id == null) {
			return Optional.empty();
		}
		return RequestMemo.get("reviews", id, (key) -> this.repository.findWithPseudonymsById(key).map(this::view))
			.filter((review) -> user.canSeeCsp(review.cspId()));
	}

	/**
	 * The review whatever its CSP: only for work that has already checked the person's
	 * access (a letter they may see, a meeting page for the Home Office) or that runs as
	 * the service itself.
	 */
	public ReviewView byId(Long id) {
		return this.repository.findWithPseudonymsById(id).map(this::view).orElseThrow(NotFoundException::new);
	}

	/**
	 * The reviews a person is limited to, for a module that searches its own records by
	 * review: their CSP's, for a CSP person; empty for the Home Office, who see every
	 * review.
	 */
	public Optional<List<Long>> limitedTo(SignedInUser user) {
		return user.isCspUser() ? Optional.of(this.repository.idsOfCsp(user.cspId())) : Optional.empty();
	}

	/**
	 * How lists name each of these reviews ("Salome (Kent &amp; Medway CSP)"), whatever
	 * its CSP: only for work that has already checked the person's access.
	 */
	public Map<Long, String> titles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return titlesOf(this.repository.titleFieldsOf(ids.toArray(Long[]::new)));
	}

	/** "Salome (Kent &amp; Medway CSP)" from rows of id, CSP id and pseudonyms. */
	private Map<Long, String> titlesOf(List<Object[]> rows) {
		Map<Long, String> names = this.csps.namesOf(rows.stream().map((row) -> (Long) row[1]).distinct().toList());
		Map<Long, String> titles = new HashMap<>();
		for (Object[] row : rows) {
			titles.put((Long) row[0], ReviewView.title((String) row[2], names.get((Long) row[1])));
		}
		return titles;
	}

	/** The review, or 404 when it does not exist or is another CSP's. */
	public ReviewView requireVisible(Long id, SignedInUser user) {
		return findVisible(id, user).orElseThrow(NotFoundException::new);
	}

	/**
	 * One page of the register. Every CSP's name is read only to sort by CSP; otherwise
	 * only the names of the page's CSPs.
	 */
	public Page<RegisterRow> register(RegisterQuery query, SignedInUser user, int page, int size) {
		Pageable pageable = PageRequest.of(Math.max(page, 0), size);
		Map<Long, String> order = "csp".equals(query.sortKey()) ? this.csps.namesById() : Map.of();
		RegisterStatement statement = RegisterStatement.of(query, user, order);
		List<Review> found = statement.page(this.entityManager, pageable);
		Map<Long, String> names = order.isEmpty()
				? this.csps.namesOf(found.stream().map(Review::getCspId).distinct().toList()) : order;
		List<RegisterRow> rows = found.stream()
			.map((review) -> review.registerRow(names.get(review.getCspId())))
			.toList();
		// counted only when the rows do not tell the total (as Spring Data does)
		return PageableExecutionUtils.getPage(rows, pageable, () -> statement.count(this.entityManager));
	}

	/**
	 * Every row the filter and the person's scope allow, in register order (for exports).
	 */
	public List<ReviewView> registerAll(RegisterQuery query, SignedInUser user) {
		Map<Long, String> names = this.csps.namesById();
		return RegisterStatement.of(query, user, names)
			.all(this.entityManager)
			.stream()
			.map((review) -> ReviewView.of(review, names.get(review.getCspId())))
			.toList();
	}

	/**
	 * These reviews whatever their CSP, in one query: only for work the service does
	 * itself (a digest to the people who hold the items).
	 */
	public Map<Long, ReviewView> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> cspNames = this.csps.namesById();
		Map<Long, ReviewView> views = new HashMap<>();
		for (Review review : this.repository.findAllById(ids)) {
			views.put(review.getId(), ReviewView.of(review, cspNames.get(review.getCspId())));
		}
		return views;
	}

	/**
	 * "Salome (Kent & Medway CSP)" for each of these reviews, in one query: for lists of
	 * records that belong to many reviews. Only reviews the person may see are named.
	 */
	public Map<Long, String> titles(Collection<Long> ids, SignedInUser user) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return titlesOf(this.repository.titleFieldsOf(ids.toArray(Long[]::new))
			.stream()
			.filter((row) -> user.canSeeCsp((Long) row[1]))
			.toList());
	}

	/**
	 * The review's path through the stages, oldest first. Access is checked against the
	 * review the request has already read ({@link #findVisible}), not by loading it
	 * again.
	 */
	public List<StageChangeView> stageHistory(Long id, SignedInUser user) {
		requireVisible(id, user);
		return this.repository.stageChangesOf(id).stream().map(StageChange::view).toList();
	}

	public List<HistoryEvent> changeHistory(Long id, SignedInUser user) {
		requireVisible(id, user);
		return this.history.of(HISTORY_TYPE, id);
	}

	/**
	 * Every review's id, whatever its CSP: only for work the service does itself
	 * (bringing a read model up to date).
	 */
	public List<Long> allIds() {
		return this.repository.allIds();
	}

	/**
	 * How many reviews the person may see are at each stage, in the stages' order,
	 * counted in SQL (stages with none are left out).
	 */
	public Map<ReviewStage, Long> countByStage(SignedInUser user) {
		Map<ReviewStage, Long> counts = new java.util.EnumMap<>(ReviewStage.class);
		for (Object[] row : this.repository.countByStage(user.isCspUser() ? user.cspId() : null)) {
			counts.put((ReviewStage) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The reviews the person may see at these stages, most recently changed first, at
	 * most {@code limit} of them (for short lists such as the home page's).
	 */
	public List<ReviewView> latest(SignedInUser user, Collection<ReviewStage> stages, int limit) {
		List<Review> found = this.repository.latestIn(user.isCspUser() ? user.cspId() : null, stages,
				org.springframework.data.domain.Limit.of(limit));
		Map<Long, String> names = this.csps.namesOf(found.stream().map(Review::getCspId).distinct().toList());
		return found.stream().map((review) -> ReviewView.of(review, names.get(review.getCspId()))).toList();
	}

	/**
	 * Years in which reviews the person may see were notified, newest first (for the
	 * filter).
	 */
	public List<Integer> years(SignedInUser user) {
		return user.isCspUser() ? this.repository.notifiedYearsOfCsp(user.cspId()) : this.repository.notifiedYears();
	}

	@Transactional
	public Long register(Long cspId, ReviewDetails details, SignedInUser user) {
		user.require(Permission.REGISTER_REVIEW, cspId);
		if (this.csps.find(cspId).isEmpty()) {
			throw new NotFoundException();
		}
		if (this.repository.findByCspAndReference(cspId, details.reference()).isPresent()) {
			throw new DuplicateReferenceException(details.reference());
		}
		Review review = saved(new Review(cspId, details, user.actor(), this.clock.instant()), details.reference());
		this.history.record(HISTORY_TYPE, review.getId(), review.getId(), user.actor(),
				FieldChange.between(Map.of(), details.snapshot()));
		changed(review, null);
		return review.getId();
	}

	/**
	 * Saves corrected facts, unless someone else saved the review since the person opened
	 * the form ({@code expectedVersion}); then nothing is saved and the exception names
	 * who changed what, so the person can re-apply their input.
	 */
	@Transactional
	public void update(Long id, long expectedVersion, ReviewDetails details, SignedInUser user) {
		Review review = load(id, user);
		user.require(Permission.EDIT_FACTS, review.getCspId());
		requireCurrent(review, expectedVersion);
		Optional<Review> sameReference = this.repository.findByCspAndReference(review.getCspId(), details.reference());
		if (sameReference.isPresent() && !sameReference.get().getId().equals(id)) {
			throw new DuplicateReferenceException(details.reference());
		}
		List<FieldChange> changes = review.update(details, this.clock.instant());
		if (!changes.isEmpty()) {
			this.history.record(HISTORY_TYPE, id, id, user.actor(), changes);
			saved(review, details.reference());
			changed(review, review.getStage());
		}
	}

	/**
	 * The stages that may follow, each offered to this person or not, with the reason.
	 */
	public List<StageChoice> stageChoices(Long id, SignedInUser user) {
		ReviewView review = view(load(id, user));
		return this.stageRules.choices(review, user);
	}

	/**
	 * A person records the next stage. Refused, changing nothing, when the stage is not
	 * theirs to choose now ({@link StageRules}).
	 */
	@Transactional
	public void moveTo(Long id, long expectedVersion, ReviewStage target, LocalDate effectiveOn, String note,
			SignedInUser user) {
		Review review = load(id, user);
		requireCurrent(review, expectedVersion);
		this.stageRules.refusal(view(review), target, user).ifPresent((reason) -> {
			throw new StageChangeRefusedException(reason);
		});
		ReviewStage from = review.getStage();
		review.moveTo(target, effectiveOn, user.actor(), this.clock.instant(), note);
		recordStage(id, user.actor(), from, target);
		this.repository.saveAndFlush(review);
		changed(review, from);
	}

	/**
	 * The secretariat or an administrator puts a wrong stage right, for a reason kept on
	 * the timeline and in the history.
	 */
	@Transactional
	public void correctStage(Long id, long expectedVersion, ReviewStage target, LocalDate effectiveOn, String reason,
			SignedInUser user) {
		Review review = load(id, user);
		requireCurrent(review, expectedVersion);
		this.stageRules.correctionRefusal(view(review), target, user).ifPresent((refusal) -> {
			throw new StageChangeRefusedException(refusal);
		});
		ReviewStage from = review.getStage();
		review.correct(target, effectiveOn, user.actor(), this.clock.instant(), reason);
		this.history.record(HISTORY_TYPE, id, id, user.actor(),
				List.of(new FieldChange("review.field.stage", from.name(), target.name()),
						new FieldChange("review.field.stageCorrection", null, reason.trim())));
		this.repository.saveAndFlush(review);
		changed(review, from);
	}

	/** Whether this person may correct the review's stage. */
	public boolean mayCorrectStage(Long id, SignedInUser user) {
		return user.may(Permission.CORRECT_STAGE, load(id, user).getCspId());
	}

	/**
	 * Something happened elsewhere in the service that moves the review on (a letter
	 * issued, the last area accepted, a resubmission): the review takes the path the
	 * event takes from its stage, if any.
	 */
	@Transactional
	public void follow(Long id, StageEvent event, LocalDate effectiveOn, Actor actor, String note) {
		follow(id, event, effectiveOn, effectiveOn, actor, note);
	}

	/**
	 * The same, with the stages before the panel's decision dated
	 * {@code beforeDecisionOn} (a received letter: the review was with the panel before
	 * the letter's date).
	 */
	@Transactional
	public void follow(Long id, StageEvent event, LocalDate decidedOn, LocalDate beforeDecisionOn, Actor actor,
			String note) {
		Review review = this.repository.findById(id).orElseThrow(NotFoundException::new);
		ReviewStage before = review.getStage();
		ReviewStage from = before;
		for (ReviewStage entered : review.follow(event, decidedOn, beforeDecisionOn, actor, this.clock.instant(),
				note)) {
			recordStage(id, actor, from, entered);
			from = entered;
		}
		if (from != before) {
			changed(review, before);
		}
	}

	void changed(Review review, ReviewStage previousStage) {
		this.events
			.publishEvent(new ReviewChanged(review.getId(), review.getCspId(), review.getStage(), previousStage));
	}

	void recordStage(Long id, Actor actor, ReviewStage from, ReviewStage to) {
		this.history.record(HISTORY_TYPE, id, id, actor,
				List.of(new FieldChange("review.field.stage", from.name(), to.name())));
	}

	private void requireCurrent(Review review, long expectedVersion) {
		if (review.getVersion() != expectedVersion) {
			throw new ReviewChangedMeanwhileException(this.history.latest(HISTORY_TYPE, review.getId()));
		}
	}

	Review load(Long id, SignedInUser user) {
		return this.repository.findById(id)
			.filter((review) -> user.canSeeCsp(review.getCspId()))
			.orElseThrow(NotFoundException::new);
	}

	private ReviewView view(Review review) {
		return ReviewView.of(review, this.csps.find(review.getCspId()).map((csp) -> csp.name()).orElse(""));
	}

	/**
	 * Saves now, so a reference another request took at the same moment comes back as the
	 * refusal a slower duplicate gets.
	 */
	private Review saved(Review review, String reference) {
		try {
			return this.repository.saveAndFlush(review);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueKeys.breached(ex, REFERENCE_KEY)) {
				throw new DuplicateReferenceException(reference);
			}
			throw ex;
		}
	}

}
