package org.dhrqa.tracker.letterimport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/letters/parse}: the seed letter as text, PDF and Word, a text/plain
 * body, HTTP Basic without a CSRF token, and a 4xx with a message for everything it
 * cannot read or may not be asked.
 */
@IntegrationTest
class LetterParseApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
	}

	@Test
	void readsTheSeedLetterAsTextPdfAndWord() throws Exception {
		String seed = SeedLetterTests.seed();
		for (MockMultipartFile file : new MockMultipartFile[] {
				file("salome.txt", seed.getBytes(StandardCharsets.UTF_8)), file("salome.pdf", LetterFixtures.pdf(seed)),
				file("salome.docx", LetterFixtures.docx(seed)) }) {
			this.mvc.perform(multipart("/api/letters/parse").file(file).with(this.users.as(DemoUsers.SECRETARIAT)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.letterDate").value("2024-08-07"))
				.andExpect(jsonPath("$.meetingDate").value("2024-06-19"))
				.andExpect(jsonPath("$.csp").value("Kent & Medway Community Safety Partnership"))
				.andExpect(jsonPath("$.victimPseudonyms[0]").value("Salome"))
				.andExpect(jsonPath("$.outcome").value("APPROVED_SUBJECT_TO_CHANGES"))
				.andExpect(jsonPath("$.heading").value("Areas for final development:"))
				.andExpect(jsonPath("$.items", hasSize(7)))
				.andExpect(jsonPath("$.items[0].text").value("In 16.2.7 Ahmed is referred to by another name."))
				.andExpect(jsonPath("$.items[0].sectionRef").value("16.2.7"))
				.andExpect(jsonPath("$.unplaced", hasSize(0)));
		}
	}

	@Test
	void readsATextPlainBodyWithHttpBasicAndNoCsrfToken() throws Exception {
		this.mvc
			.perform(post("/api/letters/parse").with(httpBasic(DemoUsers.KENT, "demo-password"))
				.contentType(MediaType.TEXT_PLAIN)
				.characterEncoding(StandardCharsets.UTF_8)
				.content(SeedLetterTests.seed()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(7)))
			.andExpect(jsonPath("$.items[3].sectionRef").value("1.4"));
	}

	@Test
	void aFileOver20MegabytesGetsA413WithAMessage() throws Exception {
		this.mvc
			.perform(multipart("/api/letters/parse").file(file("big.pdf", TestPdfs.large(25)))
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.message").value(containsString("smaller than 20 MB")));
	}

	@Test
	void brokenAndEncryptedPdfsGetA422WithAMessage() throws Exception {
		this.mvc
			.perform(multipart("/api/letters/parse")
				.file(file("broken.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII)))
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("could not be read")));
		this.mvc
			.perform(multipart("/api/letters/parse").file(file("locked.pdf", TestPdfs.encrypted()))
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("password")));
	}

	@Test
	void unsupportedFilesAndRequestsGetA4xxWithAMessage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0 };
		this.mvc
			.perform(multipart("/api/letters/parse").file(file("photo.png", png)).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.message").value(containsString("PDF, a Word document")));
		this.mvc
			.perform(post("/api/letters/parse").with(this.users.as(DemoUsers.KENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.message").exists());
		this.mvc
			.perform(multipart("/api/letters/parse").file(file("empty.txt", new byte[0]))
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("The file is empty"));
	}

	@Test
	void onlyTheSecretariatAndCspPeopleMayAsk() throws Exception {
		for (String email : new String[] { DemoUsers.MANAGER, DemoUsers.ADMIN }) {
			this.mvc
				.perform(post("/api/letters/parse").with(this.users.as(email))
					.contentType(MediaType.TEXT_PLAIN)
					.content("Dear Chair,"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.message").exists());
		}
		this.mvc.perform(post("/api/letters/parse").contentType(MediaType.TEXT_PLAIN).content("Dear Chair,"))
			.andExpect(status().isUnauthorized());
	}

}
