import { imageSize } from 'image-size';
import fs from 'node:fs';
import path from 'node:path';
import type { EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { displayPath, type SitePaths } from '../site/paths';

/**
 * The limits of an image in content (a cover, a logo, an image in a text), documented in the
 * editors' guide: every image is resized at build time, and sharp refuses more than it can hold (it
 * then publishes the original under the resized names).
 */
export const IMAGE_LIMITS = { bytes: 25 * 1024 * 1024, side: 10_000, megapixels: 40 } as const;

/** The formats sharp reads and the site publishes resized (image-size's names for them). */
const FORMATS = new Set(['jpg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg']);

/**
 * What is wrong with the image `src` written in `from` (a relative path, as in Markdown and
 * frontmatter), or undefined when it is fine: it must exist, be a regular file inside content/files,
 * be a format sharp reads, and be within IMAGE_LIMITS.
 */
export function imageProblem(from: string, src: string, paths: SitePaths): { message: EditorMessage; hint: EditorMessage } | undefined {
  const target = path.resolve(path.dirname(from), src);
  const filesDir = path.join(paths.content, 'files');
  const stat = fs.lstatSync(target, { throwIfNoEntry: false });
  if (!stat || stat.isDirectory()) return { message: editorMessage('content.image.missing', { src }), hint: editorMessage('content.image.missing.hint') };
  const inside = path.relative(filesDir, target);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return { message: editorMessage('content.image.outside', { src, files: displayPath(filesDir, paths.root) }), hint: editorMessage('content.image.outside.hint', { files: displayPath(filesDir, paths.root) }) };
  }
  if (!stat.isFile()) return { message: editorMessage('content.image.missing', { src }), hint: editorMessage('files.symlink.hint') };
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  if (stat.size > IMAGE_LIMITS.bytes) return { message: editorMessage('content.image.tooHeavy', { src, size: mb(stat.size), max: mb(IMAGE_LIMITS.bytes) }), hint: editorMessage('content.image.resize.hint') };
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(fs.readFileSync(target));
  } catch {
    size = {};
  }
  const found = path.extname(target).slice(1).toLowerCase() || '?';
  if (!size.type || !FORMATS.has(size.type)) return { message: editorMessage('content.image.format', { src, found: size.type ?? found }), hint: editorMessage('content.image.format.hint') };
  const { width = 0, height = 0 } = size;
  if (size.type !== 'svg' && (width > IMAGE_LIMITS.side || height > IMAGE_LIMITS.side || width * height > IMAGE_LIMITS.megapixels * 1_000_000)) {
    return { message: editorMessage('content.image.tooLarge', { src, width, height, side: IMAGE_LIMITS.side, megapixels: IMAGE_LIMITS.megapixels }), hint: editorMessage('content.image.resize.hint') };
  }
  return undefined;
}
