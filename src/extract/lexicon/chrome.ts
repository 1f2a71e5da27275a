/**
 * Page chrome: the phrases news sites put around an article (menus, share bars, teaser blocks,
 * sign-in prompts, footers). Collected from saved news pages, starting with the seed corpus
 * (seed 002 is a WordPress "news theme" page: "Close Menu", "Keep Reading", "Editors Picks",
 * "Type above and press Enter to search. Press Esc to cancel.") and the usual WordPress / Medium /
 * newspaper CMS labels. Matching is case-insensitive on the trimmed line without bullets.
 */

/** Whole lines that are never article text. */
export const CHROME_LINES: readonly string[] = [
  'close menu',
  'menu',
  'open menu',
  'main menu',
  'skip to content',
  'skip to main content',
  'trending',
  'trending now',
  'breaking news',
  'top stories',
  'most read',
  'most popular',
  'home',
  'share',
  'share.',
  'share this',
  'share this article',
  'tweet',
  'print',
  'comments',
  'keep reading',
  'editors picks',
  "editors' picks",
  "editor's picks",
  'latest news',
  'latest',
  'related',
  'related posts',
  'related articles',
  'related stories',
  'more stories',
  'you may also like',
  'recommended',
  'recommended for you',
  'read next',
  'more from this author',
  'popular posts',
  'subscribe',
  'subscribe to news',
  'subscribe to our newsletter',
  'newsletter',
  'live markets newsletter',
  'sign in',
  'sign in or register',
  'sign up',
  'log in',
  'login',
  'register',
  'log out',
  'welcome back!',
  'login to your account below.',
  'lost password?',
  'forgot password?',
  'forgot your password?',
  'remember me',
  'se connecter',
  'create an account',
  'advertisement',
  'sponsored',
  'sponsored content',
  'search',
  'search for:',
  'privacy policy',
  'terms',
  'terms of use',
  'terms of service',
  'contact',
  'contact us',
  'about us',
  'cookie policy',
  'cookie settings',
  'accept cookies',
  'read more',
  'load more',
  'view comments',
  'leave a comment',
  'leave a reply',
  'previous article',
  'next article',
  'back to top',
];

/** Social networks and share actions; a line made only of these is a share bar. */
export const SHARE_BAR_WORDS: readonly string[] = [
  'share.',
  'share',
  'facebook',
  'x (twitter)',
  'twitter',
  'x',
  'instagram',
  'youtube',
  'whatsapp',
  'copy link',
  'pinterest',
  'linkedin',
  'tumblr',
  'email',
  'e-mail',
  'telegram',
  'reddit',
  'print',
  'threads',
  'tiktok',
  'bluesky',
  'flipboard',
  'messenger',
  'vk',
  'line',
  'viber',
  'mastodon',
];

