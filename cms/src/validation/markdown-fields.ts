import type { Core } from '@strapi/strapi';
import { markdownProblems, type MarkdownProblem } from '@portal/markdown';
import { visitValues } from './content-tree';
import { isLocalized, model } from '../content-model';
import { asCall, checkPublishedVersions, isWrite, localesOf, publishes, refuse } from './document-call';

const NOT_SAVED = 'Not saved: the portal would not publish this Markdown (Chưa lưu: nội dung Markdown có phần cổng không đăng được)';
const NOT_PUBLISHED = 'Not published: the portal would not publish this Markdown (Chưa đăng: nội dung Markdown có phần cổng không đăng được)';

// Only content types hold Markdown today; a component with a rich-text field would also need
// populating in the publish check below.
const holdsMarkdown = (strapi: Core.Strapi, uid: string) =>
  Object.values(model(strapi, uid)?.attributes ?? {}).some((attribute) => attribute.type === 'richtext');

function explain(problem: MarkdownProblem): string {
  switch (problem.kind) {
    case 'link':
      return `link "${problem.address}" ${problem.reason} (liên kết chỉ được dùng địa chỉ đầy đủ http(s)://, mailto:, tel: hoặc #mục trong trang)`;
    case 'image':
      return `image "${problem.address}" ${problem.reason} (địa chỉ ảnh không hợp lệ)`;
    case 'html':
      return `embedded HTML ${problem.html} is not allowed; use Markdown instead (không được nhúng mã HTML, hãy dùng cú pháp Markdown)`;
  }
}

/** Every problem of every Markdown (rich text) field in `data`, each naming its field. */
function markdownFieldProblems(strapi: Core.Strapi, uid: string, data: unknown): string[] {
  const problems: string[] = [];
  visitValues(strapi, uid, data, ({ attribute, value, path }) => {
    if (attribute.type !== 'richtext' || typeof value !== 'string') return;
    for (const problem of markdownProblems(value)) problems.push(`${path}: ${explain(problem)}`);
  });
  return problems;
}

/**
 * Refuses any Markdown field the site would not publish as written (a link to javascript: or a
 * relative address, embedded HTML), on save and on publish, naming the language and the field.
 * The site reads Markdown with the same package, so both agree on what a link is; only a link to
 * a page of the portal that is not built is left to the site build, which names the item.
 * Publishing checks the stored version too, since drafts saved before this rule may hold such text.
 */
export function registerMarkdownFields(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    const call = asCall(context);
    if (!call.uid.startsWith('api::') || !holdsMarkdown(strapi, call.uid)) return next();
    if (isWrite(call)) {
      const locale = isLocalized(strapi, call.uid) ? `${localesOf(call).join(', ')}: ` : '';
      const problems = markdownFieldProblems(strapi, call.uid, call.params.data);
      if (problems.length > 0) refuse(NOT_SAVED, problems.map((problem) => `${locale}${problem}`));
    }
    if (!publishes(strapi, call)) return next();
    return checkPublishedVersions(strapi, call, next, NOT_PUBLISHED, (version) => markdownFieldProblems(strapi, call.uid, version));
  });
}
