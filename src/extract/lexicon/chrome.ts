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
 *   Coral and news CMS comment sections (`.comments-section`, `.discussion`); a page's state classes
 *   ("has-comments", "no-comments") are not sections and are left alone;
 * - captions and credits: WordPress `.wp-caption-text`, `.image-caption`, `.media-caption`, `.photo-credit`;
 * - related stories: `.related-stories`, `.more-stories`, `.read-more`, and the Outbrain and Taboola widgets.
 */
export const FURNITURE_CLASS_WORDS: ReadonlyArray<readonly [rule: string, pattern: RegExp]> = [
  ['embedded-post', /^(?:twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|fb-post)$/],
  ['reader-comments', /^(?!(?:has|no|with|show|enable|allow)-)(?:[a-z0-9]+[-_])*(?:comments?|commentlist|disqus|discussion|respond)(?:[-_][a-z0-9]+)*$/],
  ['caption', /^(?:[a-z0-9]+[-_])*(?:caption|credits?)(?:[-_][a-z0-9]+)*$/],
  ['related-stories', /^(?:[a-z0-9]+[-_])*(?:related|more-stories|read-more|outbrain|taboola|ob-widget)(?:[-_][a-z0-9]+)*$/],
];
