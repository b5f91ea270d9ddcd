package org.dhrqa.tracker.letterimport;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.ImportForms.CheckForm;
import org.dhrqa.tracker.letterimport.ImportForms.ItemRow;
import org.dhrqa.tracker.letterimport.ImportForms.UnplacedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** An import's states, who sees it, and the check page's buttons. */
class LetterImportTests {

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	static SignedInUser user(Role role, Long cspId) {
		SignedInUser user = mock(SignedInUser.class);
		given(user.role()).willReturn(role);
		given(user.isCspUser()).willReturn(role.isCspScoped());
		given(user.cspId()).willReturn(cspId);
		given(user.name()).willReturn("Someone");
		given(user.id()).willReturn(1L);
		return user;
	}

	private static LetterImport read(SignedInUser uploader) throws Exception {
		LetterImport letterImport = new LetterImport(uploader, null, "salome.txt", 9L, NOW);
		LetterReader.Reading reading = new LetterReader.Reading(
				new LetterParser(List.of()).parse(SeedLetterTests.seed(), null), SeedLetterTests.seed(), "TEXT");
		letterImport.parsed(reading, NOW);
		return letterImport;
	}

	@Test
	void aCspPersonsImportBelongsToTheirCspFromTheStart() throws Exception {
		LetterImport letterImport = read(user(Role.CSP_STAFF, 7L));
		assertThat(letterImport.getCspId()).isEqualTo(7L);
		assertThat(letterImport.isVisibleTo(user(Role.CSP_MANAGER, 7L))).isTrue();
		assertThat(letterImport.isVisibleTo(user(Role.CSP_STAFF, 8L))).isFalse();
		assertThat(letterImport.isVisibleTo(user(Role.QA_SECRETARIAT, null))).isTrue();
		// a CSP person cannot move their import to another CSP
		LetterImport.Draft draft = letterImport.draft();
		letterImport
			.revise(new LetterImport.Draft(draft.letterDate(), draft.meetingDate(), 8L, draft.victimPseudonyms(),
					draft.outcome(), draft.heading(), draft.strengths(), draft.items(), draft.unplaced()), NOW);
		assertThat(letterImport.getCspId()).isEqualTo(7L);
	}

	@Test
	void theSecretariatsImportIsTheCspsOnlyOnceConfirmed() throws Exception {
		LetterImport letterImport = read(user(Role.QA_SECRETARIAT, null));
		LetterImport.Draft draft = letterImport.draft();
		letterImport
			.revise(new LetterImport.Draft(draft.letterDate(), draft.meetingDate(), 7L, draft.victimPseudonyms(),
					draft.outcome(), draft.heading(), draft.strengths(), draft.items(), draft.unplaced()), NOW);
		assertThat(letterImport.isVisibleTo(user(Role.CSP_STAFF, 7L))).isFalse();
		letterImport.chooseReview(5L, null, NOW);
		letterImport
			.revise(new LetterImport.Draft(draft.letterDate(), draft.meetingDate(), 6L, draft.victimPseudonyms(),
					draft.outcome(), draft.heading(), draft.strengths(), draft.items(), draft.unplaced()), NOW);
		assertThat(letterImport.getReviewId()).as("another CSP's review is no longer chosen").isNull();
		letterImport.confirmed(11L, 12L, 7L, "Sam", NOW);
		assertThat(letterImport.isVisibleTo(user(Role.CSP_STAFF, 7L))).isTrue();
		assertThat(letterImport.isVisibleTo(user(Role.CSP_STAFF, 8L))).isFalse();
	}

