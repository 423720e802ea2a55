import { trackerDownload } from './_downloads';
import { historyCsv } from '../../../monitoring/tracker';

/** /recommendations/recommendations-history-spreadsheet.csv: recommendations-history.csv for spreadsheets (BOM, formulas neutralised). */
export const { getStaticPaths, GET } = trackerDownload((recommendations, links) => historyCsv(recommendations, links, 'spreadsheet'), 'text/csv; charset=utf-8');
