import { ORGANISATION_UNIT_KIND_LABELS, type Leader, type Locale, type OrganisationUnit, type Position } from '@portal/contract';
import type { SectionContext } from './types';

export interface ChartPosition {
  title: string;
  leaders: Array<{ name: string; path?: string }>;
}

/** A unit of the organisation chart with its positions and the units under it. */
export interface ChartUnit {
  documentId: string;
  name: string;
  kind: string;
  functions?: string | null;
  positions: ChartPosition[];
  children: ChartUnit[];
}

/** The chart of one language: positions outside any unit here (the province's leaders), then the units. */
export interface OrganisationChart {
  positions: ChartPosition[];
  units: ChartUnit[];
}

/**
 * The units of one language as a tree (a unit whose parent is not published here is a root),
 * each with its positions in rank order and the leaders holding them; positions of no unit
 * published here come first, on their own.
 */
export function organisationChart(
  locale: Locale,
  units: readonly OrganisationUnit[],
  positions: readonly Position[],
  leaders: readonly Leader[],
  pathOf: SectionContext['pathOf'],
): OrganisationChart {
  const here = <T extends { locale: Locale }>(entries: readonly T[]) => entries.filter((entry) => entry.locale === locale);
  const localUnits = here(units);
  const known = new Set(localUnits.map((unit) => unit.documentId));
  const chartPosition = (position: Position): ChartPosition => ({
    title: position.title,
    leaders: here(leaders)
      .filter((leader) => leader.position?.documentId === position.documentId)
      .map((leader) => ({ name: leader.fullName, path: pathOf('leader', leader.documentId) })),
  });
  const build = (unit: OrganisationUnit, ancestors: Set<string>): ChartUnit => {
    const lineage = new Set([...ancestors, unit.documentId]);
    return {
      documentId: unit.documentId,
      name: unit.name,
      kind: ORGANISATION_UNIT_KIND_LABELS[unit.kind][locale],
      functions: unit.functions,
      positions: here(positions)
        .filter((position) => position.unit?.documentId === unit.documentId)
        .sort((a, b) => a.rank - b.rank)
        .map(chartPosition),
      // A unit cannot be its own ancestor, whatever the data says.
      children: localUnits.filter((child) => child.parent?.documentId === unit.documentId && !lineage.has(child.documentId)).map((child) => build(child, lineage)),
    };
  };
  return {
    positions: here(positions)
      .filter((position) => !position.unit || !known.has(position.unit.documentId))
      .sort((a, b) => a.rank - b.rank)
      .map(chartPosition),
    units: localUnits.filter((unit) => !unit.parent || !known.has(unit.parent.documentId)).map((unit) => build(unit, new Set())),
  };
}
