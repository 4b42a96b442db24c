/**
 * Texts that are *about* safeguarding partnerships, or sit beside their documents, but are not
 * one of a partnership's four published documents: the statutory guidance itself, briefings and
 * newsletters, committee agenda packs and meeting minutes, a docs repository's README or index
 * page, and this project's own rule pages. Inferring a type for them would fail a reviewer's CI
 * with must-level errors on a text that was never meant to meet the catalogue.
 *
 * Only inference consults this: a type declared in front matter, given on the command line or
 * set in configuration always wins.
 */
import type { DocumentModel } from '../parse/model.js';

/** Why the document is not a partnership's own, in words for `--verbose`; undefined when it may be. */
export function whyNotAPartnershipDocument(doc: DocumentModel): string | undefined {
  const title = titleText(doc);
  const fileName = baseName(doc.filePath);
  return (
    ruleDocumentation(title) ??
    guidanceItself(doc, title) ??
    newsletterOrBriefing(title, fileName) ??
    pressRelease(doc, title) ??
    meetingPapers(doc, title, fileName) ??
    repositoryIndex(doc, fileName)
  );
}

/** Our own rule pages are titled by the rule id ("# `arrangements/lsp-named`"). */
function ruleDocumentation(title: string): string | undefined {
  return /^`?[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*`?(?:\s|:|$)/.test(title) ? `its title "${title}" is a rule id: it documents a rule` : undefined;
}

const GUIDANCE_TITLE = /^(?:working together to safeguard children|keeping children safe in education)\b/i;
const THIRD_PARTY_DUTY = /\b(?:(?:lead |the )?safeguarding partners|local authorities|the local authority|practitioners|relevant agencies|they|partners|organisations|agencies)\s+(?:must|should)\b/gi;
const FIRST_PERSON = /\b(?:we|our|us)\b/gi;

/**
 * The guidance speaks of partners in the third person ("safeguarding partners must publish…"),
 * refers to itself as "this guidance", and hardly ever says "we"; a partnership describing its
 * own arrangements says "we" or names itself.
 */
