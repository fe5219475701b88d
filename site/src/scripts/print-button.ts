/** The print / save-as-PDF buttons: shown only when scripts run (see PrintButton.astro), they open the print dialog. */
export function startPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
}
