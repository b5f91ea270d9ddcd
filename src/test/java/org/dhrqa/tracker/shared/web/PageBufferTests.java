package org.dhrqa.tracker.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageBufferTests {

	/**
	 * ASCII, Latin-1, the copy's dashes, quotes and arrows, an emoji, and lone halves.
	 */
	private static final String CHARACTERS = "abc <>&\"'\n\u00e9\u00a3\u2013\u201c\u201d\u2192\u22ef\ud83d\ude00\ud83d\ude00"
			+ "\ud800\udfff";

	@Test
	void writesWhatStringGetBytesWritesHoweverTheTextIsSplit() {
		Random random = new Random(42);
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(200); i > 0; i--) {
				text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
			}
			PageBuffer.Utf8Bytes out = new PageBuffer.Utf8Bytes();
			int at = 0;
			while (at < text.length()) {
				int length = Math.min(text.length() - at, random.nextInt(5));
				switch (random.nextInt(3)) {
					case 0 -> out.write(text.toString(), at, length);
					case 1 -> out.write(text.toString().toCharArray(), at, length);
					default -> {
						if (length > 0) {
							out.write(text.charAt(at));
							length = 1;
						}
					}
				}
				at += length;
			}
			assertThat(out.toByteArray()).as(text.toString())
				.isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void growsPastItsFirstArray() {
		PageBuffer.Utf8Bytes out = new PageBuffer.Utf8Bytes();
		String row = "<tr class=\"govuk-table__row\"><td>Chris \u2013 Kent &amp; Medway CSP</td></tr>\n";
		StringBuilder page = new StringBuilder();
		for (int i = 0; i < 2_000; i++) {
			out.print(row);
			page.append(row);
		}
		assertThat(out.toByteArray()).isEqualTo(page.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Three bytes a character, past the room the encoding starts with for ASCII pages.
	 */
	@Test
	void encodesAPageOfWideCharacters() {
		PageBuffer.Utf8Bytes out = new PageBuffer.Utf8Bytes();
		String text = "\u2013\u201c\u2192\ud83d\ude00".repeat(5_000);
		out.write(text);
		assertThat(out.length()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
		assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
		out.write("more");
		assertThat(out.toByteArray()).isEqualTo((text + "more").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void sendsNothingUntilThePageIsCompleteThenAllOfItWithItsLength() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		PageBuffer page = new PageBuffer(response);
		page.setContentType("text/html;charset=UTF-8");
		page.getWriter().write("<title>Sign in \u2013 DHR QA Tracker</title>");
		page.getWriter().flush();
		page.flushBuffer();

		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsByteArray()).isEmpty();

		page.sendTo(response);
		byte[] expected = "<title>Sign in \u2013 DHR QA Tracker</title>".getBytes(StandardCharsets.UTF_8);
		assertThat(response.getContentAsByteArray()).isEqualTo(expected);
		assertThat(response.getContentLength()).isEqualTo(expected.length);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void anotherCharsetIsEncodedAsIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		PageBuffer page = new PageBuffer(response);
		page.setContentType("text/plain;charset=ISO-8859-1");
		page.getWriter().write("caf\u00e9");
		page.sendTo(response);
		assertThat(response.getContentAsByteArray()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
	}

}
