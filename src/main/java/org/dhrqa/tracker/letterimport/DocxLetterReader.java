package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhrqa.tracker.letterimport.UnreadableLetterException.Reason;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * A Word document's text, one paragraph per line with a blank line after it. Word keeps
 * list numbers and bullets out of the text, in each paragraph's numbering properties (or
 * its style's); they are read from there and written in front of the paragraph ("3.",
 * "b)", "•"), indented four spaces per list level, so the parser sees the list as the
 * reader of the letter did.
 */
final class DocxLetterReader {

	private final XWPFDocument document;

	/** Each list's counters, per level. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private int lastListLevel = -1;

	private DocxLetterReader(XWPFDocument document) {
		this.document = document;
	}

	static String read(byte[] docx) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder out = new StringBuilder();
			new DocxLetterReader(document).body(document.getBodyElements(), out);
			if (out.toString().isBlank()) {
				throw new UnreadableLetterException(Reason.NO_TEXT);
			}
			return out.toString();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableLetterException unreadable) {
				throw unreadable;
			}
			throw new UnreadableLetterException(Reason.BROKEN, ex);
		}
	}

	private void body(List<IBodyElement> elements, StringBuilder out) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph, out);
			}
			else if (element instanceof XWPFTable table) {
				table(table, out);
			}
		}
	}

	private void paragraph(XWPFParagraph paragraph, StringBuilder out) {
		String text = paragraph.getText().replace("\r", "\n");
		if (text.isBlank()) {
			out.append('\n');
			return;
		}
		CTNumPr numbering = numbering(paragraph);
		if (numbering == null || numbering.getNumId() == null
				|| BigInteger.ZERO.equals(numbering.getNumId().getVal())) {
			// a paragraph indented to the text of the list entry above continues it
			boolean continuation = this.lastListLevel >= 0 && paragraph.getIndentationLeft() > 0;
			int indent = continuation ? 4 * (this.lastListLevel + 1) : 0;
			if (!continuation) {
				this.lastListLevel = -1;
			}
			out.append(" ".repeat(indent)).append(text.replace("\n", "\n" + " ".repeat(indent))).append("\n\n");
			return;
		}
		int level = (numbering.getIlvl() != null) ? numbering.getIlvl().getVal().intValue() : 0;
		String label = label(numbering.getNumId().getVal(), level);
		this.lastListLevel = level;
		String indent = " ".repeat(4 * level);
		out.append(indent)
			.append(label)
			.append(' ')
			.append(text.strip().replace("\n", "\n" + indent + "    "))
			.append("\n\n");
	}

	/**
	 * The paragraph's own numbering, or the one its style (or the style it is based on)
	 * gives.
	 */
	private CTNumPr numbering(XWPFParagraph paragraph) {
		if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
			return paragraph.getCTP().getPPr().getNumPr();
		}
		String styleId = paragraph.getStyleID();
		for (int depth = 0; styleId != null && this.document.getStyles() != null && depth < 10; depth++) {
			XWPFStyle style = this.document.getStyles().getStyle(styleId);
			if (style == null) {
				return null;
			}
			var properties = style.getCTStyle().getPPr();
			if (properties != null && properties.getNumPr() != null) {
				return properties.getNumPr();
			}
			styleId = (style.getCTStyle().getBasedOn() != null) ? style.getCTStyle().getBasedOn().getVal() : null;
		}
		return null;
	}

	/** "3.", "b)", "iv." or a bullet, counting as Word does. */
	private String label(BigInteger numId, int level) {
		CTLvl definition = levelDefinition(numId, level);
		int[] counts = this.counters.computeIfAbsent(numId, (id) -> new int[9]);
		int safeLevel = Math.min(Math.max(level, 0), 8);
		counts[safeLevel]++;
		for (int deeper = safeLevel + 1; deeper < counts.length; deeper++) {
			counts[deeper] = 0;
		}
		if (definition == null) {
			return bullet(safeLevel);
		}
		String format = (definition.getNumFmt() != null) ? definition.getNumFmt().getVal().toString() : "decimal";
		if (format.equals("bullet") || format.equals("none")) {
			return bullet(safeLevel);
		}
		String pattern = (definition.getLvlText() != null && definition.getLvlText().getVal() != null)
				? definition.getLvlText().getVal() : "%" + (safeLevel + 1) + ".";
		if (pattern.indexOf('%') != pattern.lastIndexOf('%')) {
			// "1.2." numbers a paragraph within a section; the level is in the
			// indentation
			pattern = "%" + (safeLevel + 1) + ".";
		}
		String label = pattern;
		for (int i = 0; i <= safeLevel; i++) {
			CTLvl levelI = levelDefinition(numId, i);
			String formatI = (levelI != null && levelI.getNumFmt() != null) ? levelI.getNumFmt().getVal().toString()
					: "decimal";
			int start = (levelI != null && levelI.getStart() != null) ? levelI.getStart().getVal().intValue() : 1;
			label = label.replace("%" + (i + 1), format(formatI, counts[i] + start - 1));
		}
		return label.isBlank() ? bullet(safeLevel) : label.strip();
	}

	private CTLvl levelDefinition(BigInteger numId, int level) {
		XWPFNumbering numbering = this.document.getNumbering();
		if (numbering == null) {
			return null;
		}
		BigInteger abstractId = numbering.getAbstractNumID(numId);
		XWPFAbstractNum abstractNum = (abstractId != null) ? numbering.getAbstractNum(abstractId) : null;
		if (abstractNum == null) {
			return null;
		}
		for (CTLvl candidate : abstractNum.getCTAbstractNum().getLvlArray()) {
			if (candidate.getIlvl() != null && candidate.getIlvl().intValue() == level) {
				return candidate;
			}
		}
		return null;
	}

	private static String bullet(int level) {
		return switch (level % 3) {
			case 0 -> "\u2022";
			case 1 -> "\u25E6";
			default -> "\u25AA";
		};
	}

	private static String format(String format, int value) {
		return switch (format) {
			case "lowerLetter" -> letters(value).toLowerCase(Locale.UK);
			case "upperLetter" -> letters(value);
			case "lowerRoman" -> roman(value).toLowerCase(Locale.UK);
			case "upperRoman" -> roman(value);
			default -> String.valueOf(value);
		};
	}

	private static String letters(int value) {
		StringBuilder out = new StringBuilder();
		int n = Math.max(value, 1);
		while (n > 0) {
			n--;
			out.insert(0, (char) ('A' + n % 26));
			n /= 26;
		}
		return out.toString();
	}

	private static String roman(int value) {
		int[] numbers = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int n = Math.max(value, 1);
		for (int i = 0; i < numbers.length; i++) {
			while (n >= numbers[i]) {
				out.append(numerals[i]);
				n -= numbers[i];
			}
		}
		return out.toString();
	}

	/**
	 * A table laid out for looks (letterhead beside addressee, cells of several
	 * paragraphs) is read cell by cell, paragraph by paragraph; a table of data is read a
	 * row to a paragraph, and a first cell holding only a number numbers the row.
	 */
	private void table(XWPFTable table, StringBuilder out) {
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			boolean layout = cells.stream()
				.anyMatch((cell) -> cell.getParagraphs().stream().filter((p) -> !p.getText().isBlank()).count() > 1);
			if (layout) {
				for (XWPFTableCell cell : cells) {
					cell.getParagraphs().forEach((paragraph) -> paragraph(paragraph, out));
				}
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < cells.size(); i++) {
				String cell = cells.get(i).getText().replaceAll("\\s+", " ").strip();
				if (cell.isEmpty()) {
					continue;
				}
				if (i == 0 && cell.matches("\\d{1,2}\\.?") && cells.size() > 1) {
					cell = cell.replace(".", "") + ".";
				}
				line.append((line.length() > 0) ? " " : "").append(cell);
			}
			if (line.length() > 0) {
				out.append(line).append("\n\n");
			}
		}
	}

}
