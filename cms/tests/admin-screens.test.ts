import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { AdminTranslations } from '../src/admin/intl/define-messages';
import { adminTranslations, SCREEN_MESSAGES } from '../src/admin/intl/admin-translations';

const CMS = join(import.meta.dirname, '..');
const ADMIN = join(CMS, 'src', 'admin');

const filesUnder = (dir: string, ending: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), ending) : entry.name.endsWith(ending) ? [join(dir, entry.name)] : [],
  );

/** Strapi's own English texts, by the id the admin panel looks them up under (a plugin's are prefixed with its name). */
async function strapiEnglish(): Promise<Record<string, string>> {
  const strapiPackages = join(realpathSync(join(CMS, 'node_modules', '@strapi', 'strapi')), '..');
  const english = async (file: string) => (await import(pathToFileURL(file).href)).default as Record<string, string>;
  const admin = await english(join(strapiPackages, 'admin', 'dist', 'admin', 'admin', 'src', 'translations', 'en.json.mjs'));
  const plugins = await Promise.all(
    ['content-manager', 'i18n', 'upload'].map(async (plugin) => {
      const texts = await english(join(strapiPackages, plugin, 'dist', 'admin', 'translations', 'en.json.mjs'));
      return Object.fromEntries(Object.entries(texts).map(([id, text]) => [`${plugin}.${id}`, text]));
    }),
  );
  return Object.assign({}, admin, ...plugins);
}

/**
 * The names of a message's arguments (`{portal}`, `{count, plural, …}`) and tags (`<b>`), at the
 * top level only: inside a plural or select, `{entries}` is wording, not an argument.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let at = 0; at < message.length; at += 1) {
    if (message[at] === '{') {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(at))?.[1] ?? '');
      depth += 1;
    } else if (message[at] === '}') depth -= 1;
    else if (depth === 0 && message[at] === '<') names.add(/^<\/?(\w+)>/.exec(message.slice(at))?.[1] ?? '');
  }
  return [...names].sort();
}

describe('admin messages', () => {
  it('registers every screen’s messages with the admin panel', async () => {
    const modules = filesUnder(ADMIN, 'messages.ts');
    expect(modules.length).toBeGreaterThan(5);
    const unregistered: string[] = [];
    for (const file of modules) {
      for (const [name, value] of Object.entries(await import(pathToFileURL(file).href))) {
        const screen = value as { translations?: AdminTranslations };
        if (screen.translations && !SCREEN_MESSAGES.includes(screen as (typeof SCREEN_MESSAGES)[number])) unregistered.push(`${relative(ADMIN, file)}: ${name}`);
      }
    }
    expect(unregistered).toEqual([]);
  });

  it('has a Vietnamese and an English text for every message id, with the same arguments', async () => {
    const strapi = await strapiEnglish();
    const ids = [...new Set([...Object.keys(adminTranslations.vi), ...Object.keys(adminTranslations.en)])];
    expect(ids.length).toBeGreaterThan(200);
    const noVietnamese = ids.filter((id) => !adminTranslations.vi[id]?.trim());
    // Texts that put Strapi's own screens in Vietnamese keep Strapi's English under the same id.
    const english = (id: string) => adminTranslations.en[id] ?? strapi[id];
    const noEnglish = ids.filter((id) => !english(id)?.trim());
    expect(noVietnamese).toEqual([]);
    expect(noEnglish).toEqual([]);
    const mismatched = ids.filter((id) => english(id) && adminTranslations.vi[id] && argumentsOf(adminTranslations.vi[id]).join() !== argumentsOf(english(id)!).join());
    expect(mismatched).toEqual([]);
  });

  it('overrides only texts Strapi has (a misspelt id would translate nothing)', async () => {
    const strapi = await strapiEnglish();
    const strapiIds = Object.keys(adminTranslations.vi).filter((id) => !adminTranslations.en[id]);
    expect(strapiIds.filter((id) => !(id in strapi))).toEqual([]);
  });
});

/** Props whose text people read (on screen or by a screen reader). */
const READ_PROPS = new Set(['title', 'subtitle', 'label', 'aria-label', 'placeholder', 'alt', 'hint', 'description', 'children']);

/** The only exceptions: HTML elements a screen may use directly, the design system having nothing with the same meaning. */
const NATIVE_ELEMENTS = new Set([
  'a', // links into the Content Manager and out to the portals
  'strong',
  'code', // a field's name, as the content contract writes it
  'ul',
  'ol',
  'li',
  'details', // a disclosure editors open for history and raw errors; the design system's Accordion is heavier
  'summary',
  'table', // ReportTable: a table of figures with real column headers, not the design system's grid
  'thead',
  'tbody',
  'tr',
]);

const LETTER = /\p{L}/u;
const COLOUR = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;
/** Text a literal would put on screen: from a JSX child or attribute, through conditionals and `??`. */
function flowsIntoJsx(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isJsxExpression(parent)) return !ts.isJsxAttribute(parent.parent) || READ_PROPS.has(parent.parent.name.getText());
    if (ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) continue;
    if (ts.isConditionalExpression(parent) && child !== parent.condition) continue;
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind) && child === parent.right) continue;
    return false;
  }
  return false;
}

/** Every place in a screen's code that writes UI text, a colour or a bare HTML control itself. */
function findingsIn(code: string): string[] {
  const source = ts.createSourceFile('screen.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) findings.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && READ_PROPS.has(node.name.getText()) && LETTER.test(node.initializer.text)) findings.push(node.initializer.text);
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && LETTER.test(node.text) && flowsIntoJsx(node)) findings.push(node.text);
    if (ts.isTemplateExpression(node) && flowsIntoJsx(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some((part) => LETTER.test(part))) findings.push(node.getText());
    }
    // Vietnamese anywhere in a screen's code is a text that belongs in its messages.
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /[À-ỹ]/.test(node.text)) findings.push(node.text);
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && COLOUR.test(node.text)) findings.push(node.text);
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && /^[a-z]/.test(node.tagName.getText()) && !NATIVE_ELEMENTS.has(node.tagName.getText())) findings.push(`<${node.tagName.getText()}>`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(findings)];
}

describe('admin screens', () => {
  it('write no text, colour or bare HTML control of their own outside their messages', () => {
    const screens = filesUnder(ADMIN, '.tsx');
    expect(screens.length).toBeGreaterThan(8);
    const findings = screens.flatMap((file) => findingsIn(readFileSync(file, 'utf8')).map((text) => ({ file: relative(ADMIN, file), text })));
    expect(findings).toEqual([]);
  });

  it('are checked for the mistakes the rule is about', () => {
    const screen = `const A = () => (
      <main style={{ color: '#d02b20' }} title="Trang chủ" data-kind="news">
        Xin chào
        <button aria-label="Close">{saved ? 'Lưu' : \`Save \${count}\`}</button>
        <Typography>{label ?? 'Untitled'}</Typography>
        <Typography>{items.join(', ')} · {count}</Typography>
      </main>
    );`;
    expect(findingsIn(screen).sort()).toEqual(['#d02b20', '<button>', '<main>', 'Close', 'Lưu', 'Trang chủ', 'Untitled', 'Xin chào', '`Save ${count}`'].sort());
  });
});
