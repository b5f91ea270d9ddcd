package org.dhrqa.tracker.csp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CSPs, as the other modules need them. */
@Service
@Transactional(readOnly = true)
public class Csps {

	private final CspRepository repository;

	Csps(CspRepository repository) {
		this.repository = repository;
	}

	public List<CspSummary> all() {
		return this.repository.findAllOrdered().stream().map(Csp::summary).toList();
	}

	/** The CSPs this person may see: their own, or every CSP for Home Office roles. */
	public List<CspSummary> visibleTo(SignedInUser user) {
		return all().stream().filter((csp) -> user.canSeeCsp(csp.id())).toList();
	}

	public Optional<CspSummary> find(Long id) {
		return (id != null) ? this.repository.findById(id).map(Csp::summary) : Optional.empty();
	}

	public Optional<CspDetails> details(Long id) {
		return (id != null) ? this.repository.findById(id).map(Csp::details) : Optional.empty();
	}

	public Map<Long, String> namesById() {
		return this.repository.findAllOrdered()
			.stream()
			.collect(Collectors.toMap(Csp::getId, (csp) -> csp.details().name(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
