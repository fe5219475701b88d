import type { Leader, OrganisationUnit, Position } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { organisationChart } from '../src/lib/sections/organisation-chart';

const AT = '2026-01-01T00:00:00.000Z';
const base = (documentId: string) => ({ documentId, locale: 'en' as const, publishedAt: AT, updatedAt: AT });
const ref = (unit: OrganisationUnit) => ({ documentId: unit.documentId, name: unit.name, slug: unit.slug });
const unit = (id: string, parent?: OrganisationUnit): OrganisationUnit => ({ ...base(id), name: `Unit ${id}`, slug: id, kind: 'division', functions: null, displayOrder: null, parent: parent ? ref(parent) : null, contact: null });

describe('organisationChart', () => {
  const office = unit('office');
  const staffing = unit('staffing', office);
  const chair: Position = { ...base('chair'), title: 'Chair', rank: 1, unit: null };
  const head: Position = { ...base('head'), title: 'Head', rank: 2, unit: ref(staffing) };
  const deputy: Position = { ...base('deputy'), title: 'Deputy', rank: 3, unit: ref(staffing) };
  const leader: Leader = { ...base('an'), fullName: 'Nguyễn Văn An', slug: 'an', position: { documentId: 'chair', title: 'Chair', rank: 1 }, biography: null, responsibilities: null, photo: null, contact: null, displayOrder: 1 };
  const chart = organisationChart('en', [staffing, office], [deputy, head, chair], [leader], (section, id) => (section === 'leader' ? `lanh-dao/${id}/` : undefined));

  it('nests units under their parents, with their positions in rank order', () => {
    expect(chart.units.map((root) => [root.name, root.children.map((child) => [child.name, child.positions.map((position) => position.title)])])).toEqual([
      ['Unit office', [['Unit staffing', ['Head', 'Deputy']]]],
    ]);
  });

  it('lists positions of no unit first, with the leaders holding them linked', () => {
    expect(chart.positions).toEqual([{ title: 'Chair', leaders: [{ name: 'Nguyễn Văn An', path: 'lanh-dao/an/' }] }]);
  });

  it('survives a unit named as its own ancestor', () => {
    const loop = { ...unit('a'), parent: { documentId: 'b', name: 'b', slug: 'b' } };
    const other = { ...unit('b'), parent: { documentId: 'a', name: 'a', slug: 'a' } };
    expect(organisationChart('en', [loop, other], [], [], () => undefined).units).toEqual([]);
  });
});
