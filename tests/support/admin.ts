import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The web editor (/admin/) in Chromium, as an editor on a clone uses it: "Work with Local
 * Repository" over a folder of the browser's private file system, which stands in for the folder the
 * editor would pick. Used by tests/e2e/admin.test.ts and `npm run screenshots -- --editor`.
 */

/** The editor's own words in `lang`, from its catalogue (Sveltia CMS's locales/). */
export function editorWords(root: string, lang: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@sveltia/cms/locales', `${lang}.json`), 'utf8'));
}

/** A placeholder of the editor's words as the editor fills it: between Unicode isolates. */
export function fill(template: string, value: string): string {
  return template.replace(/\{\$\w+\}/, `\u2068${value}\u2069`);
}

/** The repository the editor works on: a site's content/ and data/ (base64 by path), and a .git folder. */
export function repositoryFiles(root: string): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  for (const top of ['content', 'data']) {
    for (const entry of fs.readdirSync(path.join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full).toString('base64');
    }
  }
  files['.git/HEAD'] = Buffer.from(files['.git/HEAD']!).toString('base64');
  return files;
}

/** Stands the browser's private file system in for the folder picker, before the page's scripts run. */
export function pickPrivateFolder() {
  Object.assign(window, {
    showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true }),
  });
}

export async function fillRepository(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
    for (const [file, base64] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Every file of the repository folder as the editor left it, by path: its bytes. */
export async function readRepository(page: Page): Promise<Record<string, Buffer>> {
  const files = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out[`${prefix}${name}`] = btoa(binary);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repository'), '');
    return out;
  });
  return Object.fromEntries(Object.entries(files).map(([file, base64]) => [file, Buffer.from(base64, 'base64')]));
}

/** A text file of the repository folder, as the editor left it. */
export async function readText(page: Page, file: string): Promise<string | undefined> {
  return (await readRepository(page))[file]?.toString('utf8');
}

/** A field of the form, by its path in the record (`period.start`), and the box to write in. */
export function field(page: Page, keyPath: string) {
  return page.locator(`[data-key-path="${keyPath}"]`).first();
}
export const box = (page: Page, keyPath: string) => field(page, keyPath).locator('input, textarea, [contenteditable="true"]').filter({ visible: true }).first();

