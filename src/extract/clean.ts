/**
 * clean: raw text → the article. Works in blocks: find the run of prose paragraphs (the body),
 * keep the headline and byline right above it, drop the page chrome around and inside it, then
 * repair words glued by lost spaces ("betweenPyongyang", "geopoliticallandscape").
 */
import type { CleanResult } from './types';
import { CHROME_BLOCK_HEADINGS, CHROME_LINES, CHROME_PATTERNS, SHARE_BAR_WORDS } from './lexicon/chrome';
import { documentVocabulary, repairGluedWords } from './glued-words';

const CHROME_LINE_SET = new Set(CHROME_LINES);
const SHARE_WORDS_BY_LENGTH = [...SHARE_BAR_WORDS].sort((a, b) => b.length - a.length);

export function cleanText(raw: string): CleanResult {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  const chrome = lines.map((line, i) => isChromeLine(line) || isInNavigationRun(lines, i));
  markChromeBlocks(lines, chrome);
  const keep = chooseArticleLines(lines, chrome);
  const kept: string[] = [];
  const removed: string[] = [];
  const vocabulary = documentVocabulary(raw);
  lines.forEach((line, i) => {
    if (keep[i]) kept.push(line.trim() === '' ? '' : repairGluedWords(line.trim(), vocabulary));
    else if (line.trim() !== '') removed.push(line.trim());
  });
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, removed };
}

/** The line without list bullets, for matching against the chrome lexicon. */
function bare(line: string): string {
  return line
    .trim()
    .replace(/^[•·▪◦●*–-]\s*/, '')
    .trim();
}

export function isChromeLine(line: string): boolean {
  const text = bare(line);
  if (text === '') return false;
  if (CHROME_LINE_SET.has(text.toLowerCase())) return true;
  if (isShareBar(text)) return true;
  return CHROME_PATTERNS.some((pattern) => pattern.test(text));
}

/** "Facebook Twitter WhatsApp Copy Link Pinterest LinkedIn Tumblr Email Telegram" */
function isShareBar(text: string): boolean {
  let rest = ` ${text.toLowerCase()} `;
  let count = 0;
  for (const word of SHARE_WORDS_BY_LENGTH) {
    const needle = ` ${word} `;
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ' ');
      count++;
    }
  }
  return count >= 2 && rest.trim() === '';
}

/** A short label: "Europe", "• Politics", "Home»World". Menus are runs of them. */
function isShortLabel(line: string): boolean {
  const text = bare(line);
  return text !== '' && text.split(/\s+/).length <= 3 && !/[.!?:;,]["”’)]?$/.test(text) && !/\d{4}/.test(text);
}

/** Three or more short labels in a row (blank lines allowed between) are a navigation menu. */
function isInNavigationRun(lines: string[], i: number): boolean {
  if (!isShortLabel(lines[i])) return false;
  const neighbours = (step: number) => {
    let count = 0;
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j].trim() === '') continue;
      if (!isShortLabel(lines[j])) break;
      count++;
    }
    return count;
  };
  return neighbours(-1) + neighbours(1) >= 2;
}

/** A prose paragraph: long, made of sentences. Headlines, labels and teaser titles are not. */
function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  // "... has killed more than 14,000 people. Here are the key events:" introduces a list that is the article.
  return words >= 25 || (words >= 12 && /[.!?:]["”’)]?$/.test(line.trim()));
}

const LIST_ITEM = /^([•·▪◦●*–-]|\d+[.)])\s/;
/** "May 24, 2025", "World May 23, 2025": the date under a teaser headline. */
const DATE_LINE =
  /^(\p{L}+\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s+(minutes?|hours?|days?)\s+ago)$/iu;

/**
 * Everything listed under a teaser or reference heading ("Keep Reading", "References:") is chrome:
 * list items, and teaser titles each followed by their date. The block ends at the first line
 * that is neither (seed 002: the "Trending" teasers end where the menu and the article begin).
 */
function markChromeBlocks(lines: string[], chrome: boolean[]): void {
  const nextNonBlank = (j: number) => {
    for (let k = j + 1; k < lines.length; k++) if (lines[k].trim() !== '') return lines[k].trim();
    return '';
  };
  for (let i = 0; i < lines.length; i++) {
    if (!CHROME_BLOCK_HEADINGS.test(bare(lines[i]))) continue;
    chrome[i] = true;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].trim();
      if (text === '') continue;
      const listed = LIST_ITEM.test(text) || DATE_LINE.test(text) || (!isProse(text) && DATE_LINE.test(nextNonBlank(j)));
      if (!listed) break;
      chrome[j] = true;
    }
  }
}

/**
 * Which lines are the article: the richest cluster of prose paragraphs (short lines between them
 * are kept: subheadings, one-line paragraphs), plus the headline and byline just above it.
 */
function chooseArticleLines(lines: string[], chrome: boolean[]): boolean[] {
  const prose = lines.map((line, i) => !chrome[i] && isProse(line));
  const clusters: Array<{ start: number; end: number; weight: number }> = [];
  let gap = 0;
  lines.forEach((line, i) => {
    if (prose[i]) {
      const last = clusters[clusters.length - 1];
      if (last && gap <= 2) {
        last.end = i;
        last.weight += line.length;
      } else clusters.push({ start: i, end: i, weight: line.length });
      gap = 0;
    } else if (line.trim() !== '') gap++;
  });
  const keep = lines.map(() => false);
  if (clusters.length === 0) {
    // No prose at all (a short brief, a list): keep everything that is not chrome.
    return lines.map((_line, i) => !chrome[i]);
  }
  const body = clusters.reduce((best, c) => (c.weight > best.weight ? c : best));
  // A list that is the article ("- February 2024: The army recaptures parts of Omdurman.") goes on past its
  // last long item, as long as its items are sentences.
  while (LIST_ITEM.test(lines[body.end].trim())) {
    let next = body.end + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (next >= lines.length || chrome[next] || !LIST_ITEM.test(lines[next].trim()) || !/[.!?]["”’)]?$/.test(lines[next].trim())) break;
    body.end = next;
  }
  for (let i = body.start; i <= body.end; i++) keep[i] = !chrome[i];
  keepHeadlineAndByline(lines, chrome, body.start, keep);
  return keep;
}

const BYLINE_AUTHOR = /\bBy\s+\p{Lu}/u;
const BYLINE_DATE =
  /^(published|updated|posted)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;

function isHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return words >= 4 && words <= 30 && line.trim().length <= 200 && !/[.:]$/.test(line.trim());
}

/** Walks up from the body: optional byline lines (skipping share bars), then one headline. */
function keepHeadlineAndByline(lines: string[], chrome: boolean[], bodyStart: number, keep: boolean[]): void {
  let bylines = 0;
  for (let i = bodyStart - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === '' || chrome[i]) continue;
    // "News RoomBy News RoomNovember 30, 2024" (seed 002) reads as a byline once the glue is repaired.
    const repaired = repairGluedWords(line);
    if (bylines < 2 && (BYLINE_AUTHOR.test(repaired) || BYLINE_DATE.test(repaired)) && line.length <= 160) {
      keep[i] = true;
      bylines++;
      continue;
    }
    if (isHeadline(line)) keep[i] = true;
    return;
  }
}
