declare namespace App {
  interface Locals {
    /** Set by the preview service (site/preview) on the pages it renders from drafts. */
    preview?: { banner: string };
  }
}
