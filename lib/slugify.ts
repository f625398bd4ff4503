/**
 * "2013 Camp Ashraf massacre" → "2013-camp-ashraf-massacre"; "مجزرة معسكر أشرف" →
 * "مجزرة-معسكر-أشرف". Letters and digits of every script are kept, lowercased, as Wikipedia
 * keeps an Arabic or Chinese title in its URL: a transliteration is lossy, ambiguous and
 * unreadable to the page's own readers. Accents on Latin, Greek and Cyrillic letters are
 * folded away ("Guantánamo" → "guantanamo"), so existing slugs do not change.
 */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // NFKD splits Hangul syllables (and other precomposed letters) into parts: put them back.
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')

/** What `slugify` makes: lowercase letters (of any script), marks and digits between hyphens. */
export const isSlug = (value: string) =>
  /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(value) &&
  value === value.toLowerCase() &&
  value === value.normalize('NFC')
