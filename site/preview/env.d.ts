declare namespace App {
  interface Locals {
    /** The page the preview middleware planned for the request's ticket, or why it cannot be shown. */
    previewOutcome?: import('./lib/preview-page').PreviewOutcome;
  }
}
