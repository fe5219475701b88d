/** The message of a failed admin API call, as the API wrote it (Vietnamese / English). */
export const errorMessage = (error: any): string => error?.response?.data?.error?.message ?? error?.message ?? String(error);
