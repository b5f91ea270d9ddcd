package org.dhrqa.tracker.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.account.TestUsers;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dhrqa.tracker.review.ReviewStage.APPROVED_FOR_PUBLICATION;
import static org.dhrqa.tracker.review.ReviewStage.FEEDBACK_ISSUED;
import static org.dhrqa.tracker.review.ReviewStage.PUBLISHED;
import static org.dhrqa.tracker.review.ReviewStage.RESUBMITTED;

/**
 * Every (stage, target, role, own or other CSP) combination of the stage form, and every
 * correction: only the CSP's own people record the stages the CSP owns; the stages that
 * record a QA decision are never chosen on the form; corrections are the secretariat's
 * and administrators'.
 */
class StageRulesTests {

	private static final long KENT = 1L;

	private static final long DEVON = 2L;

	/** Entered only by the service's own events. */
	private static final Set<ReviewStage> EVENT_STAGES = Set.of(FEEDBACK_ISSUED, RESUBMITTED, APPROVED_FOR_PUBLICATION,
			PUBLISHED);

	private static final Set<Role> RECORDING_ROLES = Set.of(Role.CSP_STAFF, Role.CSP_MANAGER);

	private static final Set<Role> CORRECTING_ROLES = Set.of(Role.QA_SECRETARIAT, Role.ADMINISTRATOR);

	private final StageRules rules = new StageRules(new StaticListableBeanFactory().getBeanProvider(StageGuard.class));

	static Stream<Arguments> everyCombination() {
		return Stream.of(ReviewStage.values())
			.flatMap((from) -> Stream.of(ReviewStage.values())
				.flatMap((to) -> Stream.of(Role.values())
					.flatMap((role) -> Stream.of(KENT, DEVON).map((csp) -> Arguments.of(from, to, role, csp)))));
	}

	@ParameterizedTest(name = "{0} -> {1} by {2} of CSP {3}")
	@MethodSource("everyCombination")
	void theFormOffersOnlyTheCspsOwnNextStagesToItsOwnPeople(ReviewStage from, ReviewStage to, Role role,
			long personCsp) {
		SignedInUser person = TestUsers.of(role, personCsp);
		Optional<MessageSourceResolvable> refusal = this.rules.refusal(review(from, null), to, person);

		boolean expectedOffered = from.canMoveTo(to) && !EVENT_STAGES.contains(to) && RECORDING_ROLES.contains(role)
				&& personCsp == KENT;
		assertThat(refusal.isEmpty()).as("offered").isEqualTo(expectedOffered);
		if (!from.canMoveTo(to)) {
			assertThat(code(refusal)).isEqualTo("stage.reason.notNext");
		}
		else if (EVENT_STAGES.contains(to)) {
			assertThat(code(refusal)).as("the event that brings it").isEqualTo("stage.reason." + to.name());
		}
		else if (!expectedOffered) {
			assertThat(code(refusal)).isEqualTo("stage.reason.cspRecords");
		}
	}

	@ParameterizedTest(name = "correct {0} -> {1} by {2} of CSP {3}")
	@MethodSource("everyCombination")
	void correctionsAreTheSecretariatsAndAdministratorsOnly(ReviewStage from, ReviewStage to, Role role,
			long personCsp) {
		SignedInUser person = TestUsers.of(role, personCsp);
		Optional<MessageSourceResolvable> refusal = this.rules.correctionRefusal(review(from, "https://example.org/r"),
				to, person);

		boolean expected = CORRECTING_ROLES.contains(role) && from != to;
		assertThat(refusal.isEmpty()).isEqualTo(expected);
	}

	@Test
	void publishedNeedsTheWebAddressEvenByCorrection() {
		SignedInUser secretariat = TestUsers.of(Role.QA_SECRETARIAT, null);

		assertThat(code(this.rules.correctionRefusal(review(APPROVED_FOR_PUBLICATION, null), PUBLISHED, secretariat)))
			.isEqualTo("stage.guard.noUrl");
	}

	@Test
	void aGuardOfAnotherModuleRefusesWithItsReason() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("openItems", (StageGuard) (review, target) -> (target == APPROVED_FOR_PUBLICATION)
				? Optional.of(new DefaultMessageSourceResolvable("stage.guard.openItems")) : Optional.empty());
		StageRules guarded = new StageRules(beans.getBeanProvider(StageGuard.class));
		SignedInUser secretariat = TestUsers.of(Role.QA_SECRETARIAT, null);

		assertThat(
				code(guarded.correctionRefusal(review(FEEDBACK_ISSUED, null), APPROVED_FOR_PUBLICATION, secretariat)))
			.isEqualTo("stage.guard.openItems");
		assertThat(guarded.correctionRefusal(review(FEEDBACK_ISSUED, null), ReviewStage.REVISING, secretariat))
			.isEmpty();
	}

	@Test
	void eventsTakeTheirPathFromEachStageAndNoOther() {
		assertThat(StageEvent.LETTER_ISSUED.path(ReviewStage.SUBMITTED_TO_QA)).containsExactly(FEEDBACK_ISSUED);
		assertThat(StageEvent.LETTER_ISSUED.path(RESUBMITTED)).containsExactly(FEEDBACK_ISSUED);
		assertThat(StageEvent.LETTER_ISSUED.path(ReviewStage.REVISING)).isEmpty();
		assertThat(StageEvent.APPROVED_LETTER_ISSUED.path(ReviewStage.SUBMITTED_TO_QA)).containsExactly(FEEDBACK_ISSUED,
				APPROVED_FOR_PUBLICATION);
		assertThat(StageEvent.LAST_AREA_ACCEPTED.path(ReviewStage.REVISING)).containsExactly(APPROVED_FOR_PUBLICATION);
		assertThat(StageEvent.LAST_AREA_ACCEPTED.path(ReviewStage.IN_PROGRESS)).isEmpty();
		assertThat(StageEvent.RESUBMISSION.path(FEEDBACK_ISSUED)).containsExactly(ReviewStage.REVISING, RESUBMITTED);
		assertThat(StageEvent.PUBLICATION_RECORDED.path(APPROVED_FOR_PUBLICATION)).containsExactly(PUBLISHED);
		assertThat(StageEvent.PUBLICATION_RECORDED.path(ReviewStage.REVISING)).isEmpty();
		for (StageEvent event : StageEvent.values()) {
			for (ReviewStage from : ReviewStage.values()) {
				ReviewStage at = from;
				for (ReviewStage next : event.path(from)) {
					assertThat(at.canMoveTo(next)).as(event + " from " + from).isTrue();
					at = next;
				}
			}
		}
	}

	private static String code(Optional<MessageSourceResolvable> refusal) {
		return refusal.map((r) -> r.getCodes()[0]).orElse(null);
	}

	private static ReviewView review(ReviewStage stage, String publishedUrl) {
		return new ReviewView(10L, KENT, "Kent & Medway CSP", "KM-1", "Salome", List.of(), 3, 2021, ReviewType.HOMICIDE,
				null, null, null, null, null, null, null, null, null, publishedUrl, stage, 0, Instant.EPOCH);
	}

}