/** Lines that are chrome wherever they appear: teasers, prompts, footers, placeholders. */
export const CHROME_PATTERNS: readonly RegExp[] = [
  // "ALSO READ: Trump's January 6 case dismissed as President-elect decries 'Political Hijacking'" (seed 004)
  /^(also read|read more|read also|see also|related|more|watch|listen|recommended|don'?t miss)\s*[:|–—-]\s*\S/i,
  /^views?\s*:\s*[\d,]+$/i, // "Views: 0" (seed 000)
  /type above and press enter to search|press esc to cancel/i,
  /\ball rights reserved\b/i,
  /(^|\s)(©|\(c\)|copyright)\s*(\d{4}|[A-Z])/i,
  // Placeholders left by generated text: "[Insert KCNA article link here if available]" (seed 000)
  /\[\s*insert\b[^\]]*\]/i,
  /^\(?note:\s.*\b(placeholder|information provided|ai|generated)\b/i,
  /^(click|tap) here\b/i,
  /^(get|sign up for) (the latest|our)\b.*\b(inbox|newsletter)\b/i,
  /^(follow|like) us on\b/i,
  /^\d+\s+(comments?|shares?)$/i,
  /^[^.!?]{0,40}[»›][^.!?]{0,40}$/, // breadcrumbs "Home»World"
];

/** Headings that start a block of teasers or references: everything listed under them is chrome. */
export const CHROME_BLOCK_HEADINGS: RegExp =
  /^(references|sources|further reading|related( posts| articles| stories)?|keep reading|editors'? picks|editor's picks|latest news|more (stories|news|from [\w ]+)|you may also like|recommended( for you)?|trending( now)?|most (read|popular)|read next|subscribe to [\w ]+)\s*:?$/i;

/**
 * Class and id words that mark an HTML element as page furniture, with the name of the rule (read.ts drops the
 * element and everything in it). A word counts whole or as a dash- or underscore-separated part
 * ("article-comments", "disqus_thread", "wp-caption-text"), never inside another word ("commentary").
 * - embedded posts: Twitter's and Instagram's embed code (`<blockquote class="twitter-tweet">`,
 *   `<blockquote class="instagram-media">`), TikTok's `tiktok-embed`;
 * - reader comments: WordPress (`#comments`, `.comment-list`, `#respond`), Disqus (`#disqus_thread`),
 *   Coral and news CMS comment sections (`.comments-section`, `.discussion`);
 * - captions and credits: WordPress `.wp-caption-text`, `.image-caption`, `.media-caption`, `.photo-credit`;
 * - related stories: `.related-stories`, `.more-stories`, `.read-more`, and the Outbrain and Taboola widgets.
 * A page's state classes ("has-comments", "no-related", "with-caption") name no such part and are left alone, and
 * read.ts never drops a caption or related-stories element that holds the page's <h1>.
 */
export const FURNITURE_CLASS_WORDS: ReadonlyArray<readonly [rule: string, pattern: RegExp]> = [
  ['embedded-post', /^(?:twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|fb-post)$/],
  ['reader-comments', /^(?!(?:has|no|with|show|enable|allow)-)(?:[a-z0-9]+[-_])*(?:comments?|commentlist|disqus|discussion|respond)(?:[-_][a-z0-9]+)*$/],
  ['caption', /^(?!(?:has|no|with|show|enable|allow)-)(?:[a-z0-9]+[-_])*(?:caption|credits?)(?:[-_][a-z0-9]+)*$/],
  [
    'related-stories',
    /^(?!(?:has|no|with|show|enable|allow)-)(?:[a-z0-9]+[-_])*(?:related|more-stories|read-more|outbrain|taboola|ob-widget)(?:[-_][a-z0-9]+)*$/,
  ],
];

/*
 * Furniture inside an article's lines: captions and credits, timestamps, reader comments, wire credits, pull quotes,
 * tweets and promotions, as saved and converted news pages carry them (often glued to a real sentence on the same
 * line: "Photograph: Suzanne Plunkett/Reuters Another £2.4bn was wiped off the value of BP ..."). Collected from the
 * development topics of Timeline17 (BBC, Guardian, Reuters, Fox News and Washington Post pages of 2009-2011) and
 * from the page types the event audit names (issue 11). clean.ts applies them in order; each removal carries its
 * rule's name. Written as patterns over one line; a "\/" is a slash escaped by the tool that saved the page.
 */

/** How much of a line a furniture pattern takes. */
export type FurnitureScope =
  /** the whole line: "This discussion is now closed." */
  | 'line'
  /** the matched words, leaving the rest of the line: "(AP Photo/Dave Martin)" */
  | 'span'
  /** from the match to the end of its line: "A version appeared on p24 of the Main section ..." and what is glued after */
  | 'rest-of-line'
  /** the sentence that holds the match: "... off Louisiana, in this handout photograph taken on April 21, 2010." */
  | 'sentence'
  /** the line and every line after it: a comment section runs to the end of the page */
  | 'section';

export interface FurniturePattern {
  rule: string;
  scope: FurnitureScope;
  pattern: RegExp;
  /** A section that starts with its whole line: the words before a comment's signature are that comment. */
  wholeLine?: true;
  /** Text a span pattern cannot match without: a line without it is not searched (clean.ts, applySpan). */
  needs?: string;
}

/** Names of photo and news agencies as credits write them, longest first where one contains another. */
export const PHOTO_AGENCIES: readonly string[] = [
  'Associated Press',
  'Getty Images',
  'Rex Features',
  'Rex/Shutterstock',
  'Rex Shutterstock',
  'Press Association',
  'PA Wire',
  'Camera Press',
  'Bloomberg via Getty Images',
  'The Washington Post',
  'The Guardian',
  'The Observer',
  'AP',
  'AFP',
  'Reuters',
  'EPA',
  'PA',
  'Corbis',
  'Alamy',
  'Bloomberg',
  'Zuma',
  'Sipa',
  'Eyevine',
  'Handout',
  'Xinhua',
];

/**
 * Words by which a caption says it describes a picture: "Oiled grass is seen in a marsh", "The chairman (left) and
 * two directors leave the building", "Executives, (L-R) ...", "This file photo shows ...". Read by clean.ts only on a
 * line that opens with a day and a colon.
 */
export const CAPTION_SCENE =
  /\b(?:is|are|can be) (?:seen|shown|pictured)\b|\bPictured\b|\((?:left|right|center|L-R|R-L)\)|, (?:left|right|center|bottom left|top right|top left|bottom right),|\bfrom left\b|\b(?:file )?(?:photo|image) shows\b/;

export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  // ---- the reporter's biography under the story, to the end of the page (Reuters): "Ben Klayman is based in Detroit
  // and in April was named leader of the global automotive team for Reuters. Previously, Ben covered ... He joined
  // Reuters in Detroit in 1998 to cover autos." ("Ben Klayman joined Reuters" was read as an event of 1998.)
  {
    rule: 'author-bio',
    scope: 'section',
    pattern:
      /^(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+ is based in \p{Lu}[^.]*\b(?:for|at) (?:Reuters|the BBC|the Guardian|Fox News|The Washington Post)\b|^(?:He|She|\p{Lu}[\p{L}'’-]+) joined (?:Reuters|the BBC|the Guardian|Fox News|The Washington Post) in \p{Lu}[\p{L}.' ]*? in \d{4}\b/u,
    wholeLine: true,
  },
  // ---- reader comments: the section runs to the end of the page (Reuters, BBC blogs, Washington Post blogs)
  // "We welcome comments that advance the story through relevant opinion, anecdotes, links and data." (Reuters)
  { rule: 'reader-comments', scope: 'section', pattern: /\bWe welcome comments that advance the story\b/ },
  // "Views expressed in the comments do not represent those of Reuters."
  { rule: 'reader-comments', scope: 'section', pattern: /^Views expressed in the comments do not represent\b/ },
  // "At 3:17 pm on 28 May 2010, antro wrote: Most of these comments ...", "At 20:00 3rd May 2009, Bob wrote:" (BBC blogs)
  {
    rule: 'reader-comments',
    scope: 'section',
    pattern: /(?:^|\s)At \d{1,2}[:.]\d{2}(?:\s?[ap]m)? (?:on )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}, [^,:]{1,40}? wrote:/,
  },
  // "Posted by: dakotahgeo | June 16, 2010 3:47 PM | Report abuse" (Washington Post blogs)
  { rule: 'reader-comments', scope: 'section', pattern: /\bPosted by: [^|]{1,60}\| [^|]{1,40}\| Report abuse\b/, wholeLine: true },
  // A line that opens by thanking the writer for the piece is a reader's comment, and the comments run to the end of
  // the page: "Thank you very much, sir, for an intelligent analysis of this viral outbreak.", "Thank you Eric for
  // putting some sanity to this.", "Thank you very much for your story." (Reuters and BBC blogs, whose comments carry
  // no signature; below them "In 1976, 200 million inoculations were purchased by the US government for a swine flu
  // which never came to fruition, the result?" was read as the article's). A guest thanked in a transcript ("Thanks for
  // having me", "Thank you for being with us") thanks no one for a piece.
  {
    rule: 'reader-comments',
    scope: 'section',
    pattern:
      /^(?:Thank you|Thanks)(?: (?:very|so) much)?,?(?: (?:sir|madam|\p{Lu}\p{Ll}+),?)? for (?:(?:putting|bringing|writing|sharing|publishing) |(?:this|your|the|an?|such an?|some)(?: [\p{L}-]+){0,3} (?:article|story|analysis|blog|post|column|piece|report|lessons?|reading|coverage|insights?|updates?|commentary)\b)/u,
    wholeLine: true,
  },
  // "Comments our editors find particularly useful or relevant are displayed in Top Comments" (Washington Post)
  { rule: 'reader-comments', scope: 'section', pattern: /^Comments our editors find particularly useful\b/ },
  // "This discussion is now closed." "The comments to this entry are closed." (alone or glued after the last comment)
  {
    rule: 'reader-comments',
    scope: 'rest-of-line',
    pattern: /\b(?:This discussion is (?:now )?closed|The comments to this entry are closed|Comments are (?:now )?closed)\.?/,
  },
  // "We welcome comments on our articles for a limited period after their publication." (Reuters)
  { rule: 'reader-comments', scope: 'line', pattern: /\bcomments on our articles for a limited period\b/ },
  // "Your comments may be published on any BBC media worldwide." "The BBC may edit your comments ..." "A selection of
  // your comments may be published ..." "Send us your comments and experiences using the form below" (BBC)
  {
    rule: 'reader-comments',
    scope: 'line',
    pattern: /\b(?:your comments (?:may|will) be published|may edit your comments|send us your (?:comments|experiences)|using the form below)\b/i,
  },
  // "This comment was removed because the moderators found it broke the house rules." (BBC)
  { rule: 'reader-comments', scope: 'line', pattern: /^This comment was removed because the moderators\b/ },
  // A footnote to a wire results table (Reuters, 1987): "Shr 50 cts vs 47 cts / Net 3,445,000 vs 3,193,000 / NOTE: Share
  // adjusted for two-for-one stock split in January 1987." It qualifies the table's figures, and it is no article text
  // ("Share adjusted for two-for-one stock split" was read as an event of January 1987). Written in capitals, with
  // its colon, at the line's start.
  { rule: 'table-footnote', scope: 'line', pattern: /^NOTE: / },
  // "You must be logged in to report a comment." "All comments are posted in the All Comments tab." (Washington Post)
  {
    rule: 'reader-comments',
    scope: 'line',
    pattern: /^(?:You must be logged in to (?:report a comment|comment)|All comments are posted in\b|Please review the full rules governing)/,
  },
  // "Please get involved and leave a comment." "Of course, you can always comment on this blog post." (BBC, Guardian blogs)
  { rule: 'reader-comments', scope: 'line', pattern: /^(?:Please get involved and leave a comment|Of course, you can always comment on this)\b/ },

  // ---- list bullets
  // "cents BP's share price rose after the report was published", "cents Mexico yesterday revised downwards its suspected
  // death toll" (Guardian): the page's bullet, read as the word "cents", opens the line before a capital; a price in
  // cents follows its number ("13 cents"). Left on, it became the subject's first word ("Cents Mexico revised ...").
  { rule: 'bullet-word', scope: 'span', pattern: /^cents (?=\p{Lu})/u },

  // ---- timestamps of the page
  // "13 July 2010 Last updated at 09:43 GMT Help BP has installed a new sealing cap ..." (BBC); after the headline on its
  // line too: "US sues BP over Gulf of Mexico oil disaster 16 December 2010 Last updated at 06:54 GMT Help The United
  // States is to sue BP" (left there, the page's day dated the headline).
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern:
      /(?:^|(?<=\s))(?:\d{1,2} [A-Z][a-z]+ \d{4} )?(?:Page )?[Ll]ast updated at \d{1,2}:\d{2} (?:GMT|BST)(?:,? [A-Z][a-z]+,? \d{1,2} [A-Z][a-z]+,? \d{4}(?: \d{1,2}:\d{2} UK)?)?(?: Help)?\s*/,
    needs: 'ast updated at ',
  },
  // "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - ...", "VENICE, Louisiana | Mon May 3, 2010 ..." (Reuters)
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern:
      /(?:(?<=^|\s)[A-Z][A-Z.'’\\/ -]{1,40}(?:, [A-Z][\p{L}.' ]{1,30})? \| )?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m [A-Z]{2,4}\s*/u,
    needs: ':',
  },
  // "... plug the well Friday 16 July 2010 12.05 BST Oil floats on the surface ..." (Guardian)
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4} \d{2}[.:]\d{2} (?:BST|GMT|EDT|EST|CET)\s*/,
    needs: 'day ',
  },
  // "By Michael Cavna | June 15, 2010; 9:10 AM ET", "Sunday, November 14, 2010; 7:04 PM" (Washington Post)
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern:
      /(?:\bBy [A-Z][\p{L}.'’-]+(?: (?:and )?[A-Z][\p{L}.'’-]+){0,5} \| |^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), )[A-Z][a-z]+ \d{1,2}, \d{4}; \d{1,2}:\d{2} [AP]M(?: ET)?\s*/u,
  },
  // "... from Louisiana's southern-most tip: Jul 18, 2010 15:26 UTC After a laid-back family getaway ..." (Reuters blogs)
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4} \d{2}:\d{2} (?:UTC|GMT)\s*/,
    needs: ':',
  },
  // "Fergus Walsh | 10:25 UK time, Monday, 15 June 2009 I'm going to talk here about the risks ...", "Fergus Walsh |
  // 09:53 AM, Thursday, 21 May 2009 I've been reporting ..." (BBC blogs: the writer and the time of the post, glued
  // before its first sentence; left there, "15 June 2009 I'm" was read as a subject: "I'm associated with H1N1 swine flu").
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern:
      /^(?:\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+ \| \d{1,2}:\d{2} (?:UK time|[AP]M),? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}\s+/u,
  },
  // "Updated 10:32 GMT", "Last updated: 10:32 AM EDT" (the event audit's timestamp lines)
  {
    rule: 'page-timestamp',
    scope: 'span',
    pattern: /\b(?:Last )?[Uu]pdated:? (?:at )?\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?\s?)?(?:GMT|BST|EDT|EST|ET|UTC)\b,?\s*/,
  },

  // ---- captions and credits (the photographer's credit after "Photograph:" is read by clean.ts's photoCredit)
  // "(AP Photo)", "(AP Photo/Dave Martin)", "(AP Photo/The Sun Herald, James Edward Bates)" (AP via Fox News, Washington Post)
  { rule: 'photo-credit', scope: 'span', pattern: /\((?:AP|AFP|EPA|Reuters) Photo(?:\\?\/[^()]{1,80})?\)\s*/ },
  // "(Dave Martin - AP)", "(Pablo Martinez Monsivais - AP)" (Washington Post)
  { rule: 'photo-credit', scope: 'span', pattern: /\((?:[A-Z][\p{L}.'’-]*\s?){1,4} - (?:AP|AFP|Reuters|Getty Images|Bloomberg|EPA|The Washington Post)\)\s*/u },
  // "AP Photo/Patrick Semansky Oil-dispersing chemicals used to clean ..." (a credit opening a line: first and last name)
  { rule: 'photo-credit', scope: 'span', pattern: /^AP Photo\\?\/[A-Z][\p{L}.'’-]+ [A-Z][\p{L}.'’-]+\s+/u, needs: 'AP Photo' },
  // "(Photo: Japanese students wear masks in Tokyo/Toru Hanai)" (Reuters blogs)
  { rule: 'caption', scope: 'span', pattern: /\(Photos?: [^()]{1,200}\)\s*/, needs: '(Photo' },
  // "Photo: A passenger walks past a temperature detection point ...", "Picture taken April 21, 2010." (Reuters pictures)
  { rule: 'caption', scope: 'line', pattern: /^(?:Photo|Picture|Image|Caption): |^Pictures? taken (?:on )?[A-Z][a-z]+ \d{1,2}, \d{4}\.?$/ },
  // "In this image taken from video provided by BP PLC, oil flows from the broken well ..." (AP captions via Fox News),
  // "Fire boat response crews battle the blazing remnants of the rig, in this handout photograph taken on April 21,
  // 2010" (Reuters pictures): a sentence about a picture describes the picture.
  { rule: 'caption', scope: 'sentence', pattern: /\b[Ii]n this (?:[a-z-]+ ){0,3}(?:photo|photograph|picture|image|file photo|video grab|frame grab)\b/ },
  // "Adm. Thad Allen, left, and NOAA administrator Jane Lubchenco release rehabilitated sea turtles off Cedar Key, Fla.,
  // last week", "BP chief executive Tony Hayward, left, listens to chairman Carl-Henric Svanberg": where a named
  // person stands in a picture is said only by its caption.
  {
    rule: 'caption',
    scope: 'sentence',
    pattern: /\b\p{Lu}[\p{L}.'’-]*, (?:left|right|center|centre|(?:second|far) (?:left|right)|top|bottom|top left|top right|bottom left|bottom right), /u,
  },
  // "Workers remove containment boom from water contaminated by oil from the Deepwater Horizon spill, Thursday, June
  // 10, 2010, in Bay Barbeau near Chauvin, La.", "President Barack Obama departs the White House in Washington,
  // Wednesday, June 2, 2010, for a short helicopter flight": AP's caption sets the picture's full day off by commas,
  // weekday first, year last; its prose says "on Thursday" or "June 10". (Not "on Thursday, June 10, 2010": no comma before.)
  {
    rule: 'caption',
    scope: 'sentence',
    pattern:
      /, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4,5}\b/,
  },
  // "Medical facilities were overwhelmed by the 1918 flu pandemic "We have very little information about this strain,"
  // says Dr Morens.": a caption with no full stop before the quote that opens the paragraph below it (BBC). The quote
  // is five words or more, so a quoted name in a sentence ("referred to the company as "British Petroleum," said he")
  // is no such quote.
  {
    rule: 'caption',
    scope: 'span',
    pattern: /^\p{Lu}[^".!?]{15,200}[\p{Ll}\d](?= "\p{Lu}[^"\s]*(?:\s+[^"\s]+){4,}[,.]" (?:says|said) )/u,
    needs: '" sa',
  },
  // "TV OUT; ONLINE OUT; MANDATORY CREDIT: MISSISSIPPI PRESS OUT" (AP caption codes)
  { rule: 'photo-credit', scope: 'span', pattern: /(?:\b(?:TV|ONLINE|MAGS|INTERNET) OUT; )+(?:MANDATORY CREDIT: [A-Z][A-Z ]+ OUT\s*)?/ },

  // ---- wire credits: who reported, wrote and edited
  // "(Reporting by Chris Baltimore; Editing by Robert MacMillan)", "(Editing by Hans Peters)" (Reuters)
  {
    rule: 'wire-credit',
    scope: 'span',
    pattern: /\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Aa]dditional reporting) by [^()]{1,300}\)\s*/,
  },
  // The same credit cut into lines: "(Reporting by Chris Baltimore." / "Additional reporting by Tom Bergin in London." /
  // "Editing by Robert MacMillan)"
  { rule: 'wire-credit', scope: 'rest-of-line', pattern: /\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^()]*$/ },
  // ("Reporting by" opens a line only as a credit when its parenthesis closes on it: "Reporting by the BBC found ..." is prose.)
  { rule: 'wire-credit', scope: 'span', pattern: /^(?:Additional reporting|Editing) by [^()]{1,200}?(?:\)\s*|$)|^Reporting by [^()]{1,200}?\)\s*/ },
  // "The Associated Press contributed to this report." "Staff writer Steven Mufson contributed to this report." (Fox News, Washington Post)
  {
    rule: 'wire-credit',
    scope: 'span',
    pattern: /(?:^|(?<=[.!?]\s))[^.!?]{0,120}\bcontributed to this (?:report|story|article)\.?["”]?\s*/,
    needs: 'contributed to this ',
  },

  // ---- embedded tweets and retweet widgets
  // "RT @BrianSozzi: Within food, white bread had ...", "@BPGlobalPR Congrats to BP's Mother of the Year 2010!" (Guardian live blogs)
  { rule: 'tweet', scope: 'line', pattern: /^(?:RT\s+)?@\w{1,15}\b|\bpic\.twitter\.com\/|\bRETWEET\b|^Retweet\b/ },
  // "— Gulf Watch (@gulfwatch) June 5, 2010": the signature line of an embedded tweet
  { rule: 'tweet', scope: 'line', pattern: /[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$/ },

  // ---- video and audio blurbs, media players, widgets
  // "Video: ...", "Watch video: ...", "To play this content JavaScript must be turned on ..." "Media playback is unsupported" (BBC)
  {
    rule: 'video-blurb',
    scope: 'line',
    pattern: /^(?:Video|Watch video|Audio|Listen|WATCH|VIDEO)\s*:|\bTo play this (?:content|video) JavaScript must be\b|^Media playback is unsupported\b/,
  },
  // "BACK { current } of { total } NEXT" (a BBC gallery's buttons, glued to its first caption)
  { rule: 'widget', scope: 'span', pattern: /\bBACK \{ current \} of \{ total \} NEXT\s*/ },
  // "Reply Option": a comment widget's button, glued to the name after it ("Reply Option Kristine Florida", the audit)
  { rule: 'widget', scope: 'span', pattern: /\bReply Option\s*/ },
  // "Reply Option", "Report abuse", "Recommend", "Quote" widget words alone on a line
  { rule: 'widget', scope: 'line', pattern: /^(?:Reply Option|Reply|Report abuse|Recommend(?: this)?|Quote|Share this|Email this)\s*$/i },

  // ---- related stories and the outlet's own promotions
  // "A version appeared on p24 of the Main section section of the Guardian on ..." and the footer glued after it (Guardian)
  { rule: 'related-links', scope: 'rest-of-line', pattern: /\bA version appeared on p\d+ of the\b/ },
  // "Letters for publication should be sent to: letters@guardian.co.uk If you need help using the site: ..." (Guardian)
  { rule: 'related-links', scope: 'rest-of-line', pattern: /\bLetters for publication should be sent to:/ },
  // "Find out more and buy the ebook on Kindle from Amazon UK ..." "Follow the latest environment news, comment and analysis on Twitter" (Guardian)
  { rule: 'related-links', scope: 'rest-of-line', pattern: /\bFind out more and buy the (?:Guardian )?ebook\b|\bFollow the latest [\w ]{1,40} on Twitter\b/ },
  // "Related:", "More on this story", "More on this topic" (the audit's related-story lists)
  { rule: 'related-links', scope: 'line', pattern: /^(?:More on this (?:story|topic)\b|Related(?: stories| links| coverage| articles)?\s*:)/ },
  // "An ultra-low latency infrastructure for electronic trading and data distribution ..." (Reuters promotions)
  { rule: 'promotion', scope: 'rest-of-line', pattern: /\bAn ultra-low latency infrastructure for electronic trading\b/ },
  // "All materials herein are protected by United States copyright law ...", "This copy may not be in its final form and
  // may be updated.", "You may not alter or remove any trademark, copyright or other notice ..." (Fox News transcripts)
  {
    rule: 'legal-notice',
    scope: 'line',
    pattern: /^(?:All materials herein are protected by|This copy may not be in its final form|You may not alter or remove any trademark)\b/,
  },
];

/**
 * Words after which "A" or "The" goes on the same phrase, no lead glued to a caption (clean.ts, `glued-caption`): "a
 * contagious respiratory disease of pigs caused by type A influenza viruses".
 */
export const LETTER_CLASS_WORDS = new Set([
  'type',
  'types',
  'grade',
  'class',
  'category',
  'vitamin',
  'group',
  'phase',
  'plan',
  'schedule',
  'section',
  'part',
  'level',
  'tier',
  'division',
  'series',
  'option',
]);

/**
 * Words that open a paragraph and no phrase when glued after a lower-case word with a lower-case word after them: the
 * place a photo caption without a stop ends (clean.ts, `glued-caption`): "Mr Hayward's attended a meeting of the BP
 * board on Monday Many say that, ...".
 */
export const GLUED_PARAGRAPH_OPENERS = new Set(['A', 'An', 'The', 'Many', 'Some', 'Most', 'But', 'They', 'He', 'She', 'It', 'We', 'This', 'These']);
