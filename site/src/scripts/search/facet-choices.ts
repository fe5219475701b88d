import type { FacetLabels } from '../../lib/search-facets';

/**
 * Adds to each filter the values the loaded indexes have and it does not offer yet, in label
 * order, and shows a filter once it has two values to choose from. On the main portal these are
 * the other portals' values (their issuers, say), which its own pages could not list at build time.
 */
export function offerIndexedChoices(selects: readonly HTMLSelectElement[], counts: Record<string, Record<string, number>>, labels: FacetLabels, locale: string): void {
  for (const select of selects) {
    const offered = new Set([...select.options].map((option) => option.value));
    const added = Object.keys(counts[select.name] ?? {})
      .filter((value) => !offered.has(value))
      .map((value) => {
        const label = labels[select.name]?.[value] ?? value;
        const option = new Option(label, value);
        option.dataset.label = label;
        return option;
      });
    if (added.length === 0) continue;
    const chosen = select.value;
    const [all, ...choices] = [...select.options];
    choices.push(...added);
    choices.sort((a, b) => (a.dataset.label ?? '').localeCompare(b.dataset.label ?? '', locale));
    select.replaceChildren(...(all ? [all] : []), ...choices);
    // Moving options around can leave another one selected.
    select.value = chosen;
    const field = select.closest<HTMLElement>('[data-facet-field]');
    if (field && choices.length > 1) field.hidden = false;
  }
}
