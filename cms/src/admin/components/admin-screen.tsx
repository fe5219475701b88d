import { useEffect, useState, type ReactNode } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { errorMessage } from '../api-error';
import { useAdminIntl } from '../intl/use-admin-intl';
import { adminScreenMessages } from './admin-screen-messages';

const { messages } = adminScreenMessages;

/** A report screen of the admin: its title, then the last failure of its API, then its content. */
export function AdminScreen({ title, error, children }: { title: string; error: string | null; children: ReactNode }) {
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} />
      <Layouts.Content>
        {error && <ProblemText>{error}</ProblemText>}
        {children}
      </Layouts.Content>
    </Page.Main>
  );
}

/** A failure to read or do something, announced to screen readers. */
export function ProblemText({ children }: { children: ReactNode }) {
  return (
    <Box paddingBottom={4}>
      <Typography role="alert" textColor="danger600">
        {children}
      </Typography>
    </Box>
  );
}

/** Something wrong now that the reader should act on: announced, and set apart in the danger colours. */
export function ProblemBox({ children }: { children: ReactNode }) {
  return (
    <Box role="alert" background="danger100" borderColor="danger200" hasRadius padding={3} marginBottom={4}>
      {children}
    </Box>
  );
}

/** A heading inside a report screen. */
export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <Box paddingTop={6} paddingBottom={3}>
      <Typography tag="h2" id={id} variant="delta">
        {children}
      </Typography>
    </Box>
  );
}

/** One cell of a report table, bordered below with the design system's divider colour. */
function ReportCell({ header = false, children }: { header?: boolean; children: ReactNode }) {
  return (
    <Box
      tag={header ? 'th' : 'td'}
      {...(header ? { scope: 'col' } : {})}
      paddingTop={2}
      paddingBottom={2}
      paddingLeft={3}
      paddingRight={3}
      borderStyle="solid"
      borderWidth="0 0 1px 0"
      borderColor="neutral150"
      style={{ textAlign: 'left', verticalAlign: 'top' }}
    >
      {header ? (
        <Typography variant="sigma" textColor="neutral600">
          {children}
        </Typography>
      ) : (
        <Typography tag="div">{children}</Typography>
      )}
    </Box>
  );
}

/**
 * A plain table of figures with real column headers (the design system's Table is an interactive
 * grid whose header cells are announced as grid cells); each row is a list of cells.
 */
export function ReportTable({ labelledBy, headings, rows, fullWidth = true }: { labelledBy?: string; headings: readonly string[]; rows: ReadonlyArray<{ key: string; cells: ReactNode[] }>; fullWidth?: boolean }) {
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ overflowX: 'auto' }}>
      <table aria-labelledby={labelledBy} style={{ borderCollapse: 'collapse', ...(fullWidth ? { width: '100%' } : {}) }}>
        <thead>
          <tr>
            {headings.map((heading) => (
              <ReportCell key={heading} header>
                {heading}
              </ReportCell>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((content, index) => (
                <ReportCell key={index}>{content}</ReportCell>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
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
  const { text } = useAdminIntl();
  return (
    <Box paddingBottom={4} maxWidth="320px">
      <Field.Root name="portal">
        <Field.Label>{text(messages.portal)}</Field.Label>
        <SingleSelect value={value} onChange={(choice) => onChange(String(choice))}>
          {allowAll && <SingleSelectOption value="">{text(messages.allPortals)}</SingleSelectOption>}
          {options.map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>
              {option.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Box>
  );
}

/** Previous and next page buttons around "page n / total". */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { text } = useAdminIntl();
  return (
    <Flex gap={3} paddingTop={4} alignItems="center">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {text(messages.previous)}
      </Button>
      <Typography>{text(messages.page, { page, pages })}</Typography>
      <Button variant="tertiary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {text(messages.next)}
      </Button>
    </Flex>
  );
}

/** How many pages `total` entries fill, at least one. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));
