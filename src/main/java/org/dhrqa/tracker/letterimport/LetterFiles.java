package org.dhrqa.tracker.letterimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhrqa.tracker.letterimport.BlockBuilder.Layout;
import org.dhrqa.tracker.letterimport.UnreadableLetterException.Reason;

/**
 * Reads a letter file whatever it is called: the content decides (a PDF named ".txt" is
 * still a PDF). PDF, Word (.docx) and plain text in any common encoding are read; old
 * Word, RTF, images and other archives are refused with a reason.
 */
final class LetterFiles {

	static final long MAX_SIZE = 20L * 1024 * 1024;

	private LetterFiles() {
	}

	/** The text of a letter and how its lines relate to its paragraphs. */
	record LetterText(String text, Layout layout, String format) {

	}

	static LetterText read(byte[] content) {
		if (content.length == 0) {
			throw new UnreadableLetterException(Reason.EMPTY);
		}
		if (content.length > MAX_SIZE) {
			throw new UnreadableLetterException(Reason.TOO_LARGE);
		}
		if (startsWith(content, "%PDF-") || indexOf(content, "%PDF-", 1024) >= 0) {
			return new LetterText(PdfLetterReader.read(content), Layout.PARAGRAPHS, "PDF");
		}
		if (startsWith(content, "PK\u0003\u0004")) {
			if (!isWordDocument(content)) {
				throw new UnreadableLetterException(Reason.UNSUPPORTED);
			}
			return new LetterText(DocxLetterReader.read(content), Layout.PARAGRAPHS, "DOCX");
		}
		if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
				&& (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
			// an OLE file: a password-protected .docx is kept in one, otherwise Word
			// 97-2003
			boolean encrypted = indexOf(content, "EncryptionInfo", content.length) >= 0
					|| indexOf(content, "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o", content.length) >= 0;
			throw new UnreadableLetterException(encrypted ? Reason.ENCRYPTED : Reason.OLD_WORD);
		}
		if (startsWith(content, "{\\rtf")) {
			throw new UnreadableLetterException(Reason.UNSUPPORTED);
		}
		return new LetterText(text(content, null), null, "TEXT");
	}

	/** Text typed or pasted, or sent as text/plain. */
	static LetterText readText(String text) {
		if (text == null || text.isBlank()) {
			throw new UnreadableLetterException(Reason.EMPTY);
		}
		return new LetterText(text, null, "TEXT");
	}

	/**
	 * Bytes of text: a byte-order mark decides, then UTF-16 by its zero bytes, then UTF-8
	 * if it is valid, else Windows-1252 (what Word's "plain text" gives on Windows).
	 */
	static String text(byte[] content, Charset declared) {
		String decoded;
		if (startsWith(content, "\u00EF\u00BB\u00BF")) {
			decoded = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			decoded = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			decoded = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		else if (looksUtf16(content, 1)) {
			decoded = new String(content, StandardCharsets.UTF_16LE);
		}
		else if (looksUtf16(content, 0)) {
			decoded = new String(content, StandardCharsets.UTF_16BE);
		}
		else if (declared != null && !declared.equals(StandardCharsets.UTF_8)
				&& !declared.equals(StandardCharsets.ISO_8859_1)) {
			decoded = new String(content, declared);
		}
		else {
			decoded = utf8OrWindows(content);
		}
		if (isBinary(decoded)) {
			throw new UnreadableLetterException(Reason.UNSUPPORTED);
		}
		if (decoded.isBlank()) {
			throw new UnreadableLetterException(Reason.EMPTY);
		}
		return decoded;
	}

	private static String utf8OrWindows(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	/** Every other byte zero, at {@code offset}: ASCII text in UTF-16. */
	private static boolean looksUtf16(byte[] content, int offset) {
		int sample = Math.min(content.length, 400);
		if (sample < 4) {
			return false;
		}
		int zeros = 0;
		int pairs = 0;
		for (int i = offset; i < sample; i += 2) {
			pairs++;
			if (content[i] == 0) {
				zeros++;
			}
		}
		return zeros > pairs * 0.7;
	}

	private static boolean isBinary(String text) {
		int sample = Math.min(text.length(), 8000);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) || c == '\uFFFD') {
				control++;
			}
		}
		return sample > 0 && control > Math.max(2, sample / 100);
	}

	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 500) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableLetterException(Reason.BROKEN, ex);
		}
	}

	private static boolean startsWith(byte[] content, String prefix) {
		return indexOf(content, prefix, prefix.length()) == 0;
	}

	/** Where an ASCII string starts within the first {@code within} bytes, or -1. */
	private static int indexOf(byte[] content, String needle, int within) {
		byte[] bytes = needle.getBytes(StandardCharsets.ISO_8859_1);
		int limit = Math.min(content.length, within) - bytes.length;
		for (int i = 0; i <= limit; i++) {
			boolean match = true;
			for (int j = 0; j < bytes.length && match; j++) {
				match = content[i + j] == bytes[j];
			}
			if (match) {
				return i;
			}
		}
		return -1;
	}

}
