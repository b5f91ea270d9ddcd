package org.dhrqa.tracker.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The overview report of the demo review "Salome", in two versions, as HTML for the PDF
 * renderer: version 1 as the QA Panel read it, version 2 revised against the panel's
 * letter of 7 August 2024 (the month of death on the front page, the rationale for not
 * contacting Ahmed's friend, why the family was told late, the agency named, tighter
 * timescales, a proofread, and 16.2.7 calling Ahmed by his pseudonym). Printed as a
 * report is: a running header and a "Page N of M" footer, a contents page with dot
 * leaders, numbered paragraphs in a hanging column.
 */
final class SalomeReport {

	private SalomeReport() {
	}

	static String html(boolean revised) {
		List<String[]> blocks = blocks(revised);
		StringBuilder html = new StringBuilder(
				"""
												<!DOCTYPE html>
												<html lang="en"><head><meta charset="utf-8"/><title>Salome: Overview Report</title>
						<meta name="description" content="Domestic Homicide Review overview report (demonstration)"/>
												<style>
												@page { size: A4; margin: 28mm 22mm 25mm 22mm;
												  @top-left { content: "OFFICIAL-SENSITIVE"; font-family: 'Liberation Sans'; font-size: 8pt; }
												  @top-right { content: "Salome: Domestic Homicide Review Overview Report"; font-family: 'Liberation Sans'; font-size: 8pt; }
												  @bottom-left { content: "Kent & Medway Community Safety Partnership"; font-family: 'Liberation Sans'; font-size: 8pt; }
												  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans'; font-size: 8pt; } }
												@page :first { @top-left { content: none; } @top-right { content: none; }
												  @bottom-left { content: none; } @bottom-right { content: none; } }
												body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.4; }
												.cover { page-break-after: always; padding-top: 60mm; }
												.cover h1 { font-size: 24pt; margin: 0 0 8mm 0; }
												.cover p { font-size: 14pt; margin: 0 0 4mm 0; }
												.contents { page-break-after: always; }
												.contents a { color: black; text-decoration: none; display: block; margin-bottom: 2mm; }
												.contents a::after { content: leader('.') target-counter(attr(href), page); }
												h2 { font-size: 13pt; margin: 7mm 0 3mm 0; page-break-after: avoid; }
												p.para { margin: 0 0 3mm 14mm; text-indent: -14mm; }
												p.sub { margin: 0 0 2mm 22mm; text-indent: -8mm; }
												.num { display: inline-block; width: 14mm; text-indent: 0; }
												.subnum { display: inline-block; width: 8mm; text-indent: 0; }
												</style></head><body>
												""");
		html.append("<div class=\"cover\"><h1>Domestic Homicide Review</h1><p>Overview Report into the death of Salome")
			.append(revised ? ", who died in March 2021" : "")
			.append("</p><p>Kent &amp; Medway Community Safety Partnership</p>")
			.append("<p>Independent Chair and Author: Helen Marsh</p><p>")
			.append(revised ? "Revised September 2024" : "Completed April 2024")
			.append("</p></div>");
		html.append("<div class=\"contents\"><h2>Contents</h2>");
		for (String[] block : blocks) {
			if (block[0].equals("h")) {
				html.append("<a href=\"#s")
					.append(block[1])
					.append("\">")
					.append(block[1])
					.append(". ")
					.append(escape(block[2]))
					.append("</a>");
			}
		}
		html.append("</div>");
		for (String[] block : blocks) {
			switch (block[0]) {
				case "h" -> html.append("<h2 id=\"s")
					.append(block[1])
					.append("\">")
					.append(block[1])
					.append(". ")
					.append(escape(block[2]))
					.append("</h2>");
				case "p" -> html.append("<p class=\"para\"><span class=\"num\">")
					.append(block[1])
					.append("</span>")
					.append(escape(block[2]))
					.append("</p>");
				default -> html.append("<p class=\"sub\"><span class=\"subnum\">")
					.append(block[1])
					.append("</span>")
					.append(escape(block[2]))
					.append("</p>");
			}
		}
		return html.append("</body></html>").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * {"h", number, title} a section; {"p", number, text} a paragraph; {"s", "(a)", text}
	 * a sub-point.
	 */
	private static List<String[]> blocks(boolean revised) {
		List<String[]> b = new ArrayList<>();
		h(b, "1", "Introduction");
		p(b, "1.1",
				"This report of a Domestic Homicide Review (DHR) examines how agencies responded to and supported Salome, a resident of Kent, in the years before her death. Salome was killed by her husband, Ahmed, at their home.");
		p(b, "1.2",
				"The review was commissioned by Kent & Medway Community Safety Partnership under section 9 of the Domestic Violence, Crime and Victims Act 2004, following the statutory guidance of December 2016.");
		p(b, "1.3",
				"The panel offers its condolences to Salome's family and friends, and thanks them for the time and care they gave to this review.");
		p(b, "1.4", revised
				? "The family was notified of the review in June 2023, two years after the panel first met. On the advice of the Senior Investigating Officer, the panel did not approach the family while the criminal investigation and trial were under way, so as not to prejudice the prosecution; the chair wrote to them within a week of the verdict."
				: "The family was notified of the review in June 2023, on the advice of the Senior Investigating Officer.");
		p(b, "1.5",
				"The review's purpose is to establish what lessons are to be learned from Salome's death, not to apportion blame.");
		h(b, "2", "Timescales");
		p(b, "2.1",
				"Kent Police notified the Community Safety Partnership of Salome's death on 22 March 2021. The decision to hold a review was made on 14 April 2021 and the Home Office was told on 19 April 2021.");
		if (revised) {
			p(b, "2.2",
					"The panel first met on 10 June 2021. The review was paused during the criminal trial and resumed in June 2023; it was completed in April 2024.");
		}
		else {
			p(b, "2.2",
					"The panel first met on 10 June 2021 and met a further seven times. Meetings were held in person and online, as the restrictions of the time allowed.");
			p(b, "2.3",
					"The review did not meet the target of six months. The criminal investigation and the trial of Ahmed took precedence, and the panel paused its work from September 2021 until June 2023.");
			p(b, "2.4",
					"After the trial the panel met three more times, and the report was completed in April 2024 and submitted to the Home Office on 26 April 2024.");
		}
		h(b, "3", "Confidentiality");
		p(b, "3.1",
				"The findings of the review are confidential until the report is published. Information is available only to participating officers and professionals and their line managers.");
		p(b, "3.2",
				"To protect the identity of those involved, pseudonyms are used throughout: Salome, the victim, aged 37; and Ahmed, her husband and the perpetrator, aged 41. The family chose the pseudonyms.");
		h(b, "4", "Terms of reference");
		p(b, "4.1",
				"The panel agreed terms of reference at its first meeting. The review considers the period from January 2016 to Salome's death, and asks in particular:");
		s(b, "(a)", "what each agency knew about the abuse Salome suffered;");
		s(b, "(b)", "whether agencies shared what they knew, and with whom;");
		s(b, "(c)", "how Salome's ethnicity, heritage and faith affected the help she was offered; and");
		s(b, "(d)", "what could have been done differently.");
		h(b, "5", "Methodology");
		p(b, "5.1",
				"Each agency that had contact with Salome or Ahmed was asked to secure its records and provide a chronology. Five agencies wrote Individual Management Reviews.");
		p(b, "5.2",
				"The chair met the authors of the Individual Management Reviews and asked further questions where their accounts differed.");
		h(b, "6", "Involvement of family, friends and work colleagues");
		p(b, "6.1",
				"The chair met Salome's mother and two sisters four times. Their account of Salome's life, and of her wish to be seen as a British woman, shaped this report.");
		p(b, "6.2",
				"Two of Salome's colleagues at the primary school where she worked spoke to the chair. They described her as warm and reliable, and as increasingly anxious in 2020.");
		p(b, "6.3", "Ahmed was invited to contribute from prison and declined.");
		if (revised) {
			p(b, "6.4",
					"Ahmed's friend, who had known him since school, was not contacted. He moved abroad in 2021, and neither the police nor the family had an address for him; the panel agreed that without him it could still understand Ahmed's behaviour from agency records and the trial evidence.");
		}
		h(b, "7", "Contributors to the review");
		p(b, "7.1",
				"Kent Police, the GP practice, Kent County Council Adult Social Care, Kent Community Health NHS Foundation Trust and the specialist domestic abuse service contributed to the review.");
		h(b, "8", "The review panel");
		p(b, "8.1",
				"The panel comprised senior representatives of each contributing agency, a representative of the specialist domestic abuse service, and the independent chair. No panel member had direct involvement with Salome or Ahmed.");
		h(b, "9", "Chair and author of the overview report");
		p(b, "9.1",
				"Helen Marsh chaired the review and wrote this report. She has no connection with any agency in Kent and has completed the Home Office training for DHR chairs.");
		h(b, "10", "Parallel reviews");
		p(b, "10.1",
				"The criminal trial concluded in May 2023. Ahmed was convicted of murder and sentenced to life imprisonment.");
		p(b, "10.2", revised
				? "Kent Community Health NHS Foundation Trust carried out its own review of the health visiting service's contact with the family; its findings were shared with the panel."
				: "An agency review was carried out into one service's contact with the family, and its findings were shared with the panel.");
		h(b, "11", "Equality and diversity");
		p(b, "11.1",
				"The panel considered each of the protected characteristics of the Equality Act 2010. Salome was of British Pakistani heritage and a practising Muslim.");
		p(b, "11.2",
				"The family asked that Salome be described as the British woman she saw herself as, and the panel has respected that wish.");
		h(b, "12", "Dissemination");
		p(b, "12.1",
				"The report will be shared with the family, each contributing agency, the Kent and Medway Safeguarding Adults Board and the Domestic Abuse Commissioner.");
		h(b, "13", "Background information");
		p(b, "13.1",
				"Salome and Ahmed married in 2010 and had two children. They lived in a town in Kent, close to Salome's mother and sisters.");
		p(b, "13.2",
				"Salome worked as a teaching assistant. Ahmed ran a small taxi firm, which struggled during 2020.");
		h(b, "14", "Chronology");
		p(b, "14.1",
				"In 2016 Salome told her GP that she was sleeping badly and felt low. She was prescribed an antidepressant.");
		p(b, "14.2",
				"In 2018 a neighbour called the police after hearing shouting. Officers spoke to both of them at the door; Salome said nothing was wrong and no further action was taken.");
		p(b, "14.3", revised
				? "In 2019 Salome received a letter from the school about her attendance at work, which had fallen. She told her line manager that she had been unwell."
				: "In 2019 Salome recieved a letter from the school about her attendance at work, which had fallen. She told her line manager that she had been unwell.");
		p(b, "14.4",
				"In 2020 Salome told a colleague that Ahmed checked her phone and took her wages. The colleague encouraged her to speak to the school's safeguarding lead, but she did not.");
		h(b, "15", "Overview");
		p(b, "15.1",
				"Over five years, at least four agencies had contact with Salome that could have opened a conversation about abuse. None did.");
		h(b, "16", "Analysis");
		p(b, "16.1", "Kent Police");
		p(b, "16.1.1",
				"The response to the neighbour's call in 2018 was not in line with force policy, which required officers to speak to each person separately and to complete a risk assessment.");
		p(b, "16.1.2",
				"The force has since introduced body-worn video checks for domestic incidents, which the panel welcomes.");
		p(b, "16.2", "The GP practice");
		p(b, "16.2.1", "Salome saw her GP eleven times between 2016 and 2021, mostly about low mood and sleep.");
		p(b, "16.2.2", "The practice had a domestic abuse policy, but staff had not been trained in routine enquiry.");
		p(b, "16.2.3",
				"On two occasions Salome attended with bruising she explained as accidents. The explanations were recorded without question.");
		p(b, "16.2.4", "Ahmed was registered at the same practice and attended with Salome on several occasions.");
		p(b, "16.2.5",
				"The panel heard that appointments were often short, and that interpreters were offered to Ahmed but never needed by Salome.");
		p(b, "16.2.6",
				"Ahmed told the practice in 2020 that he was under financial stress. He was referred to a debt advice service.");
		p(b, "16.2.7", "On 3 February 2021 " + (revised ? "Ahmed" : "Adam")
				+ " told the GP that he was worried about Salome's mental health and that she was not sleeping. The GP did not ask to see Salome alone, and no question about domestic abuse was asked of either of them.");
		p(b, "16.2.8",
				"The panel considers that this was a missed opportunity: a partner's account of a victim's state of mind can be a form of control.");
		p(b, "16.2.9",
				"The practice has since trained every clinician in routine enquiry and the use of IRIS referrals.");
		h(b, "17", "Conclusions");
		p(b, "17.1",
				"Salome's death was not predictable, but it was preventable in the sense that chances to help her were missed.");
		p(b, "17.2", revised
				? "The professionals who met Salome were kind, but none of them asked the question that might have let her speak about their home life."
				: "The professionals who met Salome were kind, but none of them asked the question that might have let her speak about there home life.");
		h(b, "18", "Learning");
		p(b, "18.1", "Agencies must see a pattern across contacts, not a series of unconnected events.");
		h(b, "19", "Recommendations");
		p(b, "19.1",
				"GP practices in Kent and Medway should make routine enquiry about domestic abuse part of every consultation about low mood or unexplained injury.");
		p(b, "19.2", "Kent Police should audit its response to domestic incidents where no offence is disclosed.");
		p(b, "19.3", "Schools should remind staff that the safeguarding lead can support colleagues, not only pupils.");
		return b;
	}

	private static void h(List<String[]> blocks, String number, String title) {
		blocks.add(new String[] { "h", number, title });
	}

	private static void p(List<String[]> blocks, String number, String text) {
		blocks.add(new String[] { "p", number, text });
	}

	private static void s(List<String[]> blocks, String label, String text) {
		blocks.add(new String[] { "s", label, text });
	}

}
