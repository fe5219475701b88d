import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { adminLanguage, errorMessage } from '../admin-language';

const TEXT = {
  vi: { portal: 'Cổng', all: 'Tất cả các cổng', previous: 'Trang trước', next: 'Trang sau', page: 'Trang' },
  en: { portal: 'Portal', all: 'All portals', previous: 'Previous page', next: 'Next page', page: 'Page' },
} as const;

/** A table cell of the admin's report screens: figures to read, aligned to the top. */
export const cell: CSSProperties = { padding: '6px 8px', borderBottom: '1px solid #eaeaef', textAlign: 'left', verticalAlign: 'top' };

/** A report screen of the admin: its title, then the last failure of its API, then its content. */
export function AdminScreen({ title, error, children }: { title: string; error: string | null; children: ReactNode }) {
  return (
    <main style={{ padding: '40px 56px', fontSize: 14 }}>
      <h1 style={{ fontSize: 32, fontWeight: 600, marginBottom: 24 }}>{title}</h1>
      {error && <p role="alert" style={{ color: '#d02b20' }}>{error}</p>}
      {children}
    </main>
  );
}

/** A plain table with real column headers; rows are the children. */
export function ReportTable({ headings, fullWidth = true, children }: { headings: readonly string[]; fullWidth?: boolean; children: ReactNode }) {
  return (
    <table style={{ borderCollapse: 'collapse', background: '#fff', ...(fullWidth ? { width: '100%' } : {}) }}>
      <thead>
        <tr>
          {headings.map((heading) => <th key={heading} scope="col" style={cell}>{heading}</th>)}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * The `data` an admin API answers at `path`, read again whenever the path changes (and every
 * `refreshMs`, when given); no request while the path is null. A failed read keeps what was shown
 * and says why.
 */
export function useAdminData<Data>(path: string | null, refreshMs?: number): { data: Data | null; error: string | null } {
  const { get } = useFetchClient();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (path === null) return;
    const load = () =>
      get<{ data: Data }>(path)
        .then((answer) => {
          setData(answer.data.data);
          setError(null);
        })
        .catch((failure) => setError(errorMessage(failure)));
    void load();
    if (!refreshMs) return;
    const timer = setInterval(load, refreshMs);
    return () => clearInterval(timer);
  }, [path, refreshMs]);
  return { data, error };
}

/** Which portal a screen shows and which page of it: choosing another portal starts again at page 1. */
export function usePortalPages(initialPortal = '') {
  const [portal, setPortal] = useState(initialPortal);
  const [page, setPage] = useState(1);
  const choosePortal = (value: string) => {
    setPortal(value);
    setPage(1);
  };
  return { portal, page, setPage, choosePortal };
}

/** The portals a user may pick; "all portals" first when they may read every one. */
export function PortalPicker({ value, options, allowAll, onChange }: { value: string; options: ReadonlyArray<{ value: string; label: string }>; allowAll: boolean; onChange: (value: string) => void }) {
  const text = TEXT[adminLanguage()];
  return (
    <label style={{ display: 'block', marginBottom: 16 }}>
      {text.portal}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)} style={{ padding: 6 }}>
        {allowAll && <option value="">{text.all}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </label>
  );
}

/** Previous and next page buttons around "page n / total". */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const text = TEXT[adminLanguage()];
  return (
    <p style={{ marginTop: 16, display: 'flex', gap: 12, alignItems: 'center' }}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>{text.previous}</button>
      {text.page} {page} / {pages}
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>{text.next}</button>
    </p>
  );
}

/** How many pages `total` entries fill, at least one. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));
