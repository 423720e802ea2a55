import type { HostileCase } from './site.ts';

/**
 * The hostile-input suite: each case is what a careless editor or a hostile contributor might put
 * into a site, and exactly what `npm run check` (and so the build, which runs the same check first)
 * must say about it, or [] where the safe result is silence (e.g. a file name in Cyrillic). The
 * classes are listed in docs/security.md. Cases whose safe result is in the built site (a formula in a
 * download, the previous site kept after a failure) are tested where that is built: the spreadsheet
 * CSV tests and tests/build/atomic-output.test.ts.
 */

const FRONT = (fields: string) => `---\ntype: update\ntitle: Новина\nsummary: Кратко.\npublished: 2024-01-01\n${fields}---\n\n`;

/** A dataset descriptor with one table, `t.csv`, and the given fields and dialect. */
const DATASET = (fields: string, dialect = '') => `title: { bg: Набор }
description: { bg: Описание. }
version: 1.0.0
issued: 2024-01-31
changes: [{ version: 1.0.0, date: 2024-01-31, note: { bg: Първо издание. } }]
licenses: [{ name: CC-BY-4.0 }]
sources: [{ title: { bg: Източник } }]
publisher: { name: { bg: Фондация } }
contact: { name: { bg: Фондация }, email: data@test.example.org }
themes: [GOVE]
temporal: { start: 2024-01-01, end: 2024-01-31 }
spatial: { country: BGR, places: { bg: Община Тест } }
resources:
  - name: t
    path: t.csv
${dialect}    schema:
      fields:
${fields}`;

