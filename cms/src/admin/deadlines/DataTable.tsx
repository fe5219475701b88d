import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

const cell: React.CSSProperties = { padding: '8px 12px', textAlign: 'left', verticalAlign: 'top', borderBottom: '1px solid #eaeaef' };

/**
 * A plain data table: the design system's Table is an interactive grid whose header cells are
 * announced as grid cells, while these are figures to read, with real column headers.
 */
export function DataTable({ labelledBy, columns, rows }: { labelledBy: string; columns: string[]; rows: Array<{ key: string; cells: React.ReactNode[] }> }) {
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ overflowX: 'auto' }}>
      <table aria-labelledby={labelledBy} style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" style={cell}>
                <Typography variant="sigma" textColor="neutral600">
                  {column}
                </Typography>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((content, index) => (
                <td key={index} style={cell}>
                  <Typography>{content}</Typography>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
