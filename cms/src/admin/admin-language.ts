/** The admin panel's own language setting (Strapi keeps it in local storage); Vietnamese unless English was chosen. */
export const adminLanguage = (): 'vi' | 'en' => (localStorage.getItem('strapi-admin-language') === 'en' ? 'en' : 'vi');

/** The message of a failed admin API call, as the API wrote it (Vietnamese / English). */
export const errorMessage = (error: any): string => error?.response?.data?.error?.message ?? error?.message ?? String(error);
