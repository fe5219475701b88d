import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { changeOwnPassword } from '../../../account-security/change-own-password';
import { passwordChangePage } from '../../../account-security/password-change-page';

const wantsJson = (ctx: any) => ctx.is('application/json') === 'application/json';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async passwordForm(ctx: any) {
    ctx.type = 'html';
    ctx.body = passwordChangePage({ kind: 'form' });
  },

  async changePassword(ctx: any) {
    const body = ctx.request.body ?? {};
    try {
      await changeOwnPassword(strapi, body);
    } catch (error) {
      if (!(error instanceof errors.ValidationError) || wantsJson(ctx)) throw error;
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = passwordChangePage({ kind: 'refused', message: error.message, email: typeof body.email === 'string' ? body.email : undefined });
      return;
    }
    if (wantsJson(ctx)) {
      ctx.body = { data: { changed: true } };
      return;
    }
    ctx.type = 'html';
    ctx.body = passwordChangePage({ kind: 'changed' });
  },
});
