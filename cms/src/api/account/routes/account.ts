// Public on purpose: the person whose password expired cannot log in, so cannot send a token.
export default {
  routes: [
    { method: 'GET', path: '/account/password', handler: 'account.passwordForm', config: { auth: false } },
    { method: 'POST', path: '/account/password', handler: 'account.changePassword', config: { auth: false } },
  ],
};
