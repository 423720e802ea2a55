import { trackerDownload } from './_downloads';
import { trackerJson } from '../../../monitoring/tracker';

/** /recommendations/recommendations.json: the whole tracker with histories and evidence. */
export const { getStaticPaths, GET } = trackerDownload(trackerJson, 'application/json; charset=utf-8');
