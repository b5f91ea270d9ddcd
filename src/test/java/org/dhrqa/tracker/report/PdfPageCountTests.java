package org.dhrqa.tracker.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF's own claim of how many pages it has is not believed: they are counted. */
class PdfPageCountTests {

	@TempDir
	Path folder;

	@Test
	void aPdfClaimingTwoBillionPagesIsCountedAsTheTwoItHas() throws Exception {
		Path pdf = this.folder.resolve("liar.pdf");
		Files.write(pdf, lyingAboutItsPages(2, 2_000_000_000));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).as("what the file claims").isEqualTo(2_000_000_000);
		}

		assertThat(ReportVersions.pageCount(pdf)).isEqualTo(2);
		assertThat(PdfPages.read(pdf, (done, total) -> assertThat(total).isEqualTo(2))).hasSize(2);
	}

	private static byte[] lyingAboutItsPages(int real, int claimed) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < real; i++) {
				document.addPage(new PDPage());
			}
			document.getDocumentCatalog().getPages().getCOSObject().setInt(COSName.COUNT, claimed);
			document.save(out);
			return out.toByteArray();
		}
	}

}
