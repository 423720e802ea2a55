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

/**
 * Every regular file under content/files, relative paths with forward slashes, sorted. Symbolic
 * links are neither listed nor followed (Node's recursive readdir would walk into a linked folder):
 * nothing outside the repository is ever published, and the check refuses the links themselves.
 */
export function listContentFiles(filesDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(path.relative(filesDir, full).split(path.sep).join('/'));
    }
  };
  walk(filesDir);
  return found.sort();
}
