package org.dhrqa.tracker.actionplan;

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

}
