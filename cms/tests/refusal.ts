/** The message of the CMS's refusal; the admin client reports the status and the JSON body, quotes escaped. */
export async function refusalOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return (error as Error).message.replace(/\\"/g, '"');
  }
  throw new Error('the CMS accepted what it should have refused');
}
