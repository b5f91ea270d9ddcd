package org.dhrqa.tracker.account;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts: administrators create them, change roles and disable them; everyone
 * changes their own password. Every change goes into the history with who made it.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final String HISTORY_TYPE = "user";

	private final UserAccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SessionCutoff sessions;

	private final ChangeHistory history;

	private final Clock clock;

	Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			SessionCutoff sessions, ChangeHistory history, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.history = history;
		this.clock = clock;
	}

	public List<UserSummary> all() {
		return this.repository.findAllByOrderByNameAsc().stream().map(UserSummary::of).toList();
	}

	public Optional<UserSummary> find(Long id) {
		return (id != null) ? this.repository.findById(id).map(UserSummary::of) : Optional.empty();
	}

	/** These people, in one query. */
	public Map<Long, UserSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, UserSummary> people = new HashMap<>();
		for (UserAccount account : this.repository.findAllById(ids)) {
			people.put(account.getId(), UserSummary.of(account));
		}
		return people;
	}

	/** The names of these people, in one query (for lists that show who has what). */
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		for (Object[] row : this.repository.namesOf(ids.toArray(Long[]::new))) {
			names.put((Long) row[0], (String) row[1]);
		}
		return names;
	}

	/** Active colleagues in one CSP (to assign work to). */
	public List<UserSummary> activeInCsp(Long cspId) {
		return this.repository.findByCspIdAndEnabledTrueOrderByNameAsc(cspId).stream().map(UserSummary::of).toList();
	}

	/**
	 * Active people who hold a permission anywhere (the secretariat, to tell them a CSP
	 * has responded).
	 */
	public List<UserSummary> activeHolding(Permission permission) {
		List<Role> roles = Arrays.stream(Role.values()).filter(permission::heldBy).toList();
		return this.repository.findByRoleInAndEnabledTrueOrderByNameAsc(roles).stream().map(UserSummary::of).toList();
	}

	public boolean emailInUse(String email, Long exceptId) {
		return this.repository.findByEmail(email.trim())
			.filter((account) -> exceptId == null || !account.getId().equals(exceptId))
			.isPresent();
	}

	public List<HistoryEvent> history(Long id) {
		return this.history.of(HISTORY_TYPE, id);
	}

	@Transactional
	public Long create(String email, String name, Role role, Long cspId, String initialPassword, Actor actor) {
		if (emailInUse(email, null)) {
			throw new EmailInUseException();
		}
		UserAccount account = this.repository.save(new UserAccount(email, name, role, cspId,
				this.passwordEncoder.encode(initialPassword), this.clock.instant()));
		this.history.record(HISTORY_TYPE, account.getId(), null, actor,
				FieldChange.between(Map.of(), snapshot(account)));
		return account.getId();
	}

	/**
	 * Changes name, role and CSP; refused when someone saved the account since
	 * {@code expectedVersion}.
	 */
	@Transactional
	public void update(Long id, long expectedVersion, String name, Role role, Long cspId, Actor actor) {
		UserAccount account = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (account.getVersion() != expectedVersion) {
			throw new AccountChangedMeanwhileException(this.history.latest(HISTORY_TYPE, id));
		}
		Map<String, String> before = snapshot(account);
		boolean scopeChanged = account.getRole() != role || !java.util.Objects.equals(account.getCspId(), cspId);
		account.rename(name, this.clock.instant());
		account.changeRole(role, cspId, this.clock.instant());
		List<FieldChange> changes = FieldChange.between(before, snapshot(account));
		if (!changes.isEmpty()) {
			this.history.record(HISTORY_TYPE, id, null, actor, changes);
			this.repository.saveAndFlush(account);
		}
		if (scopeChanged) {
			// what they may see has changed: they sign in again to pick up the new scope
			endSessions(account);
		}
	}

	@Transactional
	public void disable(Long id, Actor actor) {
		UserAccount account = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (id.equals(actor.userId())) {
			throw new IllegalArgumentException("Administrators cannot disable their own account");
		}
		if (!account.isEnabled()) {
			return;
		}
		account.disable(this.clock.instant());
		this.history.record(HISTORY_TYPE, id, null, actor,
				List.of(new FieldChange("user.field.enabled", "user.enabled.true", "user.enabled.false")));
		endSessions(account);
	}

	@Transactional
	public void enable(Long id, Actor actor) {
		UserAccount account = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (account.isEnabled()) {
			return;
		}
		account.enable(this.clock.instant());
		this.history.record(HISTORY_TYPE, id, null, actor,
				List.of(new FieldChange("user.field.enabled", "user.enabled.false", "user.enabled.true")));
	}

	/**
	 * @return the message key of the problem, or null when the password was changed
	 */
	@Transactional
	public String changeOwnPassword(Long id, String currentPassword, String newPassword) {
		UserAccount account = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return "password.currentWrong";
		}
		String problem = this.passwordPolicy.problem(newPassword, account.getEmail());
		if (problem != null) {
			return problem;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.history.record(HISTORY_TYPE, id, null, new Actor(id, account.getName()),
				List.of(new FieldChange("user.field.password", null, "user.password.changed")));
		// the person's other sessions end; PasswordController renews the one they used
		endSessions(account);
		return null;
	}

	/**
	 * An administrator sets a new password for someone (who forgot theirs): every session
	 * of that person ends.
	 * @return the message key of the problem, or null when the password was set
	 */
	@Transactional
	public String resetPassword(Long id, String newPassword, Actor actor) {
		UserAccount account = this.repository.findById(id).orElseThrow(NotFoundException::new);
		String problem = this.passwordPolicy.problem(newPassword, account.getEmail());
		if (problem != null) {
			return problem;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.history.record(HISTORY_TYPE, id, null, actor,
				List.of(new FieldChange("user.field.password", null, "user.password.reset")));
		endSessions(account);
		return null;
	}

	private void endSessions(UserAccount account) {
		this.sessions.endSessions(account.getId());
	}

	private static Map<String, String> snapshot(UserAccount account) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("user.field.name", account.getName());
		values.put("user.field.email", account.getEmail());
		values.put("user.field.role", "role." + account.getRole().name());
		values.put("user.field.csp", (account.getCspId() != null) ? "csp#" + account.getCspId() : null);
		return values;
	}

}
