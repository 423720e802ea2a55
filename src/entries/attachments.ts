import fs from 'node:fs';
import path from 'node:path';

/** Readers see the format by its common name; the list covers what projects attach. */
const FORMATS: Record<string, string> = {
  pdf: 'PDF', doc: 'DOC', docx: 'DOCX', odt: 'ODT', rtf: 'RTF', txt: 'TXT',
  xls: 'XLS', xlsx: 'XLSX', ods: 'ODS', csv: 'CSV', json: 'JSON',
  ppt: 'PPT', pptx: 'PPTX', odp: 'ODP', zip: 'ZIP',
  jpg: 'JPEG', jpeg: 'JPEG', png: 'PNG', svg: 'SVG', webp: 'WebP',
};

export interface AttachmentInfo {
  /** Path inside content/files, as the editor wrote it. */
  file: string;
  /** Upper-case format name, e.g. PDF. */
  format: string;
  /** Size in bytes, read from the file. */
  bytes: number;
}

/** Format and size of an attached file, computed so editors never type them. */
export function attachmentInfo(filesDir: string, file: string): AttachmentInfo {
  const extension = path.extname(file).slice(1).toLowerCase();
  return {
    file,
    format: FORMATS[extension] ?? extension.toUpperCase(),
    bytes: fs.statSync(path.join(filesDir, file)).size,
  };
}

/** Every file under content/files, relative paths with forward slashes, sorted. */
export function listContentFiles(filesDir: string): string[] {
  if (!fs.existsSync(filesDir)) return [];
  return (fs.readdirSync(filesDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(filesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