	@Test
	void readsOnceAndChangesOnlyWhileWaitingForAPerson() throws Exception {
		LetterImport letterImport = read(user(Role.QA_SECRETARIAT, null));
		assertThat(letterImport.getStatus()).isEqualTo(ImportStatus.PARSED);
		assertThat(letterImport.draft().items()).hasSize(7);
		assertThat(letterImport.draft().items().get(0).category())
			.isEqualTo(FeedbackCategory.PSEUDONYM_OR_ANONYMISATION);
		assertThat(letterImport.draft().outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThatThrownBy(() -> letterImport.failed("x", NOW)).isInstanceOf(IllegalStateException.class);
		letterImport.confirmed(1L, 2L, 3L, "Sam", NOW);
		assertThatThrownBy(() -> letterImport.revise(letterImport.draft(), NOW))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> letterImport.discard("Sam", NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anUnreadableLetterCanOnlyBeDiscarded() {
		LetterImport letterImport = new LetterImport(user(Role.QA_SECRETARIAT, null), null, "x.png", 9L, NOW);
		letterImport.failed("letterImport.error.UNSUPPORTED", NOW);
		assertThatThrownBy(() -> letterImport.revise(letterImport.draft(), NOW))
			.isInstanceOf(IllegalStateException.class);
		letterImport.discard("Sam", NOW);
		assertThat(letterImport.getStatus()).isEqualTo(ImportStatus.DISCARDED);
	}

	@Test
	void theCheckPagesButtonsMoveRemoveAddAndPlace() {
		CheckForm form = new CheckForm();
		form.getItems().add(new ItemRow("First", "", "OTHER"));
		form.getItems().add(new ItemRow("Second", "", "OTHER"));
		UnplacedRow stray = new UnplacedRow("At 4.2 the agency is not named.");
		stray.setPlace(UnplacedRow.ITEM);
		UnplacedRow praise = new UnplacedRow("A compassionate review.");
		praise.setPlace(UnplacedRow.STRENGTH);
		UnplacedRow undecided = new UnplacedRow("Something else.");
		form.getUnplaced().addAll(List.of(stray, praise, undecided));
		form.setAction("up-1");
		assertThat(CheckForms.apply(form)).isZero();
		assertThat(form.getItems()).extracting(ItemRow::getText)
			.containsExactly("Second", "First", "At 4.2 the agency is not named.");
		assertThat(form.getItems().get(2).getSectionRef()).isEqualTo("4.2");
		assertThat(form.strengthList()).containsExactly("A compassionate review.");
		assertThat(form.getUnplaced()).extracting(UnplacedRow::getText).containsExactly("Something else.");
		form.setAction("remove-0");
		CheckForms.apply(form);
		form.setAction("add");
		CheckForms.apply(form);
		assertThat(form.getItems()).extracting(ItemRow::getText)
			.containsExactly("First", "At 4.2 the agency is not named.", "");
		form.setAction("down-99");
		CheckForms.apply(form);
		assertThat(form.getItems()).hasSize(3);
	}

	@Test
	void matchesTheCspTheLetterNamesWhateverItsWords() {
		var csps = List.of(
				new org.dhrqa.tracker.csp.CspSummary(1L, "Kent & Medway Community Safety Partnership", "Kent"),
				new org.dhrqa.tracker.csp.CspSummary(2L, "Devon Community Safety Partnership", "Devon"));
		assertThat(CspNames.match("Kent and Medway CSP", csps)).map((csp) -> csp.id()).hasValue(1L);
		assertThat(CspNames.match("the Devon Community Safety Partnership (CSP)", csps)).map((csp) -> csp.id())
			.hasValue(2L);
		assertThat(CspNames.match("Safer Leeds", csps)).isEmpty();
		assertThat(ImportConfirmation.names("\u2018Anna\u2019 and Tom")).containsExactlyInAnyOrder("anna", "tom");
	}

	@Test
	void filenamesFromZipsCannotPointAnywhere() {
		assertThat(Filenames.safe("../../etc/passwd", "letter")).isEqualTo("passwd");
		assertThat(Filenames.safe("C:\\Users\\me\\letter<1>.pdf", "letter")).isEqualTo("letter_1_.pdf");
		assertThat(Filenames.safe("..", "letter")).isEqualTo("letter");
		assertThat(Filenames.safe(null, "letter")).isEqualTo("letter");
	}

}