function guidanceItself(doc: DocumentModel, title: string): string | undefined {
  if (GUIDANCE_TITLE.test(title) && !/\b(?:our|local|partnership'?s?)\b/i.test(title)) return `its title "${title}" is the statutory guidance's`;
  const text = doc.text;
  const words = countWords(text);
  if (words < 400) return undefined;
  const selfReferences = count(text, /\bthis (?:statutory )?guidance\b/gi);
  const duties = count(text, THIRD_PARTY_DUTY);
  const firstPerson = count(text, FIRST_PERSON);
  const perThousand = (n: number) => (n * 1000) / words;
  if (selfReferences >= 5 && perThousand(duties) >= 2 && perThousand(firstPerson) < 1) {
    return `it speaks as guidance does ("this guidance" ${selfReferences} times, "partners must/should" ${duties} times, "we/our" ${firstPerson} times)`;
  }
  return undefined;
}

const NEWSLETTER_TITLE = /\b(?:newsletter|bulletin|e-?news|briefing(?: paper| note)?|(?:7|seven)[- ]minute briefing|members'? briefing|information for (?:councillors|members))\b/i;

function newsletterOrBriefing(title: string, fileName: string): string | undefined {
  if (NEWSLETTER_TITLE.test(title)) return `its title "${title}" is a newsletter's or briefing's`;
  if (!title && /\b(?:newsletter|bulletin|briefing)\b/i.test(fileName)) return `its file name "${fileName}" is a newsletter's or briefing's`;
  return undefined;
}

const PRESS_RELEASE = /\b(?:press|news|media) (?:release|statement)\b|\bfor (?:immediate|embargoed) release\b|\bembargoed (?:until|to)\b/i;
const PRESS_RELEASE_LINE = /^[\s#>*_]*(?:(?:press|news|media) (?:release|statement)|for (?:immediate|embargoed) release|embargoed (?:until|to))\b/i;
const NOTES_TO_EDITORS = /^(?:notes? (?:to|for) (?:editors?|news ?desks?)|media (?:enquiries|contact)|press (?:office|enquiries)|ends)\s*:?$/i;

/**
 * A council's or partnership's press release about a document (quotes from the lead partners and
 * the headline figures of a yearly report): it says so at the top ("Press release", "For
 * immediate release") or closes as one ("Notes to editors", "Media enquiries"). A report that
 * mentions a press release in its body is not one.
 */
function pressRelease(doc: DocumentModel, title: string): string | undefined {
  if (PRESS_RELEASE.test(title)) return `its title "${title}" is a press release's`;
  // A line of its own near the top ("**For immediate release: …**"), not a mention in a sentence.
  const openingLines = doc.text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 8);
  const line = openingLines.find((l) => PRESS_RELEASE_LINE.test(l));
  if (line) return `it opens as a press release ("${line.replace(/[*_#]/g, '').trim().slice(0, 60)}")`;
  const closing = doc.sections.filter((s) => NOTES_TO_EDITORS.test(s.heading.replace(/[*_]/g, '').trim()));
  if (closing.length && countWords(doc.text) < 2500) return `it closes as a press release ("${closing[0]!.heading.trim()}")`;
  return undefined;
}

const MEETING_TITLE = /\b(?:minutes|agenda(?: pack)?|action log|notes of (?:the )?meeting|meeting notes)\b/i;
const MEETING_HEADING = /^(?:\d+[.)]?\s*)?(?:present|attendees|attendance|in attendance|apologies(?: for absence)?|matters arising|actions?(?: log| arising)?|date of (?:the )?next meeting|any other business|aob|declarations? of interests?|minutes of the (?:last|previous) meeting|welcome and introductions)\s*:?$|^agenda item\b/i;
const COMMITTEE = /\b(?:(?:overview and )?scrutiny|select|cabinet|health and wellbeing|children and young people'?s?(?: scrutiny)?) (?:committee|board|panel)\b|\bfull council\b/i;
const COMMITTEE_PAPER = /\bagenda\b|\breport to\b|\bmembers are (?:asked|invited|recommended)\b|\bthat the committee\b|\brecommendations? to (?:members|the committee)\b|\bagenda item\b/i;

/** An agenda, minutes or a committee's pack: it records a meeting, or reports to one. */
function meetingPapers(doc: DocumentModel, title: string, fileName: string): string | undefined {
  if (MEETING_TITLE.test(title)) return `its title "${title}" is a meeting's`;
  const meetingHeadings = doc.sections.filter((s) => MEETING_HEADING.test(s.heading.trim()));
  if (meetingHeadings.length >= 2) {
    return `its headings are a meeting's (${meetingHeadings
      .slice(0, 3)
      .map((s) => `"${s.heading.trim()}"`)
      .join(', ')})`;
  }
  const opening = doc.text.slice(0, 3000);
  if (COMMITTEE.test(opening) && COMMITTEE_PAPER.test(opening) && !partnershipsOwnPaper(doc, opening)) return 'it opens as a paper to a council committee (an agenda or a report to members)';
  if (!title && MEETING_TITLE.test(fileName)) return `its file name "${fileName}" is a meeting's`;
  return undefined;
}

/** A paper's authorship field: "Report of: …", "| **Author** | … |", "Presented by – …". */
const AUTHOR_FIELD = /^[ \t>*_|]*(?:report (?:of|by|from)|report author|author|presented by|submitted by|lead officer)[*_]*\s*(?:[:|–—-]|[*_]+:)[*_\s|]*(.+)$/gim;
const BY_THE_PARTNERSHIP = /\bsafeguarding (?:children(?:'?s)? )?partnership\b|\bpartnership(?:'s)? (?:chair|business (?:manager|unit)|executive)\b|\b(?:lead |delegated )?safeguarding partners\b/i;

/**
 * A committee paper the partnership wrote itself, carrying its own report: its authorship field
 * names the partnership or one of its posts ("Report of: the Partnership Chair, … Safeguarding
 * Children Partnership"), and it speaks as the partnership does ("we", "our"), at least three
 * times in a thousand words. An officer's report about the partnership, or a pack that only
 * presents a report, names a council post and speaks of the partnership in the third person.
 */
function partnershipsOwnPaper(doc: DocumentModel, opening: string): boolean {
  const byPartnership = [...opening.matchAll(AUTHOR_FIELD)].some((m) => BY_THE_PARTNERSHIP.test(m[1]!));
  if (!byPartnership) return false;
  const words = countWords(doc.text);
  return words >= 400 && (count(doc.text, FIRST_PERSON) * 1000) / words >= 3;
}

const INDEX_FILE = /^(?:readme|index|_index|contents)$/i;
const DOCUMENT_LINK = /\.(?:md|markdown|pdf|docx?|html?)(?:#.*)?$/i;

/** A docs repository's README or index page: it points at the documents rather than being one. */
function repositoryIndex(doc: DocumentModel, fileName: string): string | undefined {
  if (!INDEX_FILE.test(fileName)) return undefined;
  const documentLinks = doc.links.filter((l) => !/^[a-z]+:/i.test(l.url) && DOCUMENT_LINK.test(l.url)).length;
  if (fileName.toLowerCase() === 'readme' || documentLinks >= 3) return `it is the folder's ${fileName} page${documentLinks ? `, linking to ${documentLinks} documents` : ''}`;
  return undefined;
}

function titleText(doc: DocumentModel): string {
  const fm = doc.frontMatter?.data as Record<string, unknown> | undefined;
  const declared = fm && typeof fm === 'object' ? fm.title : undefined;
  return (typeof declared === 'string' ? declared : (doc.title?.heading ?? '')).trim();
}

function baseName(filePath: string | undefined): string {
  return filePath ? (filePath.split(/[\\/]/).pop() ?? '').replace(/\.(?:md|markdown)$/i, '') : '';
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function countWords(text: string): number {
  return count(text, /\S+/g);
}
