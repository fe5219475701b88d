import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { feedbackPercentOnTime, percentOnTime, type ActivityReport, type BoardChoices, type DashboardEntry, type DeadlineEntry, type DeadlineOverview } from '../../deadlines/dashboard-data';
import { errorMessage } from '../api-error';
import { ReportTable, SectionHeading } from '../components/admin-screen';
import { useAdminIntl, type AdminIntl } from '../intl/use-admin-intl';
import { deadlinesMessages } from './messages';

const { messages } = deadlinesMessages;

const ALL = '';
/** The period picker's entry for a report on request over any dates (Đ31). */
const DATE_RANGE = 'range';

function editLink(entry: DashboardEntry): string {
  return `/admin/content-manager/collection-types/${entry.contentType}/${entry.documentId}?plugins[i18n][locale]=vi`;
}

function periodsAround(today: string): string[] {
  const year = Number(today.slice(0, 4));
  return [year, year - 1].flatMap((y) => [`${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, `${y}-H1`, `${y}-H2`, `${y}`]);
}

function ItemLink({ entry }: { entry: DashboardEntry }) {
  return <a href={editLink(entry)}>{entry.title}</a>;
}

const rowKey = (entry: DashboardEntry) => `${entry.contentType}/${entry.documentId}`;

const percentCell = (percent: number | undefined) => (percent === undefined ? '–' : `${percent}%`);

const dueCell = (entry: DeadlineEntry, { text, date }: AdminIntl) => (entry.dueEstimated ? text(messages.dueEstimated, { due: date(entry.due) }) : date(entry.due));

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: React.ReactNode }) {
  return (
    <Box tag="section" aria-labelledby={id} paddingBottom={2}>
      <SectionHeading id={id}>{count === undefined ? title : `${title} (${count})`}</SectionHeading>
      {children}
    </Box>
  );
}

function EntriesTable<T extends DashboardEntry>({ labelledBy, entries, columns, cells }: { labelledBy: string; entries: T[]; columns: string[]; cells: (entry: T) => React.ReactNode[] }) {
  const { text } = useAdminIntl();
  if (entries.length === 0) return <Typography>{text(messages.none)}</Typography>;
  return (
    <ReportTable
      labelledBy={labelledBy}
      headings={[text(messages.portal), text(messages.type), text(messages.item), ...columns]}
      rows={entries.map((entry) => ({ key: rowKey(entry), cells: [entry.tenant, entry.typeName, <ItemLink entry={entry} />, ...cells(entry)] }))}
    />
  );
}

/**
 * One page for the board: what is overdue or due soon in working days, what went out late,
 * what core information needs review, which translations are missing, and the Đ31 report.
 */
export default function DeadlinesPage() {
  const intl = useAdminIntl();
  const { text, date } = intl;
  const { get } = useFetchClient();
  const [boards, setBoards] = React.useState<BoardChoices>();
  const [tenant, setTenant] = React.useState<string>(ALL);
  const [asOf, setAsOf] = React.useState<string>('');
  const [overview, setOverview] = React.useState<DeadlineOverview>();
  const [period, setPeriod] = React.useState<string>('');
  const [rangeFirst, setRangeFirst] = React.useState<string>('');
  const [rangeLast, setRangeLast] = React.useState<string>('');
  const requestedPeriod = period === DATE_RANGE ? (rangeFirst && rangeLast ? `${rangeFirst}..${rangeLast}` : '') : period;
  const [report, setReport] = React.useState<ActivityReport>();
  const [error, setError] = React.useState<string>();

  const failed = (failure: unknown) => setError(errorMessage(failure));

  React.useEffect(() => {
    get('/admin/deadlines/boards')
      .then(({ data }: any) => {
        setBoards(data.data);
        if (!data.data.province && data.data.boards.length === 1) setTenant(data.data.boards[0].code);
      })
      .catch(failed);
  }, [get]);

  const query = React.useCallback((extra: Record<string, string>) => new URLSearchParams({ ...(tenant ? { tenant } : {}), ...extra }).toString(), [tenant]);

  React.useEffect(() => {
    if (!boards) return;
    get(`/admin/deadlines/overview?${query(asOf ? { on: asOf } : {})}`)
      .then(({ data }: any) => {
        setOverview(data.data);
        setError(undefined);
      })
      .catch(failed);
  }, [boards, asOf, query, get]);

  const showReport = () =>
    get(`/admin/deadlines/report?${query({ period: requestedPeriod })}`)
      .then(({ data }: any) => setReport(data.data))
      .catch(failed);

  const downloadCsv = () =>
    get(`/admin/deadlines/report?${query({ period: requestedPeriod, format: 'csv' })}`, { responseType: 'blob' })
      .then(({ data }: any) => {
        const url = URL.createObjectURL(data);
        const link = document.createElement('a');
        link.href = url;
        link.download = `bao-cao-${requestedPeriod}-${tenant || 'toan-tinh'}.csv`;
        link.click();
        URL.revokeObjectURL(url);
      })
      .catch(failed);

  if (error && !overview) {
    return (
      <Page.Main>
        <Layouts.Header title={text(messages.title)} />
        <Layouts.Content>
          <Typography role="alert">{text(messages.failed, { error })}</Typography>
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (!boards || !overview) return <Page.Loading>{text(messages.loading)}</Page.Loading>;
  const periods = periodsAround(overview.today);

  return (
    <Page.Main>
      <Page.Title>{text(messages.title)}</Page.Title>
      <Layouts.Header title={text(messages.title)} subtitle={text(messages.subtitle)} />
      <Layouts.Content>
        <Flex gap={4} paddingBottom={6} alignItems="flex-end" wrap="wrap">
          <Field.Root name="tenant">
            <Field.Label>{text(messages.portal)}</Field.Label>
            <SingleSelect value={tenant} onChange={(value) => setTenant(String(value))}>
              {boards.province && <SingleSelectOption value={ALL}>{text(messages.wholeProvince)}</SingleSelectOption>}
              {boards.boards.map((board) => (
                <SingleSelectOption key={board.code} value={board.code}>
                  {board.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="on">
            <Field.Label>{text(messages.asOf)}</Field.Label>
            <TextInput type="date" value={asOf || overview.today} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAsOf(event.target.value)} />
          </Field.Root>
        </Flex>

        {error && (
          <Box paddingBottom={6}>
            <Typography role="alert" textColor="danger600">{text(messages.failed, { error })}</Typography>
          </Box>
        )}
        <Section id="overdue" title={text(messages.overdue)} count={overview.overdue.length}>
          <EntriesTable labelledBy="overdue" entries={overview.overdue} columns={[text(messages.from), text(messages.due), text(messages.workingDays)]} cells={(entry) => [date(entry.from), dueCell(entry, intl), entry.workingDays]} />
        </Section>
        <Section id="due-soon" title={text(messages.dueSoon)} count={overview.dueSoon.length}>
          <EntriesTable labelledBy="due-soon" entries={overview.dueSoon} columns={[text(messages.from), text(messages.due), text(messages.workingDays)]} cells={(entry) => [date(entry.from), dueCell(entry, intl), entry.workingDays]} />
        </Section>
        <Section id="published-late" title={text(messages.publishedLate)} count={overview.publishedLate.length}>
          <EntriesTable labelledBy="published-late" entries={overview.publishedLate} columns={[text(messages.due), text(messages.metOn), text(messages.workingDays)]} cells={(entry) => [dueCell(entry, intl), entry.metOn ? date(entry.metOn) : '', entry.workingDays]} />
        </Section>
        <Section id="review-due" title={text(messages.reviewDue)} count={overview.reviewDue.length}>
          <EntriesTable labelledBy="review-due" entries={overview.reviewDue} columns={[text(messages.lastChanged), text(messages.reviewBy)]} cells={(entry) => [date(entry.lastChangedOn), date(entry.reviewDueOn)]} />
        </Section>
        <Section id="translations" title={text(messages.translations)} count={overview.translations.length}>
          <EntriesTable labelledBy="translations" entries={overview.translations} columns={[text(messages.required), text(messages.missing), text(messages.stale)]} cells={(entry) => [entry.required.join(', '), entry.missing.join(', '), entry.stale.join(', ')]} />
        </Section>

        <Section id="report" title={text(messages.report)}>
          <Flex gap={4} paddingBottom={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="period">
              <Field.Label>{text(messages.period)}</Field.Label>
              <SingleSelect value={period} onChange={(value) => setPeriod(String(value))}>
                {periods.map((candidate) => (
                  <SingleSelectOption key={candidate} value={candidate}>
                    {candidate}
                  </SingleSelectOption>
                ))}
                <SingleSelectOption value={DATE_RANGE}>{text(messages.dateRange)}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            {period === DATE_RANGE && (
              <>
                <Field.Root name="first">
                  <Field.Label>{text(messages.rangeFirst)}</Field.Label>
                  <TextInput type="date" value={rangeFirst} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setRangeFirst(event.target.value)} />
                </Field.Root>
                <Field.Root name="last">
                  <Field.Label>{text(messages.rangeLast)}</Field.Label>
                  <TextInput type="date" value={rangeLast} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setRangeLast(event.target.value)} />
                </Field.Root>
              </>
            )}
            <Button disabled={!requestedPeriod} onClick={showReport}>
              {text(messages.show)}
            </Button>
            <Button variant="secondary" disabled={!requestedPeriod} onClick={downloadCsv}>
              {text(messages.csv)}
            </Button>
            <Button variant="tertiary" disabled={!report} onClick={() => window.print()}>
              {text(messages.print)}
            </Button>
          </Flex>
          {report &&
            (report.rows.length === 0 ? (
              <Typography>{text(messages.none)}</Typography>
            ) : (
              <ReportTable
                labelledBy="report"
                headings={[text(messages.portal), text(messages.type), text(messages.published), text(messages.withDeadline), text(messages.onTime), text(messages.late), text(messages.rate), text(messages.english), text(messages.khmer)]}
                rows={report.rows.map((row) => ({
                  key: `${row.tenant}/${row.typeName}`,
                  cells: [row.tenant, row.typeName, row.published, row.withDeadline, row.onTime, row.late, percentCell(percentOnTime(row.onTime, row.withDeadline)), row.translations.en, row.translations.km],
                }))}
              />
            ))}
          {report && (
            <Box paddingTop={6}>
              <Typography tag="h3" id="feedback-report" variant="epsilon">
                {text(messages.feedback, { date: date(report.madeOn) })}
              </Typography>
              <Box paddingTop={3}>
                {report.feedback.length === 0 ? (
                  <Typography>{text(messages.noFeedback)}</Typography>
                ) : (
                  <ReportTable
                    labelledBy="feedback-report"
                    headings={[text(messages.portal), text(messages.received), text(messages.answeredOnTime), text(messages.answeredLate), text(messages.outOfScopeAtOnce), text(messages.outOfScopeLate), text(messages.pending), text(messages.overdueFeedback), text(messages.rate)]}
                    rows={report.feedback.map((row) => ({
                      key: row.tenant,
                      cells: [row.tenant, row.received, row.answeredOnTime, row.answeredLate, row.outOfScopeToldAtOnce, row.outOfScopeToldLate, row.pending, row.overdue, percentCell(feedbackPercentOnTime(row))],
                    }))}
                  />
                )}
              </Box>
            </Box>
          )}
        </Section>
      </Layouts.Content>
    </Page.Main>
  );
}
