package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.dhrqa.tracker.letterimport.UnreadableLetterException.Reason;
import org.dhrqa.tracker.support.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading files: what each format gives, and the reasons a file is refused. */
class LetterFilesTests {

	@Test
	void refusesWhatIsNotALetterWithAReason() throws IOException {
		assertReason(new byte[0], Reason.EMPTY);
		assertReason("%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII), Reason.BROKEN);
		assertReason(TestPdfs.encrypted(), Reason.ENCRYPTED);
		assertReason(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, Reason.OLD_WORD);
		assertReason("{\\rtf1 hello}".getBytes(StandardCharsets.US_ASCII), Reason.UNSUPPORTED);
		assertReason(zip("notes.txt", "hello"), Reason.UNSUPPORTED);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1,
				0, 0, 0, 1, 0, 8, 6, 0, 0, 0 };
		assertReason(png, Reason.UNSUPPORTED);
		assertReason(new byte[(int) LetterFiles.MAX_SIZE + 1], Reason.TOO_LARGE);
		assertReason(TestPdfs.report(1).length > 0 ? blankPdf() : null, Reason.NO_TEXT);
	}

	private static void assertReason(byte[] content, Reason reason) {
		assertThatThrownBy(() -> LetterFiles.read(content)).isInstanceOf(UnreadableLetterException.class)
			.extracting((ex) -> ((UnreadableLetterException) ex).reason())
			.isEqualTo(reason);
	}

	private static byte[] blankPdf() throws IOException {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Test
	void decodesTextInTheEncodingsWindowsAndMacsWrite() {
		String letter = "Dear Chair,\n\u2018Mary\u2019 \u2013 caf\u00E9";
		assertThat(LetterFiles.read(letter.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(letter);
		assertThat(LetterFiles.read(letter.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(letter);
		byte[] utf16 = letter.getBytes(StandardCharsets.UTF_16LE);
		assertThat(LetterFiles.read(utf16).text()).isEqualTo(letter);
		byte[] withBom = ("\uFEFF" + letter).getBytes(StandardCharsets.UTF_8);
		assertThat(LetterFiles.read(withBom).text()).isEqualTo(letter);
	}

	@Test
	void aPdfNamedAsTextIsStillAPdf() {
		assertThat(LetterFiles.read(LetterFixtures.pdf("Dear Chair,\n- The report should be proofread.")).format())
			.isEqualTo("PDF");
	}

	@Test
	void readsListNumberingThatAWordStyleGives() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var numbering = document.createNumbering();
			var definition = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			BigInteger abstractId = numbering
				.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition));
			var lvl = numbering.getAbstractNum(abstractId).getCTAbstractNum().addNewLvl();
			lvl.setIlvl(BigInteger.ZERO);
			lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
			lvl.addNewLvlText().setVal("%1)");
			BigInteger numId = numbering.addNum(abstractId);
			XWPFStyles styles = document.createStyles();
			CTStyle listStyle = CTStyle.Factory.newInstance();
			listStyle.setStyleId("ListNumber");
			listStyle.setType(STStyleType.PARAGRAPH);
			listStyle.addNewName().setVal("List Number");
			listStyle.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
			styles.addStyle(new XWPFStyle(listStyle));
			document.createParagraph().createRun().setText("Areas for development:");
			for (String point : List.of("The front page needs the month of death.", "At 2.1 the GP is named.")) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setStyle("ListNumber");
				paragraph.createRun().setText(point);
			}
			document.write(out);
			docx = out.toByteArray();
		}
		String text = LetterFiles.read(docx).text();
		assertThat(text).contains("1) The front page needs the month of death.", "2) At 2.1 the GP is named.");
	}

}
