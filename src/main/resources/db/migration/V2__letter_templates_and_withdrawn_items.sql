-- Standard wording of QA Panel letters, editable by administrators. Placeholders:
-- {pseudonym} {csp} {meetingDate} {addresseeFirstName}
insert into letter_template (template_key, body) values
('LETTERHEAD', E'Interpersonal Abuse Unit\n2 Marsham Street\nLondon\nSW1P 4DF\nTel: 020 7035 4848\nwww.homeoffice.gov.uk'),
('SALUTATION', 'Dear {addresseeFirstName},'),
('OPENING', 'Thank you for submitting the Domestic Homicide Review (DHR) report ({pseudonym}) for {csp} to the Home Office Quality Assurance (QA) Panel. The report was considered at the QA Panel meeting on {meetingDate}.'),
('OUTCOME_APPROVED', 'The QA Panel would like to thank you for this report. The Home Office is content that the DHR may be published.'),
('OUTCOME_APPROVED_SUBJECT_TO_CHANGES', 'The QA Panel felt that there are some aspects of the report which may benefit from further revision, but the Home Office is content that on completion of these changes, the DHR may be published.'),
('OUTCOME_RESUBMIT', 'The QA Panel felt that the report requires further work before it can be published. The Home Office would be grateful if the report could be revised to address the points below and resubmitted to the QA Panel.'),
('LIST_HEADING', 'Areas for final development:'),
('PUBLICATION_INSTRUCTIONS', E'Once completed the Home Office would be grateful if you could provide us with a digital copy of the revised final version of the report with all finalised attachments and appendices and the weblink to the site where the report will be published. Please ensure this letter is published alongside the report.\n\nPlease send the digital copy and weblink to DHREnquiries@homeoffice.gov.uk. This is for our own records for future analysis to go towards highlighting best practice and to inform public policy.\n\nThe DHR report including the executive summary and action plan should be converted to a PDF document and be smaller than 20 MB in size; this final Home Office QA Panel feedback letter should be attached to the end of the report as an annex; and the DHR Action Plan should be added to the report as an annex. This should include all implementation updates and note that the action plan is a live document and subject to change as outcomes are delivered.\n\nPlease also send a digital copy to the Domestic Abuse Commissioner at DHR@domesticabusecommissioner.independent.gov.uk'),
('CLOSING', 'On behalf of the QA Panel, I would like to thank you, the report chair and author, and other colleagues for the considerable work that you have put into this review.'),
('SIGN_OFF', E'Yours sincerely,\n\nHome Office DHR Quality Assurance Panel');

-- A correction withdraws the items of the letter it supersedes that did not carry over.
alter table feedback_item drop constraint feedback_item_status_check;
alter table feedback_item add constraint feedback_item_status_check
    check (status in ('DRAFT', 'OPEN', 'IN_PROGRESS', 'RESPONDED', 'ACCEPTED', 'RETURNED', 'WITHDRAWN'));

-- Items and strengths are reordered by swapping numbers: check uniqueness at commit, not per row.
alter table feedback_item drop constraint feedback_item_letter_id_number_key;
alter table feedback_item add constraint feedback_item_letter_number_uk unique (letter_id, number) deferrable initially deferred;
alter table letter_strength drop constraint letter_strength_letter_id_position_key;
alter table letter_strength add constraint letter_strength_letter_position_uk unique (letter_id, position) deferrable initially deferred;
