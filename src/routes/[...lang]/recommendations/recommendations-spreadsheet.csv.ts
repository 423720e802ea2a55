import { trackerDownload } from './_downloads';
import { trackerCsv } from '../../../monitoring/tracker';

/** /recommendations/recommendations-spreadsheet.csv: recommendations.csv for spreadsheets (BOM, formulas neutralised). */
export const { getStaticPaths, GET } = trackerDownload((recommendations) => trackerCsv(recommendations, 'spreadsheet'), 'text/csv; charset=utf-8');
