import MarkdownIt, { type Token } from 'markdown-it';
import { imageAddressProblem, linkAddressProblem } from './addresses.js';

export { ALLOWED_SCHEMES, imageAddressProblem, linkAddressProblem } from './addresses.js';

const attributeOf = (token: Token, name: string) => String(token.attrGet(name) ?? '');

/**
 * How the portal reads an editor's Markdown (CommonMark plus tables and strikethrough): raw HTML
 * stays text, no address with a refused scheme is read as one, and a link whose address
 * `linkAddressProblem` refuses is shown as its words alone.
 */
const renderer = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
renderer.validateLink = (address) => imageAddressProblem(address) === undefined;
renderer.core.ruler.push('refused_links', (state) => {
  for (const block of state.tokens) {
    let refused = false;
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') refused = linkAddressProblem(attributeOf(token, 'href')) !== undefined;
      if ((token.type === 'link_open' || token.type === 'link_close') && refused) token.hidden = true;
    }
  }
});

const rules = renderer.renderer.rules;

// The page title is the only h1, so the body's headings start one level below it.
const shiftedHeading = (token: Token) => `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;
rules.heading_open = (tokens, index) => `<${shiftedHeading(tokens[index]!)}>`;
rules.heading_close = (tokens, index) => `</${shiftedHeading(tokens[index]!)}>\n`;
// Images would load from the CMS, which the public never reaches: keep their words, not the file.
rules.image = (tokens, index, options, env, self) => self.renderInlineAsText(tokens[index]!.children ?? [], options, env);
// Deleted text is a change of meaning (a corrected figure), not a style: screen readers announce <del>.
rules.s_open = () => '<del>';
rules.s_close = () => '</del>';
// Header cells name their column for screen readers (WCAG 1.3.1).
rules.th_open = (tokens, index, options, _env, self) => {
  tokens[index]!.attrSet('scope', 'col');
  return self.renderToken(tokens, index, options);
};

/** The HTML of an editor's Markdown for a public page. */
export function renderMarkdown(text: string): string {
  return renderer.render(text).trim();
}

/** The addresses `renderMarkdown` writes as links, in order, as they appear in its `href`s (before HTML escaping). */
export function markdownLinks(text: string): string[] {
  return [...allTokens(renderer.parse(text, {}))].filter((token) => token.type === 'link_open' && !token.hidden).map((token) => attributeOf(token, 'href'));
}

export type MarkdownProblem =
  | { kind: 'link'; address: string; reason: string }
  | { kind: 'image'; address: string; reason: string }
  | { kind: 'html'; html: string };

// Reads everything as written, so a refused address or tag is reported instead of quietly shown as text.
const inspector = new MarkdownIt('default', { html: true, linkify: false });
inspector.validateLink = () => true;

function* allTokens(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* allTokens(token.children);
  }
}

/**
 * What keeps a Markdown text from being published as written: links and images whose address is
 * refused, and embedded HTML. Empty when the text is fine. The CMS refuses to save such a text;
 * the site would show the refused parts as plain text.
 */
export function markdownProblems(text: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  for (const token of allTokens(inspector.parse(text, {}))) {
    if (token.type === 'html_block' || token.type === 'html_inline') {
      problems.push({ kind: 'html', html: token.content.trim() });
      continue;
    }
    const attribute = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
    if (!attribute) continue;
    const address = attributeOf(token, attribute);
    const reason = token.type === 'image' ? imageAddressProblem(address) : linkAddressProblem(address);
    if (reason) problems.push({ kind: token.type === 'image' ? 'image' : 'link', address: String(inspector.normalizeLinkText(address)), reason });
  }
  return problems;
}
