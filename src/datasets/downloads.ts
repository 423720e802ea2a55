import type { DatasetExports, ExportFile, ExportKind } from './exports';
import type { LoadedDataset, LoadedResource } from './load';

/** The files of one table, as a page offers them. */
export interface TableDownloads {
  table: LoadedResource;
  /** CSV, CSV for spreadsheets, JSON: the order a reader needs them in. */
  files: ExportFile[];
}

/** What a dataset page and a catalogue card offer to download, without the checksums. */
export interface DownloadOffer {
  tables: TableDownloads[];
  /** The files of the whole dataset: the zip of every file, then the data package. */
  whole: ExportFile[];
  /**
   * The one file to offer first: the CSV of a dataset with a single table (what most readers want),
   * the zip of all files when there are several tables, since no one table is the dataset.
   */
  main: ExportFile;
}

const TABLE_KINDS: readonly ExportKind[] = ['csv', 'spreadsheet', 'json'];
const WHOLE_KINDS: readonly ExportKind[] = ['zip', 'datapackage'];

/** Groups a dataset's downloads by table and picks the main one (`buildExports` made the files). */
export function downloadOffer(dataset: LoadedDataset, exports: DatasetExports): DownloadOffer {
  const ofKind = (kinds: readonly ExportKind[], resource?: string) =>
    kinds.flatMap((kind) => exports.files.filter((file) => file.kind === kind && file.resource === resource));
  const tables = dataset.resources.map((table) => ({ table, files: ofKind(TABLE_KINDS, table.resource.name) }));
  const whole = ofKind(WHOLE_KINDS);
  const main = tables.length === 1 ? tables[0]!.files[0] : whole[0];
  if (!main) throw new Error(`The dataset "${dataset.id}" has no downloads to offer`);
  return { tables, whole, main };
}
