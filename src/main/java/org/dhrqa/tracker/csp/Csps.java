package org.dhrqa.tracker.csp;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSPs: kept by administrators, read by every other module. Every change is in the
 * history.
 */
@Service
@Transactional(readOnly = true)
public class Csps {

	static final String HISTORY_TYPE = "csp";

	private final CspRepository repository;

	private final ChangeHistory history;

	private final Clock clock;

	private final CspDirectory directory;

	Csps(CspRepository repository, ChangeHistory history, Clock clock, CspDirectory directory) {
		this.repository = repository;
		this.history = history;
		this.clock = clock;
		this.directory = directory;
	}

	/** Every CSP in name order, from the {@link CspDirectory}. */
	public List<CspSummary> all() {
		return this.directory.all();
	}

	/** The CSPs this person may see: their own, or every CSP for Home Office roles. */
	public List<CspSummary> visibleTo(SignedInUser user) {
		return all().stream().filter((csp) -> user.canSeeCsp(csp.id())).toList();
	}

	/** One CSP's id, name and area, from the {@link CspDirectory}. */
	public Optional<CspSummary> find(Long id) {
		return this.directory.find(id);
	}

	public Optional<CspDetails> details(Long id) {
		return (id != null) ? this.repository.findById(id).map(Csp::details) : Optional.empty();
	}

	public List<HistoryEvent> history(Long id) {
		return this.history.of(HISTORY_TYPE, id);
	}

	public Optional<Long> version(Long id) {
		return this.repository.findById(id).map(Csp::getVersion);
	}

	public boolean nameInUse(String name, Long exceptId) {
		return this.repository.findByName(name.trim())
			.filter((csp) -> exceptId == null || !csp.getId().equals(exceptId))
			.isPresent();
	}

	@Transactional
	public Long create(CspDetails details, Actor actor) {
		Csp csp = this.repository.save(new Csp(details, this.clock.instant()));
		this.directory.forgetAfterCommit();
		this.history.record(HISTORY_TYPE, csp.getId(), null, actor, FieldChange.between(Map.of(), snapshot(details)));
		return csp.getId();
	}

	/** Saves new details, unless someone saved the CSP since {@code expectedVersion}. */
	@Transactional
	public void update(Long id, long expectedVersion, CspDetails details, Actor actor) {
		Csp csp = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (csp.getVersion() != expectedVersion) {
			throw new CspChangedMeanwhileException(this.history.latest(HISTORY_TYPE, id));
		}
		List<FieldChange> changes = FieldChange.between(snapshot(csp.details()), snapshot(details));
		if (!changes.isEmpty()) {
			csp.apply(details, this.clock.instant());
			this.history.record(HISTORY_TYPE, id, null, actor, changes);
			this.repository.saveAndFlush(csp);
			this.directory.forgetAfterCommit();
		}
	}

	private static Map<String, String> snapshot(CspDetails details) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("csp.field.name", details.name());
		values.put("csp.field.area", details.area());
		values.put("csp.field.addressLine1", details.addressLine1());
		values.put("csp.history.addressLine2", details.addressLine2());
		values.put("csp.field.town", details.town());
		values.put("csp.field.postcode", details.postcode());
		values.put("csp.field.contactName", details.contactName());
		values.put("csp.field.contactRole", details.contactRole());
		values.put("csp.field.contactOrganisation", details.contactOrganisation());
		values.put("csp.field.contactEmail", details.contactEmail());
		return values;
	}

	public Map<Long, String> namesById() {
		return all().stream()
			.collect(Collectors.toMap(CspSummary::id, CspSummary::name, (a, b) -> a, LinkedHashMap::new));
	}

	/** The names of these CSPs, from the {@link CspDirectory}. */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : this.directory.namesOf(ids);
	}

}
