import type { Core } from '@strapi/strapi';
import { mediaPopulate, visitValues } from './content-tree';
import { asCall, blank, checkPublishedVersions, publishes } from './document-call';

/** The image component: the text alternative sits beside the file, in the entry's language. */
const IMAGE_COMPONENT = 'media.image';

interface StoredFile {
  name: string;
  mime: string;
  alternativeText?: string | null;
}

const isImage = (file: any): file is StoredFile => typeof file?.mime === 'string' && file.mime.startsWith('image/');

/** What keeps one published version from being accessible, per image. */
function imageProblems(strapi: Core.Strapi, uid: string, version: Record<string, unknown>): string[] {
  const problems: string[] = [];
  visitValues(strapi, uid, version, ({ modelUid, attribute, value, path, holder }) => {
    if (attribute.type !== 'media') return;
    if (modelUid === IMAGE_COMPONENT) {
      if (!value) problems.push(`${path}: the image has no file`);
      else if (blank(holder.alt)) problems.push(`${path} (${(value as StoredFile).name}): the image has no alternative text (alt)`);
      return;
    }
    for (const file of [value].flat().filter(isImage)) {
      if (blank(file.alternativeText)) problems.push(`${path} (${file.name}): the image has no alternative text in the media library`);
    }
  });
  return problems;
}

/**
 * Published content may show an image only with a text alternative for readers who cannot see
 * it (TT 32/2017, WCAG 1.1.1). Drafts may lack it.
 */
export function registerImageAltText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const populate = call.uid.startsWith('api::') ? mediaPopulate(strapi, call.uid) : undefined;
    if (!populate || !publishes(strapi, call)) return next();

    return checkPublishedVersions(strapi, call, next, 'Not published, images need a text alternative', (version) => imageProblems(strapi, call.uid, version), populate);
  });
}
