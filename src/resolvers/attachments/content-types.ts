/**
 * The media types an attachment may have, each with the check its first bytes must pass. Only
 * types whose bytes can be recognised (or plain text) are here: no HTML, no SVG, nothing a
 * browser would run. The `attachment_allowed_types` setting picks a subset of these.
 */
interface ContentTypeRule {
  /** Bytes needed from the start of the file to decide (fewer when the file is shorter). */
  prefixBytes: number;
  matches: (head: Uint8Array) => boolean;
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** The head starts with `signature` at `offset` (`null`: any byte). */
function startsWith(head: Uint8Array, signature: (number | null)[], offset = 0): boolean {
  if (head.length < offset + signature.length) return false;
  return signature.every((byte, i) => byte === null || head[offset + i] === byte);
}

const signature = (bytes: (number | null)[], offset = 0): ContentTypeRule => ({
  prefixBytes: offset + bytes.length,
  matches: (head) => startsWith(head, bytes, offset),
});

/**
 * Text: no NUL byte in the first 512 bytes and none of the markup starts browsers sniff as HTML
 * or SVG (served as an attachment with nosniff anyway; this keeps a page from passing as text).
 */
const TEXT_HEAD = 512;
const MARKUP = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe)/i;
const text: ContentTypeRule = {
  prefixBytes: TEXT_HEAD,
  matches: (head) =>
    !head.includes(0) && !MARKUP.test(new TextDecoder('utf-8', { fatal: false }).decode(head)),
};

export const CONTENT_TYPE_RULES = {
  'image/png': signature([0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a]),
  'image/jpeg': signature([0xff, 0xd8, 0xff]),
  'image/gif': {
    prefixBytes: 6,
    matches: (head: Uint8Array) =>
      startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')),
  },
  'image/webp': {
    prefixBytes: 12,
    matches: (head: Uint8Array) =>
      startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8),
  },
  'application/pdf': signature(ascii('%PDF-')),
  'application/zip': {
    prefixBytes: 4,
    // A local file header, or the end record of an empty archive.
    matches: (head: Uint8Array) =>
      startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]),
  },
  'text/plain': text,
  'text/csv': text,
} satisfies Record<string, ContentTypeRule>;

export type SupportedContentType = keyof typeof CONTENT_TYPE_RULES;
export const SUPPORTED_CONTENT_TYPES = Object.keys(CONTENT_TYPE_RULES) as SupportedContentType[];

export const isSupportedContentType = (type: string): type is SupportedContentType =>
  type in CONTENT_TYPE_RULES;

/** The most bytes any rule needs: what the upload holds back before it decides. */
export const SNIFF_BYTES = Math.max(
  ...Object.values(CONTENT_TYPE_RULES).map((rule) => rule.prefixBytes),
);

/** Whether the file's first bytes are what its announced type says. */
export function headMatches(type: SupportedContentType, head: Uint8Array): boolean {
  const rule = CONTENT_TYPE_RULES[type];
  return rule.matches(head.subarray(0, rule.prefixBytes));
}