export const CASES: Record<string, HostileCase> = {
  // --- Nothing from outside the repository.
  'a folder of files/ that is a link to a folder outside': {
    input: 'content/files/shared -> /somewhere/else',
    files: { 'content/files/shared': { linkOutside: { 'passwords.txt': 'secret' } } },
    says: [
      'content/files/shared: a symbolic link (to <outside>): Vitrina publishes nothing through links\n    hint: put the file itself here instead of a link (a link can point outside the repository, and what it points to can change after the check)',
    ],
  },
  'a dataset CSV that is a symbolic link': {
    input: 'data/d/t.csv -> another file',
    files: {
      'data/d/datapackage.yaml': DATASET('        - { name: a, type: integer, title: { bg: А } }\n'),
      'data/d/real.csv': 'a\n1\n',
      'data/d/t.csv': { link: 'data/d/real.csv' },
    },
    says: [
      'data/d/real.csv: is not described in datapackage.yaml and will not be published (warning)\n    hint: add it to resources, or remove it',
      'data/d/t.csv: a symbolic link (to <site>/data/d/real.csv): Vitrina publishes nothing through links\n    hint: put the file itself here instead of a link (a link can point outside the repository, and what it points to can change after the check)',
    ],
  },
  'an attachment that is a link': {
    input: 'attachments: [{ file: docs/link.pdf }] where docs/link.pdf is a link',
    files: {
      'content/files/docs/link.pdf': { link: 'content/files/docs/report.pdf' },
      'content/publications/bg/s-vrazka.md': FRONT('attachments:\n  - title: Доклад\n    file: docs/link.pdf\n') + 'Текст.\n',
    },
    says: [
      'content/files/docs/link.pdf: a symbolic link (to <site>/content/files/docs/report.pdf): Vitrina publishes nothing through links\n    hint: put the file itself here instead of a link (a link can point outside the repository, and what it points to can change after the check)',
      'content/publications/bg/s-vrazka.md:8:11 attachments.0.file: the attachment "docs/link.pdf" is a symbolic link\n    hint: put the file itself here instead of a link (a link can point outside the repository, and what it points to can change after the check)',
    ],
  },
  'an attachment path that climbs out': {
    input: 'file: ../../../etc/passwd',
    files: { 'content/publications/bg/izlizane.md': FRONT('attachments:\n  - title: Пароли\n    file: ../../../etc/passwd\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/izlizane.md:8:11 attachments.0.file: must be a path inside content/files, such as reports/survey.pdf (no "..", no leading "/", no backslash)',
    ],
  },

  // --- MDX that runs code.
  'MDX that reads a file at build time': {
    input: 'import fs from "node:fs" and {fs.readFileSync(…)}',
    files: { 'content/publications/bg/kod.mdx': FRONT('') + "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n" },
    says: [
      'content/publications/bg/kod.mdx:8:1: `import` and `export` are not allowed in MDX here: they run code when the site is built\n    hint: remove the line; charts are <DataChart> tags, which need no import. (A site whose editors are all developers can allow full MDX with vitrina({ mdx: "trusted" }): docs/security.md)',
      'content/publications/bg/kod.mdx:10:1: the expression {fs.readFileSync(\'/etc/passwd\', \'utf8\')} is code, which MDX here does not run\n    hint: write the text itself; for a brace in text write \\{ (a note for other editors can be a comment: {/* … */})',
    ],
  },
  'MDX that ends the build': {
    input: '{process.exit(0)}',
    files: { 'content/publications/bg/izhod.mdx': FRONT('') + 'Текст.\n\n{process.exit(0)}\n' },
    says: [
      'content/publications/bg/izhod.mdx:10:1: the expression {process.exit(0)} is code, which MDX here does not run\n    hint: write the text itself; for a brace in text write \\{ (a note for other editors can be a comment: {/* … */})',
    ],
  },
  'MDX with an undefined name': {
    input: 'Text {region} text',
    files: { 'content/publications/bg/oblast.mdx': FRONT('') + 'Данни за {region} през годината.\n' },
    says: [
      'content/publications/bg/oblast.mdx:8:10: the expression {region} is code, which MDX here does not run\n    hint: write the text itself; for a brace in text write \\{ (a note for other editors can be a comment: {/* … */})',
    ],
  },
  'MDX with a script component and a frame': {
    input: '<Script />, <iframe src=…>',
    files: { 'content/publications/bg/ramka.mdx': FRONT('') + '<Script />\n\n<iframe src="https://tracker.example" />\n' },
    says: [
      'content/publications/bg/ramka.mdx:8:1: the component <Script> is not one Vitrina provides\n    hint: the components MDX may use: DataChart',
      'content/publications/bg/ramka.mdx:10:1: the HTML element <iframe> is not allowed in MDX\n    hint: write Markdown instead (a link is [text](address), emphasis is *text*); the elements allowed, without attributes: <br>, <sup>, <sub>, <mark>, <kbd>, <small>, <abbr>',
    ],
  },
  'MDX with a chart whose prop is code': {
    input: '<DataChart spec={load()} />',
    files: { 'content/publications/bg/diagrama.mdx': FRONT('') + '<DataChart spec={load()} />\n' },
    says: [
      'content/publications/bg/diagrama.mdx:8:1 <DataChart> spec: the prop "spec" of <DataChart> is code, not a value\n    hint: give each prop a value written out: text in quotes, a number, true or false, or lists [ … ] and objects { … } of those',
    ],
  },
  'MDX with "<50%" in a sentence': {
    input: 'under <50% of people',
    files: { 'content/publications/bg/procent.mdx': FRONT('') + 'Доволни са <50% от хората.\n' },
    says: [
      'content/publications/bg/procent.mdx:8:12: a "<" that does not start a tag: MDX reads "<" as the start of a component\n    hint: write \\< for a "less than" sign (e.g. \\<50%), or words ("under 50%")',
    ],
  },
  'MDX with an unclosed <br>': {
    input: 'line<br>line',
    files: { 'content/publications/bg/red.mdx': FRONT('') + 'Първи ред<br>втори ред.\n' },
    says: [
      'content/publications/bg/red.mdx:8:10: the tag <br> is not closed\n    hint: close it: <br />, or add its closing tag',
    ],
  },

  // --- Pages that take a site address; files never read.
  'a page named like a language or a site route': {
    input: 'content/pages/bg/en.md, data.md, search.md',
    files: { 'content/pages/bg/en.md': '---\ntitle: Англ.\n---\n\nТекст.\n', 'content/pages/bg/data.md': '---\ntitle: Данни\n---\n\nТекст.\n', 'content/pages/bg/search.md': '---\ntitle: Търсене\n---\n\nТекст.\n' },
    says: [
      'content/pages/bg/data.md:1:1: the page "data" would take the address of one of the site\'s own pages\n    hint: rename the file; these names are the site\'s own: bg, en, ru, api, cards, charts, data, embed, files, monitoring, page, projects, publications, recommendations, search, _astro, admin, pagefind, 404',
      'content/pages/bg/data.md:1:1: has no translation in en, ru (warning)\n    hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)',
      'content/pages/bg/en.md:1:1: the page "en" would take the address of one of the site\'s own pages\n    hint: rename the file; these names are the site\'s own: bg, en, ru, api, cards, charts, data, embed, files, monitoring, page, projects, publications, recommendations, search, _astro, admin, pagefind, 404',
      'content/pages/bg/en.md:1:1: has no translation in en, ru (warning)\n    hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)',
      'content/pages/bg/search.md:1:1: the page "search" would take the address of one of the site\'s own pages\n    hint: rename the file; these names are the site\'s own: bg, en, ru, api, cards, charts, data, embed, files, monitoring, page, projects, publications, recommendations, search, _astro, admin, pagefind, 404',
      'content/pages/bg/search.md:1:1: has no translation in en, ru (warning)\n    hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)',
    ],
  },
  'content files that are never read': {
    input: 'Upper.MD, x.markdown, notes.txt',
    files: { 'content/publications/bg/Upper.MD': FRONT('') + 'Текст.\n', 'content/publications/bg/x.markdown': FRONT('') + 'Текст.\n', 'content/publications/bg/notes.txt': 'бележки' },
    says: [
      'content/publications/bg/notes.txt: "notes.txt" is not read: it will not appear on the site (warning)\n    hint: publications are files ending in lower-case .md or .mdx: rename "notes.txt" (e.g. report.md), or move it to content/files if it is an attachment',
      'content/publications/bg/Upper.MD: "Upper.MD" is not read: it will not appear on the site (warning)\n    hint: publications are files ending in lower-case .md or .mdx: rename "Upper.MD" (e.g. report.md), or move it to content/files if it is an attachment',
      'content/publications/bg/x.markdown: "x.markdown" is not read: it will not appear on the site (warning)\n    hint: publications are files ending in lower-case .md or .mdx: rename "x.markdown" (e.g. report.md), or move it to content/files if it is an attachment',
    ],
  },

  // --- Images and attachments.
  'a cover of 20000×20000 pixels': {
    input: 'cover: huge.png (20000×20000)',
    files: { 'content/files/images/huge.png': { png: [20000, 20000] }, 'content/publications/bg/golyama.md': FRONT('cover:\n  src: ../../files/images/huge.png\n  alt: Снимка\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/golyama.md:7:8 cover.src: the image "../../files/images/huge.png" is 20000×20000 pixels: more than 10000 pixels on a side or 40 megapixels\n    hint: resize it before adding it: 2400 pixels on the longer side is plenty for any page',
    ],
  },
  'a cover that is a PDF': {
    input: 'cover: ../../files/docs/report.pdf',
    files: { 'content/publications/bg/pdf-korica.md': FRONT('cover:\n  src: ../../files/docs/report.pdf\n  alt: Доклад\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/pdf-korica.md:7:8 cover.src: the image "../../files/docs/report.pdf" is not an image the site can use (it is pdf)\n    hint: use a JPEG, PNG, WebP, AVIF, GIF or SVG file (a PDF is an attachment, not an image)',
    ],
  },
  'a cover outside content/files': {
    input: 'cover: ../../site.yaml',
    files: { 'content/images/photo.png': { png: [800, 600] }, 'content/publications/bg/vanshna.md': FRONT('cover:\n  src: ../../images/photo.png\n  alt: Снимка\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/vanshna.md:7:8 cover.src: the image "../../images/photo.png" is not in content/files\n    hint: put the image in content/files and write its path relative to this file (e.g. ../../files/images/photo.jpg)',
    ],
  },
  'a missing image in the text': {
    input: '![Снимка](../../files/images/none.jpg)',
    files: { 'content/publications/bg/bez-snimka.md': FRONT('') + 'Текст.\n\n![Снимка](../../files/images/none.jpg)\n' },
    says: [
      'content/publications/bg/bez-snimka.md:10:1: the image "../../files/images/none.jpg" does not exist\n    hint: the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling',
    ],
  },
  'an empty PDF attached': {
    input: 'attachments: [{ file: docs/empty.pdf }] of 0 bytes',
    files: { 'content/files/docs/empty.pdf': '', 'content/publications/bg/prazen.md': FRONT('attachments:\n  - title: Празен\n    file: docs/empty.pdf\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/prazen.md:8:11 attachments.0.file: the attachment "docs/empty.pdf" is empty (0 bytes)\n    hint: put the real file there (an upload may have failed), or remove the attachment',
    ],
  },
  'an attachment written with content/files/ in front': {
    input: 'file: content/files/docs/report.pdf',
    files: { 'content/publications/bg/prefiks.md': FRONT('attachments:\n  - title: Доклад\n    file: content/files/docs/report.pdf\n') + 'Текст.\n' },
    says: [
      'content/publications/bg/prefiks.md:8:11 attachments.0.file: the attachment "content/files/docs/report.pdf" starts with the folder it is in: the path is relative to content/files\n    hint: write file: docs/report.pdf',
    ],
  },
  'an attachment named in Cyrillic with spaces': {
    input: 'file: отчети/Доклад 2024.pdf',
    files: { 'content/files/отчети/Доклад 2024.pdf': '%PDF-1.4\n', 'content/publications/bg/kirilica.md': FRONT('attachments:\n  - title: Доклад\n    file: отчети/Доклад 2024.pdf\n') + 'Текст.\n' },
    says: [],
  },

  // --- YAML and Markdown as editors' tools save them.
  'a Markdown file with a byte-order mark': {
    input: 'UTF-8 with BOM (Notepad)',
    files: { 'content/publications/bg/bom.md': '\uFEFF' + FRONT('') + 'Текст.\n' },
    says: [
      'content/publications/bg/bom.md:1:1: the file starts with an invisible byte-order mark (BOM), so its frontmatter cannot be read\n    hint: save the file as UTF-8 without BOM (in Notepad: "UTF-8", not "UTF-8 with BOM")',
    ],
  },
  'a YAML alias bomb': {
    input: 'a: &a [x,x,…]; b: &b [*a,*a,…]; … nine levels',
    files: { 'content/projects/bomb.yaml': 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' },
    says: [
      'content/projects/bomb.yaml:1:1: the YAML repeats values through aliases (*name) far too many times\n    hint: write the values out instead of repeating them with & and * aliases',
    ],
  },
  'a field indented one space too far': {
    input: 'title: …\\n summary: …',
    files: { 'content/publications/bg/otstap.md': '---\ntype: update\ntitle: Новина\n summary: Кратко.\npublished: 2024-01-01\n---\n\nТекст.\n' },
    says: [
      'content/publications/bg/otstap.md:3:8: YAML syntax: Nested mappings are not allowed in compact mappings\n    hint: this field starts further right than the one above it: fields at the same level start in the same column (remove the extra space)',
    ],
  },

  // --- Numbers and CSV as delivered.
  'a number with 400 digits and one with 20 nines': {
    input: 'number cells 1111…(400 digits) and 99999999999999999999',
    files: { 'data/d/datapackage.yaml': DATASET('        - { name: a, type: number, title: { bg: А } }\n'), 'data/d/t.csv': `a\n${'1'.repeat(400)}\n99999999999999999999\n0.0004\n` },
    says: [
      'data/d/t.csv:2:1 a: "1111111111111111111111111111111111111…" is not a number with at most 308 digits before the decimal mark\n    hint: if every digit matters (an identifier, an account number), declare the field `type: string`; otherwise round the value to at most 15 significant digits',
      'data/d/t.csv:3:1 a: "99999999999999999999" is not a number a computer keeps exactly (at most 15 significant digits): it would be read as 100000000000000000000\n    hint: if every digit matters (an identifier, an account number), declare the field `type: string`; otherwise round the value to at most 15 significant digits',
    ],
  },
  'a CSV with ";" read with the default ","': {
    input: 'a;b;c with no dialect',
    files: { 'data/d/datapackage.yaml': DATASET('        - { name: a, title: { bg: А } }\n        - { name: b, title: { bg: Б } }\n        - { name: c, title: { bg: В } }\n'), 'data/d/t.csv': 'a;b;c\n1;2;3\n' },
    says: [
      'data/d/t.csv:1 dialect.delimiter: the header reads as 1 column(s) with the delimiter ",", but the schema has 3; the file seems to use ";"\n    hint: set dialect.delimiter to ";" for this resource in datapackage.yaml',
    ],
  },
  'a number "1 000,5" without groupChar': {
    input: 'decimalChar: "," and no groupChar',
    files: { 'data/d/datapackage.yaml': DATASET('        - { name: a, type: number, title: { bg: А } }\n', '    dialect: { delimiter: ";", decimalChar: "," }\n'), 'data/d/t.csv': 'a\n1 000,5\n' },
    says: [
      'data/d/t.csv:2:1 a: "1 000,5" is not a number with "," as the decimal mark\n    hint: the number has a space between groups of thousands: set dialect.groupChar to space for this resource in datapackage.yaml',
    ],
  },
  'a CSV whose header is in Cyrillic': {
    input: 'Услуга;Сума with header: on each field',
    files: {
      'data/d/datapackage.yaml': DATASET('        - { name: usluga, header: "Услуга", title: { bg: Услуга } }\n        - { name: suma, header: "Сума", type: number, title: { bg: Сума } }\n', '    dialect: { delimiter: ";", decimalChar: "," }\n'),
      'data/d/t.csv': 'Услуга;Сума\nАдресна регистрация;12,5\n',
    },
    says: [],
  },
  // --- Boundaries for maps (docs/monitoring.md, "Boundaries").
  'a boundaries file cut off in the middle': {
    input: 'districts.geojson ends after "coordinates": [[',
    files: {
      'data/d/datapackage.yaml': `${DATASET('        - { name: a, title: { bg: А } }\n')}boundaries: { path: districts.geojson, join: code }\n`,
      'data/d/t.csv': 'a\nX\n',
      'data/d/districts.geojson': '{\n "type": "FeatureCollection",\n "features": [\n  { "type": "Feature", "properties": { "code": "X" },\n    "geometry": { "type": "Polygon", "coordinates": [[',
    },
    says: [
      'data/d/districts.geojson:5: the boundaries file is not valid JSON\n    hint: export it again as GeoJSON or TopoJSON; a file edited by hand often lacks a comma or a bracket near this line',
    ],
  },
  'boundaries with a feature without its code and one with a point for a territory': {
    input: 'features without properties.code, and a Point',
    files: {
      'data/d/datapackage.yaml': `${DATASET('        - { name: a, title: { bg: А } }\n')}boundaries: { path: districts.geojson, join: code }\n`,
      'data/d/t.csv': 'a\nX\n',
      'data/d/districts.geojson': JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'West' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
          { type: 'Feature', properties: { code: 'EAST' }, geometry: { type: 'Point', coordinates: [1, 1] } },
        ],
      }),
    },
    says: [
      'data/d/districts.geojson:1 features.0.properties.code: feature 1 has no property "code"\n    hint: every feature needs the property "code" with the territory code of the data; or correct boundaries.join',
      'data/d/districts.geojson:1 features.1.geometry: the boundary of "EAST" is not a valid polygon\n    hint: a territory must be a Polygon or MultiPolygon of closed rings of at least four [longitude, latitude] positions, in degrees',
    ],
  },
};
