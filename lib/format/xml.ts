// XML 1.0 allows tab, line feed, carriage return and the characters from U+0020 on, less the
// surrogates and U+FFFE/U+FFFF: any other one, even escaped as a character reference, makes
// the whole document unreadable ("invalid token"). https://www.w3.org/TR/xml/#charsets
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text for XML content or a quoted attribute: forbidden characters dropped, markup escaped. */
export const escapeXml = (text: string) =>
  text.replace(FORBIDDEN_IN_XML, '').replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)
