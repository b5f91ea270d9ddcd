package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanImportTests {

	private static List<List<Object>> table(Object[]... rows) {
		List<List<Object>> table = new ArrayList<>();
		for (Object[] row : rows) {
			table.add(new ArrayList<>(List.of(row)));
		}
		return table;
	}

	@Test
	void readsDatesTheWayRealSpreadsheetsWriteThem() {
		assertThat(PlanImport.date("7/8/2024")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("07/08/2024")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("7 August 2024")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("7th Aug 2024")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("2024-08-07")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("7/8/24")).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date(LocalDate.of(2024, 8, 7))).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(PlanImport.date("31/02/2025")).isNull();
		assertThat(PlanImport.date("next spring")).isNull();
	}

	@Test
	void toleratesHeaderSpellingAndCaseAndContinuesRecommendations() {
		PlanImport.Preview preview = PlanImport.interpret(table(
				new Object[] { "RECOMMENDATION", "scope of recomendation", "Action To Take", "Lead Agency",
						"Key milestones", "Target Date", "Date of completion & outcome" },
				new Object[] { "1. Train GPs", "local", "Write the training", "ICB", "", "7/8/2024",
						"12 September 2024 - delivered to all practices" },
				new Object[] { "", "", "Audit the training", "ICB", "", "", "" },
				new Object[] { "Recommendation 2: Publish the pathway", "Regional", "Publish it", "CSP", "", "", "" }));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.rows()).extracting(PlanImport.Row::recommendationNumber).containsExactly("1", "1", "2");
		assertThat(preview.rows()).extracting(PlanImport.Row::startsRecommendation).containsExactly(true, false, true);
		PlanImport.Row first = preview.rows().get(0);
		assertThat(first.details().completedOn()).isEqualTo(LocalDate.of(2024, 9, 12));
		assertThat(first.details().completionOutcome()).isEqualTo("delivered to all practices");
		assertThat(first.details().status()).isEqualTo(ActionStatus.COMPLETE);
		assertThat(preview.rows().get(1).scope()).isEqualTo(Scope.LOCAL);
	}

	@Test
	void namesEachBadRowAndItsProblem() {
		PlanImport.Preview preview = PlanImport.interpret(table(
				new Object[] { "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
						"Target date" },
				new Object[] { "1. Train GPs", "citywide", "Write the training", "", "31/02/2025" }));

		assertThat(preview.clean()).isFalse();
		assertThat(preview.problemsOf(2)).extracting(PlanImport.Problem::key)
			.containsExactlyInAnyOrder("import.scope.invalid", "import.lead.required", "import.date.invalid");
	}

	@Test
	void refusesAFileWithoutTheTemplateColumns() {
		PlanImport.Preview preview = PlanImport
			.interpret(table(new Object[] { "Name", "Email" }, new Object[] { "Jo", "jo@example.org" }));
		assertThat(preview.problems()).extracting(PlanImport.Problem::key).contains("import.missingColumn");
	}

	@Test
	void findsTheHeadingsBelowTitleLines() {
		PlanImport.Preview preview = PlanImport.interpret(table(new Object[] { "Domestic Homicide Review: Maya" },
				new Object[] { "Action plan – as agreed by the panel on 7 August 2024" }, new Object[] { "" },
				new Object[] { "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
						"Key milestones achieved in enacting recommendation", "Target date",
						"Date of completion and outcome" },
				new Object[] { "1. Train GPs", "Local", "Write the training", "ICB", "", "7/8/2024", "" }));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.rows()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(5);
			assertThat(row.details().targetDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		});
	}

	@Test
	void headingsFurtherDownThanTheFirstRowsAreNotLookedFor() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < PlanHeader.SEARCH_ROWS; i++) {
			rows.add(new Object[] { "A title line " + i });
		}
		rows.add(new Object[] { "Recommendation", "Action to take", "Lead agency" });
		PlanImport.Preview preview = PlanImport.interpret(table(rows.toArray(Object[][]::new)));
		assertThat(preview.problems()).extracting(PlanImport.Problem::key).contains("import.missingColumn");
	}

	@Test
	void refusesMoreRowsThanTheLimitWithoutReadingThemAll() throws Exception {
		StringBuilder csv = new StringBuilder("Recommendation,Scope of recommendation,Action to take,Lead agency\n");
		for (int i = 0; i < 200; i++) {
			csv.append("1. Train GPs,Local,Action ").append(i).append(",ICB\n");
		}
		PlanImport.Preview preview = PlanImport
			.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "plan.csv", 50);
		assertThat(preview.problems()).extracting(PlanImport.Problem::key).containsExactly("import.tooManyRows");
		assertThat(preview.rows()).isEmpty();

		PlanImport.Preview enough = PlanImport
			.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "plan.csv", 200);
		assertThat(enough.clean()).isTrue();
		assertThat(enough.actionCount()).isEqualTo(200);
	}

	@Test
	void oneNumberIsOneRecommendation() {
		PlanImport.Preview preview = PlanImport.interpret(
				table(new Object[] { "Recommendation", "Scope of recommendation", "Action to take", "Lead agency" },
						new Object[] { "1. Train GPs", "Local", "Write the training", "ICB" },
						new Object[] { "2. Publish the pathway", "Local", "Publish it", "CSP" },
						new Object[] { "1.  train   GPs", "Local", "Audit the training", "ICB" },
						new Object[] { "1. Something else entirely", "Local", "Do it", "CSP" }));

		assertThat(preview.problemsOf(4)).isEmpty();
		assertThat(preview.problemsOf(5)).extracting(PlanImport.Problem::key).containsExactly("import.number.reused");
		assertThat(preview.problemsOf(5).get(0).arguments()).containsExactly("1", 2);
	}

	@Test
	void everyCellHasItsColumnsLimitAndControlCharactersAreDropped() {
		PlanImport.Preview preview = PlanImport.interpret(table(
				new Object[] { "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
						"Key milestones" },
				new Object[] { "1. Train\u0000 GPs", "Local", "Write the training", "x".repeat(301),
						"m".repeat(5001) }));

		assertThat(preview.rows().get(0).recommendationText()).isEqualTo("Train GPs");
		assertThat(preview.problemsOf(2)).extracting((problem) -> problem.arguments().get(0))
			.containsExactlyInAnyOrder("Lead agency", "Key milestones achieved in enacting recommendation");
	}

	@Test
	void datesOutsideTheYearsAPlanCanMeanAreNotDates() {
		assertThat(PlanImport.date("1/1/0001")).isNull();
		assertThat(PlanImport.date(LocalDate.of(1899, 12, 31))).isNull();
		assertThat(PlanImport.date("31/12/2100")).isEqualTo(LocalDate.of(2100, 12, 31));
	}

	@Test
	void anUpdateKeepsTheProgressOfAPlanWhenTheSpreadsheetSaysNothingOfIt() {
		ActionDetails inService = new ActionDetails("Train staff", "ICB", null, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 2, 1), "All trained", ActionStatus.COMPLETE);
		ActionDetails fromFile = new ActionDetails("Train staff", "ICB", null, LocalDate.of(2025, 6, 1), null, null,
				ActionStatus.NOT_STARTED);
		PlanImport.Row silent = new PlanImport.Row(2, List.of(), "1", "Train", true, Scope.LOCAL, null, fromFile,
				false);
		PlanImport.Row saying = new PlanImport.Row(2, List.of(), "1", "Train", true, Scope.LOCAL, null, fromFile, true);

		assertThat(PlanImportApplier.merged(inService, silent)).isEqualTo(new ActionDetails("Train staff", "ICB", null,
				LocalDate.of(2025, 6, 1), LocalDate.of(2025, 2, 1), "All trained", ActionStatus.COMPLETE));
		assertThat(PlanImportApplier.merged(inService, saying)).isEqualTo(fromFile);
	}

}
