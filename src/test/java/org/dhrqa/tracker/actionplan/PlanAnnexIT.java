package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annex PDF of an unchanged plan is rendered once (a second request returns the very
 * same document), any change to the plan renders it afresh, and it stays tagged with its
 * fonts embedded.
 */
@IntegrationTest
class PlanAnnexIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void anUnchangedPlanIsRenderedOnceAndAChangedOneAgain() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		long review = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-ANNEX"), "Cleo",
				LocalDate.of(2024, 3, 1), kent);
		PlanFixtures.Made made = fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 4, 3), kent);

		byte[] first = annex(review, kent);
		byte[] second = annex(review, fixtures.user(DemoUsers.SECRETARIAT));
		// a rendering carries its own creation time and document id: equal bytes are one
		// rendering
		assertThat(second).isEqualTo(first);

		fixtures.plans.update(made.actionId(), LocalDate.of(2025, 6, 9), "All staff booked on the course", kent);
		byte[] changed = annex(review, kent);
		assertThat(changed).isNotEqualTo(first);
		assertThat(PdfText.of(changed)).contains("9 June 2025: All staff booked on the course")
			.contains("3 April 2025: Half of the staff trained");

		try (PDDocument document = Loader.loadPDF(changed)) {
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
			PDPage page = document.getPage(0);
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			}
		}
	}

	private byte[] annex(long review, SignedInUser person) throws Exception {
		return this.mvc.perform(get("/reviews/" + review + "/action-plan/annex.pdf").with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
