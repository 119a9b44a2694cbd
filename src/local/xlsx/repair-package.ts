/**
 * An .xlsx package as ExcelJS can read it. The Open Packaging Conventions let a relationship name its
 * target by an absolute part name ("/xl/comments/comment1.xml") and let a part live anywhere; openpyxl
 * (and so pandas), among others, writes comments that way. ExcelJS follows only relative targets and
 * looks for comments at xl/commentsN.xml and their drawing at xl/drawings/vmlDrawingN.vml: it threw
 * "Cannot read properties of undefined (reading 'comments')" on such a valid file, and the CLI called
 * it damaged. Here every internal target is made relative to its source part, and comment, drawing
 * and worksheet parts ExcelJS would not find are renamed where it looks. Nothing else changes, and a
 * package that needs nothing is returned as it came.
 */
import JSZip from 'jszip';

export interface Repaired {
  readonly bytes: Uint8Array;
  /** What was changed, for the log; empty when the package was already as ExcelJS reads it. */
  readonly changes: readonly string[];
}

/** Where ExcelJS looks for each kind of part, and the target it expects from the source's folder. */
const EXPECTED: readonly { type: RegExp; part: RegExp; name: (n: number) => string }[] = [
  { type: /\/comments$/, part: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  {
    type: /\/vmlDrawing$/,
    part: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  {
    type: /\/worksheet$/,
    part: /^xl\/worksheets\/sheet\d+\.xml$/,
    name: (n) => `xl/worksheets/sheet${n}.xml`,
  },
];

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const attr = (element: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

/** The folder of the part a .rels file describes: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets. */
function sourceFolder(rels: string): string {
  return rels.replace(/(^|\/)_rels\/[^/]+\.rels$/, '').replace(/\/$/, '');
}

/** A target resolved to a part name (no leading slash). */
function resolve(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter((p) => p !== '');
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relative path from a folder to a part. */
function relative(folder: string, part: string): string {
  const from = folder.split('/').filter((p) => p !== '');
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');

export async function repairPackage(bytes: Uint8Array): Promise<Repaired> {
  const zip = await JSZip.loadAsync(bytes);
  const changes: string[] = [];
  // Part names as stored, without a leading slash (some writers add one).
  for (const name of Object.keys(zip.files)) {
    if (name.startsWith('/') && !zip.files[name]!.dir) {
      zip.file(name.slice(1), await zip.files[name]!.async('uint8array'));
      zip.remove(name);
      changes.push(`${name} → ${name.slice(1)}`);
    }
  }
  const taken = new Set(Object.keys(zip.files));
  const fresh = (name: (n: number) => string): string => {
    let n = 1;
    while (taken.has(name(n))) n++;
    taken.add(name(n));
    return name(n);
  };
  const moved = new Map<string, string>();
  // The workbook's rels first: a renamed worksheet takes its own rels file along.
  const rels = Object.keys(zip.files)
    .filter((n) => n.startsWith('xl/') && n.endsWith('.rels'))
    .sort((a, b) => Number(b === 'xl/_rels/workbook.xml.rels') - Number(a === 'xl/_rels/workbook.xml.rels'));
  for (const relsName of rels) {
    const file = zip.file(relsName);
    if (!file) continue;
    const folder = sourceFolder(relsName);
    const text = await file.async('string');
    const out = text.replace(RELATIONSHIP, (element) => {
      const target = attr(element, 'Target');
      const type = attr(element, 'Type') ?? '';
      if (target === undefined || attr(element, 'TargetMode') === 'External') return element;
      let part = moved.get(resolve(folder, target)) ?? resolve(folder, target);
      const expected = EXPECTED.find((e) => e.type.test(type));
      if (expected && !expected.part.test(part) && zip.file(part)) {
        const to = fresh(expected.name);
        moved.set(part, to);
        changes.push(`${part} → ${to}`);
        part = to;
      }
      const wanted = relative(folder, part);
      return wanted === target ? element : element.replace(`Target="${target}"`, `Target="${wanted}"`);
    });
    if (out !== text) {
      zip.file(relsName, out);
      if (!changes.includes(relsName)) changes.push(relsName);
    }
  }
  for (const [from, to] of moved) {
    const part = zip.file(from);
    if (!part) continue;
    zip.file(to, await part.async('uint8array'));
    zip.remove(from);
    const ownRels = zip.file(relsOf(from));
    if (ownRels) {
      // The moved part's own targets were relative to its old folder: keep them pointing at the same parts.
      const oldFolder = from.replace(/\/[^/]+$/, '');
      const newFolder = to.replace(/\/[^/]+$/, '');
      const text = (await ownRels.async('string')).replace(RELATIONSHIP, (element) => {
        const target = attr(element, 'Target');
        if (target === undefined || attr(element, 'TargetMode') === 'External') return element;
        const part2 = moved.get(resolve(oldFolder, target)) ?? resolve(oldFolder, target);
        return element.replace(`Target="${target}"`, `Target="${relative(newFolder, part2)}"`);
      });
      zip.file(relsOf(to), text);
      zip.remove(relsOf(from));
    }
  }
  if (changes.length === 0) return { bytes, changes };
  const repaired = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes: repaired, changes };
}
